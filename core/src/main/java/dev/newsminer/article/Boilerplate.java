package dev.newsminer.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognizes the page furniture that survives a copy of a web page into text: teaser lists
 * ("Related posts" and the titles and author names after it), cookie and consent notices, image
 * credits ("Image by … on Freepik"), plugin and script messages ("Please enter … API key …") and,
 * for HTML blocks, share bars and interface labels ("Read more", "Leave a comment").
 *
 * <p>The rules are conservative: each one needs a short paragraph <em>and</em> the phrasing of
 * page furniture, so that a real paragraph about cookies or plugins is never dropped. Stateless
 * and thread-safe.
 */
final class Boilerplate {

  /** Headings that open a list of teasers for other stories. */
  private static final Set<String> TEASER_HEADINGS = Set.of(
      "related posts", "related post", "related articles", "related stories", "related news",
      "related content", "related reading", "related", "read more", "read next", "read also", "also read",
      "more stories", "more news", "more articles", "you may also like", "you might also like", "you may like",
      "you might be interested in", "you may be interested in", "recommended", "recommended for you",
      "recommended stories", "recommended articles", "popular posts", "popular stories", "popular articles",
      "most popular", "most read", "trending", "trending now", "trending stories", "latest news", "latest posts",
      "latest stories", "latest articles", "more on this story", "more on this topic", "similar posts",
      "similar articles", "don't miss", "editor's picks", "top stories", "in case you missed it", "up next");

  /** Phrases in which a cookie notice speaks to the reader. */
  private static final List<String> CONSENT_PHRASES = List.of(
      "this website uses", "this site uses", "our website uses", "our site uses", "we use cookies",
      "uses cookies to", "use of cookies", "by continuing to", "by using this", "by using our", "accept all",
      "accept cookies", "cookie settings", "cookie preferences", "manage cookies", "cookie policy",
      "you consent to", "you agree to", "assume you're ok", "assume that you are happy", "opt-out if you wish",
      "opt out if you wish", "consent to the use", "consent preferences");

  private static final List<String> CREDIT_OPENINGS = List.of(
      "image by", "image:", "image credit", "image source", "image via", "image courtesy", "photo by", "photo:",
      "photo credit", "photo via", "photo courtesy", "photograph by", "photograph:", "picture by", "picture:",
      "illustration by", "illustration:", "featured image", "header image", "cover image", "lead image",
      "credit:", "photos:", "images:");

  private static final List<String> SCRIPT_PHRASES = List.of(
      "enable javascript", "javascript is disabled", "javascript is required", "javascript is not enabled",
      "your browser does not support", "this content is not available", "please disable your ad blocker",
      "please disable your adblocker", "you are using an ad blocker");

  /** Whole blocks that are interface labels, not text (HTML only). */
  private static final Set<String> INTERFACE_LINES = Set.of(
      "share", "share this", "share this article", "share this story", "share this post", "share on facebook",
      "share on twitter", "share on x", "share on linkedin", "tweet", "print", "email", "e-mail", "comments",
      "leave a comment", "leave a reply", "post a comment", "read more", "continue reading", "advertisement",
      "advertisements", "sponsored", "sponsored content", "subscribe", "subscribe now", "sign up", "sign in",
      "log in", "skip to content", "skip to main content", "accept", "accept all", "reject", "reject all",
      "loading", "back to top", "menu", "search", "close", "next article", "previous article", "next post",
      "previous post", "view comments", "show comments", "follow us");

  private static final Set<String> SOCIAL_WORDS = Set.of(
      "facebook", "twitter", "x", "linkedin", "whatsapp", "pinterest", "reddit", "email", "e-mail", "telegram",
      "share", "tweet", "print", "copy", "link", "messenger", "flipboard", "tumblr", "mastodon", "threads",
      "bluesky", "on", "via", "this", "article", "pocket", "sms");

  private Boilerplate() {}

  /**
   * Which of the paragraphs are boilerplate, in order.
   *
   * @param paragraphs the paragraphs of one article, in order; each is one block of text
   * @param html       true for blocks of an HTML page, which may also be share bars and interface
   *                   labels; plain text gets the teaser, consent, credit and script rules only
   * @return one flag per paragraph, true for boilerplate
   */
  static boolean[] classify(List<String> paragraphs, boolean html) {
    boolean[] drop = new boolean[paragraphs.size()];
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = normalize(paragraphs.get(i));
      if (isTeaserHeading(p)) {
        drop[i] = true;
        int j = i + 1;
        while (j < paragraphs.size() && isTeaserItem(normalize(paragraphs.get(j)), html)) {
          drop[j++] = true;
        }
        i = j - 1;
      } else if (isConsentNotice(p) || isImageCredit(p) || isScriptMessage(p)
          || html && isInterfaceLine(p)) {
        drop[i] = true;
      }
    }
    return drop;
  }

  /**
   * Removes boilerplate paragraphs (blocks separated by blank lines) from a plain-text body and
   * returns the rest with its layout unchanged; returns {@code body} itself when nothing is removed.
   */
  static String cleanText(String body) {
    List<int[]> spans = paragraphSpans(body);
    List<String> paragraphs = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      paragraphs.add(body.substring(span[0], span[1]));
    }
    boolean[] drop = classify(paragraphs, false);
    boolean any = false;
    for (boolean d : drop) {
      any |= d;
    }
    if (!any) {
      return body;
    }
    StringBuilder kept = new StringBuilder(body.length());
    for (int i = 0; i < spans.size(); i++) {
      if (drop[i]) {
        continue;
      }
      if (kept.length() > 0) {
        // The gap just before this paragraph, so that its line breaks stay as they were.
        kept.append(body, spans.get(i - 1)[1], spans.get(i)[0]);
      }
      kept.append(body, spans.get(i)[0], spans.get(i)[1]);
    }
    return kept.toString();
  }

  /** Start and end (exclusive) of each paragraph: runs of lines without a blank line between. */
  private static List<int[]> paragraphSpans(String s) {
    List<int[]> spans = new ArrayList<>();
    int start = -1;
    int lastNonBlankEnd = -1;
    int pos = 0;
    while (pos < s.length()) {
      int end = s.indexOf('\n', pos);
      int lineEnd = end < 0 ? s.length() : end;
      boolean blank = s.substring(pos, lineEnd).isBlank();
      if (blank) {
        if (start >= 0) {
          spans.add(new int[] {start, lastNonBlankEnd});
          start = -1;
        }
      } else {
        if (start < 0) {
          start = pos;
        }
        lastNonBlankEnd = trimEnd(s, pos, lineEnd);
      }
      pos = lineEnd + 1;
    }
    if (start >= 0) {
      spans.add(new int[] {start, lastNonBlankEnd});
    }
    return spans;
  }

  private static int trimEnd(String s, int from, int end) {
    while (end > from && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  static boolean isTeaserHeading(String p) {
    return p.length() <= 40 && (TEASER_HEADINGS.contains(p) || p.startsWith("more from ") && words(p) <= 6);
  }

  /** A teaser title, an author name, a date or a short excerpt: a short line that is not a sentence. */
  private static boolean isTeaserItem(String p, boolean html) {
    int words = words(p);
    if (words == 0) {
      return false;
    }
    if (p.endsWith("...") || p.endsWith("\u2026")) {
      return words <= 40;
    }
    if (html && isInterfaceLine(p)) {
      return true;
    }
    return words <= 16 && !endsSentence(p);
  }

  static boolean isConsentNotice(String p) {
    if (!p.contains("cookie") || words(p) > 80) {
      return false;
    }
    for (String phrase : CONSENT_PHRASES) {
      if (p.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  static boolean isImageCredit(String p) {
    if (words(p) > 15) {
      return false;
    }
    for (String opening : CREDIT_OPENINGS) {
      if (p.startsWith(opening)) {
        return true;
      }
    }
    return false;
  }

  static boolean isScriptMessage(String p) {
    if (words(p) > 40) {
      return false;
    }
    boolean widget = p.contains("api key") || p.contains("plugin") || p.contains("widget");
    if (widget && (p.contains("please") || p.contains("error") || p.contains("invalid") || p.contains("missing")
        || p.contains("get this"))) {
      return true;
    }
    for (String phrase : SCRIPT_PHRASES) {
      if (p.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  static boolean isInterfaceLine(String p) {
    if (INTERFACE_LINES.contains(p)) {
      return true;
    }
    int words = words(p);
    if ((p.startsWith("share this") || p.startsWith("subscribe to our newsletter") || p.startsWith("sign up for our")
        || p.startsWith("follow us on") || p.startsWith("click here to")) && words <= 25) {
      return true;
    }
    if (words == 0 || words > 8) {
      return false;
    }
    int start = 0;
    for (int i = 0; i <= p.length(); i++) {
      if (i == p.length() || p.charAt(i) == ' ') {
        if (i > start && !SOCIAL_WORDS.contains(p.substring(start, i))) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static boolean endsSentence(String p) {
    if (p.isEmpty()) {
      return false;
    }
    char last = p.charAt(p.length() - 1);
    if (last == '"' || last == '\'' || last == ')') {
      return p.length() > 1 && endsSentence(p.substring(0, p.length() - 1));
    }
    return last == '.' || last == '!' || last == '?';
  }

  /** Words separated by single spaces in a normalized paragraph. */
  static int words(String p) {
    if (p.isEmpty()) {
      return 0;
    }
    int n = 1;
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  /**
   * Lower case, plain apostrophes and quotes, single spaces, no leading or trailing whitespace, and
   * no trailing colon, arrow or dash (as after "Related posts:" or "Read more »").
   */
  static String normalize(String text) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), 512));
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      switch (c) {
        case '\u2018', '\u2019' -> b.append('\'');
        case '\u201C', '\u201D' -> b.append('"');
        default -> b.append(Character.toLowerCase(c));
      }
    }
    int end = b.length();
    while (end > 0 && ":\u00BB\u203A\u2192>|-\u2013\u2014 ".indexOf(b.charAt(end - 1)) >= 0) {
      end--;
    }
    b.setLength(end);
    return b.toString();
  }
}
