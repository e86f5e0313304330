package dev.newsminer.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a news page: the story's paragraphs without navigation, headers, footers,
 * asides, forms, share bars, comments, teasers, consent notices and plugin messages.
 *
 * <p>The page is cut into blocks (the text between block-level tags), and each block is judged by
 * its words, its link density (the share of its text inside links), its text density (words per
 * 80-column line), its tag, its position relative to the other content blocks, and the hints of
 * its ancestors' tags, classes and ids ({@code nav}, {@code aside}, {@code class="related-posts"}
 * against {@code article}, {@code itemprop="articleBody"}, {@code class="entry-content"}):
 * <ol>
 *   <li>A first pass measures, for every hinted element, how much non-link text it holds. The
 *       main container is the deepest content-hinted element that holds at least 60% of the text of
 *       the largest one; boilerplate-hinted elements are dropped, except weakly hinted ones (a
 *       {@code header}, a {@code form}, a "sidebar" class) that hold more than half of the page.</li>
 *   <li>A second pass cuts the page into blocks, noting for each whether it lies in a dropped
 *       element and whether it lies in the main container.</li>
 *   <li>With a main container, its blocks are kept unless link-dense. Without one, blocks with
 *       enough words or text density and few links seed clusters; short sentences between them
 *       join, and the cluster with the most words is the story.</li>
 *   <li>{@link Boilerplate} then drops teaser lists, consent notices, credits and plugin messages
 *       that were written as ordinary paragraphs.</li>
 * </ol>
 * Both passes are iterative ({@link NodeTraversor}), so pages nested 100,000 levels deep do not
 * overflow the stack. Stateless and thread-safe.
 */
final class MainTextExtractor {

  private static final Set<String> SKIPPED_TAGS = Set.of(
      "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
      "button", "select", "option", "textarea", "input", "head", "title", "video", "audio", "map", "dialog");

  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl", "dt",
      "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead",
      "tfoot", "caption", "figure", "figcaption", "form", "fieldset", "address", "hr", "br", "details", "summary",
      "center", "body", "html", "menu", "hgroup", "legend", "picture");

  /** Class and id tokens of page furniture that never holds the story. */
  private static final Set<String> STRONG_TOKENS = Set.of(
      "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "comment", "comments",
      "respond", "reply", "replies", "disqus", "related", "relatedposts", "recommended", "recommendations",
      "share", "sharing", "sharedaddy", "social", "cookie", "cookies", "consent", "gdpr", "newsletter",
      "subscribe", "subscription", "signup", "popup", "modal", "promo", "promotion", "advert", "advertisement",
      "ad", "ads", "adsbygoogle", "sponsor", "sponsored", "trending", "popular", "outbrain", "taboola", "teaser",
      "teasers", "byline", "author", "bio", "tags", "tagcloud", "pagination", "pager", "yarpp", "jp", "toolbar",
      "copyright", "meta", "caption", "credit", "credits", "skip", "notice", "alert", "banner", "login", "date",
      "dateline", "timestamp");

  /** Class and id tokens of furniture that a badly named wrapper may also carry. */
  private static final Set<String> WEAK_TOKENS = Set.of(
      "sidebar", "widget", "widgets", "header", "masthead", "topbar", "aside", "extra", "secondary");

  /** Whole class or id names of the story's container. */
  private static final Set<String> CONTENT_NAMES = Set.of(
      "content", "main", "article", "story", "entry", "post", "maincontent", "main-content", "articlebody",
      "storybody", "articletext", "the-content", "single-content");

  private static final Set<String> CONTENT_SUBJECTS = Set.of("article", "story", "entry", "post", "news", "body");
  private static final Set<String> CONTENT_PARTS = Set.of("body", "content", "text", "copy");

  private static final Set<String> HIDDEN_NAMES = Set.of(
      "screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden", "hidden", "hide");

  private enum Role { SKIP, STRONG, WEAK, CONTENT, NONE }

  /** Chars of non-link text a main container must hold. */
  private static final int MIN_MAIN_CHARS = 200;
  /** Links hold at most this share of a content block's text (without a main container). */
  private static final double MAX_LINK_DENSITY = 0.33;
  /** Links hold at most this share of a block inside the main container. */
  private static final double MAX_LINK_DENSITY_IN_MAIN = 0.5;
  /** Non-content blocks that may separate two blocks of one cluster. */
  private static final int MAX_GAP = 4;

  private MainTextExtractor() {}

  /** One block of text and what is known about it. */
  private record Block(String text, int chars, int linkChars, int words, String tag, boolean dropped,
                       boolean inMain) {
    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /** Words per 80-column line, as if the block were wrapped at 80 chars. */
    double textDensity() {
      int lines = Math.max(1, (text.length() + 79) / 80);
      return lines == 1 ? 0 : (double) words / lines;
    }

    boolean isHeading() {
      return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6';
    }
  }

  /**
   * The main text of a page and whether it is confidently the story.
   *
   * @param text      the paragraphs, separated by blank lines; empty when the page has no text
   * @param confident false when no block looked like a story and {@code text} is the page's best
   *                  guess: its visible text without links and page furniture
   */
  record MainText(String text, boolean confident) {}

  /**
   * The main text of the page under {@code root} (usually the body): its paragraphs separated by
   * blank lines, or an empty string when no text looks like a story.
   */
  static String extract(Element root) {
    MainText main = find(root);
    return main.confident() ? main.text() : "";
  }

  /**
   * The main text of the page under {@code root}: the story when one is found, else the page's
   * best text, flagged as not confident.
   */
  static MainText find(Element root) {
    Map<Element, Role> roles = new IdentityHashMap<>();
    Measure measure = measure(root, roles);
    List<Block> blocks = cut(root, roles, measure);
    List<String> kept = select(blocks, measure.main != null);
    String text = join(kept);
    if (!text.isEmpty()) {
      return new MainText(text, true);
    }
    List<String> best = new ArrayList<>();
    for (Block b : blocks) {
      if (b.linkDensity() <= MAX_LINK_DENSITY_IN_MAIN && b.words() >= 3 && !b.tag().equals("h1")) {
        best.add(b.text());
      }
    }
    return new MainText(join(best), false);
  }

  private static String join(List<String> kept) {
    boolean[] drop = Boilerplate.classify(kept, true);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < kept.size(); i++) {
      if (!drop[i]) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        text.append(kept.get(i));
      }
    }
    return text.toString();
  }

  // ---- pass 1: roles and the main container ----

  private static final class Frame {
    final Element element;
    final Role role;
    /** Non-link text outside boilerplate-hinted elements. */
    long cleanChars;
    /** All visible text, and the part of it inside links, whatever the hints. */
    long allChars;
    long linkChars;
    /** Whether the element or one inside it is a content marker ({@code itemprop=articleBody}, {@code article}). */
    boolean marker;

    Frame(Element element, Role role) {
      this.element = element;
      this.role = role;
    }
  }

  /** What the first pass found: the main container, the teaser lists and the text of each element. */
  static final class Measure {
    Element main;
    /** The main container and the siblings that continue it (a second chunk of the body, a lead). */
    final Set<Element> mainElements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Elements whose children repeat as a list of teasers. */
    final Set<Element> teasers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Boilerplate-hinted elements that hold the story: a content marker, or most of the page's text. */
    final Set<Element> demoted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Each element's visible chars and chars inside links. */
    final Map<Element, long[]> text = new IdentityHashMap<>();
    final Map<Element, Long> content = new IdentityHashMap<>();
    long total;
    long allTotal;
  }

  /**
   * Records the role of every hinted element in {@code roles} and finds the main container. A
   * furniture word in a class or id does not discard an element that holds a content marker or most
   * of the page's text (a page-wide {@code div class="ad-wrapper"}): such elements are measured
   * again as plain ones.
   */
  private static Measure measure(Element root, Map<Element, Role> roles) {
    Measure first = measureOnce(root, roles, new Measure());
    Measure m = first;
    if (!first.demoted.isEmpty()) {
      roles.clear();
      Measure again = new Measure();
      again.demoted.addAll(first.demoted);
      m = measureOnce(root, roles, again);
    }
    m.main = main(m);
    if (m.main != null) {
      continuation(m);
    }
    findTeasers(root, m);
    return m;
  }

  private static Measure measureOnce(Element root, Map<Element, Role> roles, Measure m) {
    ArrayDeque<Frame> stack = new ArrayDeque<>();
    Map<Element, Long> weak = new IdentityHashMap<>();
    List<Frame> named = new ArrayList<>();
    int[] strongDepth = {0};
    int[] linkDepth = {0};
    boolean demoting = m.demoted.isEmpty();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          if (!stack.isEmpty()) {
            int visible = visibleChars(t.getWholeText());
            Frame top = stack.peek();
            top.allChars += visible;
            if (linkDepth[0] > 0) {
              top.linkChars += visible;
            } else if (strongDepth[0] == 0) {
              top.cleanChars += visible;
            }
          }
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        Role role = roleOf(e, e == root);
        if (role == Role.SKIP) {
          roles.put(e, role);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (role == Role.STRONG && m.demoted.contains(e)) {
          role = Role.NONE;
        }
        if (role != Role.NONE) {
          roles.put(e, role);
        }
        if (role == Role.STRONG) {
          strongDepth[0]++;
        }
        if (e.normalName().equals("a")) {
          linkDepth[0]++;
        }
        Frame frame = new Frame(e, role);
        frame.marker = isContentMarker(e);
        stack.push(frame);
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e) || stack.isEmpty() || stack.peek().element != e) {
          return FilterResult.CONTINUE;
        }
        Frame frame = stack.pop();
        if (frame.role == Role.STRONG) {
          strongDepth[0]--;
          if (demoting && isNamedFurniture(e)) {
            named.add(frame);
          }
        } else if (frame.role == Role.CONTENT && strongDepth[0] == 0) {
          m.content.put(e, frame.cleanChars);
        } else if (frame.role == Role.WEAK) {
          weak.put(e, frame.cleanChars);
        }
        if (e.normalName().equals("a")) {
          linkDepth[0]--;
        }
        m.text.put(e, new long[] {frame.allChars, frame.linkChars});
        if (stack.isEmpty()) {
          m.total = frame.cleanChars;
          m.allTotal = frame.allChars;
        } else {
          Frame parent = stack.peek();
          parent.cleanChars += frame.cleanChars;
          parent.allChars += frame.allChars;
          parent.linkChars += frame.linkChars;
          parent.marker |= frame.marker;
        }
        return FilterResult.CONTINUE;
      }
    }, root);

    for (Frame f : named) {
      long nonLink = f.allChars - f.linkChars;
      if (f.marker || nonLink * 2 > m.allTotal - textOf(m, root)[1] && nonLink >= MIN_MAIN_CHARS) {
        m.demoted.add(f.element);
      }
    }
    for (Map.Entry<Element, Long> w : weak.entrySet()) {
      if (w.getValue() * 2 > m.total) {
        roles.put(w.getKey(), Role.NONE);
      }
    }
    return m;
  }

  private static long[] textOf(Measure m, Element e) {
    return m.text.getOrDefault(e, new long[2]);
  }

  /** The deepest content candidate with most of the text: the smallest one at or above 60% of the largest. */
  private static Element main(Measure m) {
    long largest = 0;
    for (long chars : m.content.values()) {
      largest = Math.max(largest, chars);
    }
    if (largest < MIN_MAIN_CHARS) {
      return null;
    }
    Element main = null;
    long mainChars = Long.MAX_VALUE;
    for (Map.Entry<Element, Long> c : m.content.entrySet()) {
      long chars = c.getValue();
      if (chars * 10 >= largest * 6 && (chars < mainChars || chars == mainChars && isAncestor(main, c.getKey()))) {
        main = c.getKey();
        mainChars = chars;
      }
    }
    return main;
  }

  /**
   * The siblings that continue the main container: another chunk of the body with the same tag and
   * class, and paragraphs or a lead beside it (a content container of another class beside it, such
   * as an author's bio, is not the story). A story split across
   * sibling containers is kept whole.
   */
  private static void continuation(Measure m) {
    Element main = m.main;
    m.mainElements.add(main);
    Element parent = main.parent();
    if (parent == null) {
      return;
    }
    for (Element sibling : parent.children()) {
      if (sibling == main || !m.text.containsKey(sibling)) {
        continue;
      }
      boolean sameKind = sibling.normalName().equals(main.normalName()) && !main.className().isEmpty()
          && sibling.className().equals(main.className());
      String tag = sibling.normalName();
      boolean paragraph = tag.equals("p") || tag.equals("blockquote") || isLead(sibling);
      if (sameKind || paragraph) {
        m.mainElements.add(sibling);
      }
    }
  }

  private static final Set<String> LEAD_TOKENS = Set.of(
      "lead", "lede", "intro", "standfirst", "summary", "dek", "deck", "excerpt", "subtitle", "subheadline", "kicker");

  private static boolean isLead(Element e) {
    for (String token : nameTokens(e.className() + " " + e.id())) {
      if (LEAD_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> nameTokens(String names) {
    List<String> tokens = new ArrayList<>();
    String n = names.toLowerCase(Locale.ROOT);
    int start = 0;
    for (int i = 0; i <= n.length(); i++) {
      if (i == n.length() || !Character.isLetterOrDigit(n.charAt(i))) {
        if (i > start) {
          tokens.add(n.substring(start, i));
        }
        start = i + 1;
      }
    }
    return tokens;
  }

  /**
   * Teaser lists: three or more sibling elements of the same tag and class, each short and mostly
   * links ("More stories", a ticker of headlines, "you may also like" cards in any language). Judged
   * by link density and repetition, not by names, which differ from site to site.
   */
  private static void findTeasers(Element root, Measure m) {
    for (Element parent : root.getAllElements()) {
      List<Element> children = parent.children();
      if (children.size() < 3) {
        continue;
      }
      Map<String, List<Element>> bySignature = new java.util.HashMap<>();
      for (Element child : children) {
        if (m.text.containsKey(child) && !child.normalName().equals("p")) {
          bySignature.computeIfAbsent(child.normalName() + "." + child.className(), k -> new ArrayList<>()).add(child);
        }
      }
      for (List<Element> group : bySignature.values()) {
        if (group.size() < 3) {
          continue;
        }
        int teasers = 0;
        for (Element e : group) {
          long[] t = m.text.get(e);
          if (t[0] > 0 && t[1] * 10 >= t[0] * 4 && t[0] <= 400) {
            teasers++;
          }
        }
        if (teasers * 10 >= group.size() * 8) {
          m.teasers.addAll(group);
        }
      }
    }
  }

  /** An element that says it holds the story, whatever its classes: {@code article}, {@code itemprop=articleBody}, schema.org's Article types. */
  private static boolean isContentMarker(Element e) {
    if (e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    String type = e.attr("itemtype");
    return type.endsWith("/NewsArticle") || type.endsWith("/Article") || type.endsWith("/BlogPosting")
        || type.endsWith("/ReportageNewsArticle");
  }

  /** A furniture hint that comes from a class or id only, not from the tag or an ARIA role (those are meant). */
  private static boolean isNamedFurniture(Element e) {
    String tag = e.normalName();
    if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("figcaption")
        || !e.attr("role").isEmpty()) {
      return false;
    }
    for (String token : nameTokens(e.className() + " " + e.id())) {
      if (token.startsWith("comment") || token.equals("disqus") || token.equals("respond") || token.startsWith("repl")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAncestor(Element ancestor, Element element) {
    if (ancestor == null) {
      return false;
    }
    for (Element p = element.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** What an element's tag, attributes, classes and id say about it. */
  private static Role roleOf(Element e, boolean isRoot) {
    String tag = e.normalName();
    if (SKIPPED_TAGS.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return Role.SKIP;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return Role.SKIP;
      }
    }
    if (isRoot || tag.equals("html") || tag.equals("body")) {
      return Role.NONE;
    }
    switch (tag) {
      case "nav", "aside", "footer", "figcaption" -> {
        return Role.STRONG;
      }
      case "article", "main" -> {
        return Role.CONTENT;
      }
      default -> { }
    }
    String ariaRole = e.attr("role").toLowerCase(Locale.ROOT);
    switch (ariaRole) {
      case "navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar" -> {
        return Role.STRONG;
      }
      case "main", "article" -> {
        return Role.CONTENT;
      }
      case "banner" -> {
        return Role.WEAK;
      }
      default -> { }
    }
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return Role.CONTENT;
    }
    Role byName = roleOfNames(e.className(), e.id());
    if (byName != Role.NONE) {
      return byName;
    }
    return tag.equals("header") || tag.equals("form") ? Role.WEAK : Role.NONE;
  }

  /** The role that the class names and id suggest; content names win over furniture tokens. */
  private static Role roleOfNames(String classes, String id) {
    if (classes.isEmpty() && id.isEmpty()) {
      return Role.NONE;
    }
    boolean strong = false;
    boolean weak = false;
    for (String name : (classes + " " + id).toLowerCase(Locale.ROOT).split("\\s+")) {
      // WordPress puts the post's tags and categories on its container: they say nothing of layout.
      if (name.isEmpty() || name.startsWith("tag-") || name.startsWith("category-") || name.startsWith("postid-")) {
        continue;
      }
      if (HIDDEN_NAMES.contains(name)) {
        return Role.SKIP;
      }
      if (CONTENT_NAMES.contains(name)) {
        return Role.CONTENT;
      }
      boolean subject = false;
      boolean part = false;
      boolean furniture = false;
      int start = 0;
      for (int i = 0; i <= name.length(); i++) {
        if (i == name.length() || !Character.isLetterOrDigit(name.charAt(i))) {
          if (i > start) {
            String token = name.substring(start, i);
            furniture |= STRONG_TOKENS.contains(token);
            weak |= WEAK_TOKENS.contains(token);
            subject |= CONTENT_SUBJECTS.contains(token);
            part |= CONTENT_PARTS.contains(token);
          }
          start = i + 1;
        }
      }
      // A name of the story's body ("post-body") outranks a furniture word in another name of the
      // same element (class "entry-meta"), whether it is the class or the id.
      if (subject && part && !furniture) {
        return Role.CONTENT;
      }
      strong |= furniture;
    }
    return strong ? Role.STRONG : weak ? Role.WEAK : Role.NONE;
  }

  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        n++;
      }
    }
    return n;
  }

  // ---- pass 2: blocks ----

  /** Cuts the page into blocks at block-level tags, in document order. */
  private static List<Block> cut(Element root, Map<Element, Role> roles, Measure measure) {
    List<Block> blocks = new ArrayList<>();
    BlockBuilder builder = new BlockBuilder(blocks);
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          builder.append(t.getWholeText());
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        Role role = roles.getOrDefault(e, Role.NONE);
        if (role == Role.SKIP) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (BLOCK_TAGS.contains(tag)) {
          builder.flush();
          builder.blockTags.push(tag);
        }
        if (role == Role.STRONG || role == Role.WEAK || measure.teasers.contains(e)) {
          builder.droppedDepth++;
        }
        if (measure.mainElements.contains(e)) {
          builder.mainDepth++;
        }
        if (tag.equals("a")) {
          builder.linkDepth++;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        Role role = roles.getOrDefault(e, Role.NONE);
        if (role == Role.SKIP) {
          return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (BLOCK_TAGS.contains(tag)) {
          builder.flush();
          builder.blockTags.pop();
        }
        if (role == Role.STRONG || role == Role.WEAK || measure.teasers.contains(e)) {
          builder.droppedDepth--;
        }
        if (measure.mainElements.contains(e)) {
          builder.mainDepth--;
        }
        if (tag.equals("a")) {
          builder.linkDepth--;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    builder.flush();
    return blocks;
  }

  /** Collects the text of the current block with collapsed whitespace. */
  private static final class BlockBuilder {
    final List<Block> blocks;
    final ArrayDeque<String> blockTags = new ArrayDeque<>();
    final StringBuilder text = new StringBuilder();
    int chars;
    int linkChars;
    int droppedDepth;
    int linkDepth;
    int mainDepth;
    boolean space;

    BlockBuilder(List<Block> blocks) {
      this.blocks = blocks;
    }

    void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00A0') {
          space = text.length() > 0;
          continue;
        }
        if (space) {
          text.append(' ');
          space = false;
        }
        text.append(c);
        chars++;
        if (linkDepth > 0) {
          linkChars++;
        }
      }
    }

    void flush() {
      if (chars > 0) {
        String t = text.toString();
        blocks.add(new Block(t, chars, linkChars, Boilerplate.words(t), blockTags.isEmpty() ? "" : blockTags.peek(),
            droppedDepth > 0, mainDepth > 0));
      }
      text.setLength(0);
      chars = 0;
      linkChars = 0;
      space = false;
    }
  }

  // ---- pass 3: which blocks are the story ----

  private static List<String> select(List<Block> blocks, boolean hasMain) {
    List<String> kept = new ArrayList<>();
    if (hasMain) {
      List<Block> main = new ArrayList<>();
      for (Block b : blocks) {
        if (b.inMain() && !b.dropped() && !b.tag().equals("h1") && b.linkDensity() <= MAX_LINK_DENSITY_IN_MAIN
            && !isDateLine(b)) {
          main.add(b);
        }
      }
      // A heading with no text of the story after it, before the next heading, introduced what was
      // dropped: "More stories", "Vous aimerez aussi", "Related".
      boolean textAfter = false;
      boolean[] drop = new boolean[main.size()];
      for (int i = main.size() - 1; i >= 0; i--) {
        Block b = main.get(i);
        if (isHeadingLike(b)) {
          drop[i] = !textAfter;
          textAfter = false;
        } else {
          textAfter = true;
        }
      }
      for (int i = 0; i < main.size(); i++) {
        if (!drop[i]) {
          kept.add(main.get(i).text());
        }
      }
      return kept;
    }
    // Without a main container: clusters of content blocks, the largest one wins.
    int n = blocks.size();
    boolean[] seed = new boolean[n];
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      seed[i] = !b.dropped() && !b.tag().equals("h1") && b.linkDensity() <= MAX_LINK_DENSITY
          && (b.words() >= 15 || b.textDensity() >= 9);
    }
    int bestStart = -1;
    int bestEnd = -1;
    int bestWords = 0;
    int i = 0;
    while (i < n) {
      if (!seed[i]) {
        i++;
        continue;
      }
      int start = i;
      int end = i;
      int words = 0;
      int gap = 0;
      for (int j = i; j < n && gap <= MAX_GAP; j++) {
        if (seed[j]) {
          end = j;
          words += blocks.get(j).words();
          gap = 0;
        } else {
          gap++;
        }
      }
      if (words > bestWords) {
        bestWords = words;
        bestStart = start;
        bestEnd = end;
      }
      i = end + 1;
    }
    if (bestStart < 0) {
      return kept;
    }
    // Short sentences right before or after the cluster belong to it (a one-line last paragraph).
    while (bestStart > 0 && isShortText(blocks.get(bestStart - 1))) {
      bestStart--;
    }
    while (bestEnd + 1 < n && isShortText(blocks.get(bestEnd + 1))) {
      bestEnd++;
    }
    for (int j = bestStart; j <= bestEnd; j++) {
      Block b = blocks.get(j);
      if (seed[j] || isShortText(b) || b.isHeading() && b.words() <= 20 && !b.dropped()
          && b.linkDensity() <= MAX_LINK_DENSITY) {
        kept.add(b.text());
      }
    }
    return kept;
  }

  /** A heading, or a short line that does not end a sentence, as headings are written in divs. */
  private static boolean isHeadingLike(Block b) {
    return b.isHeading() || b.words() <= 6 && !endsSentence(b.text()) && !b.tag().equals("p") && !b.tag().equals("li");
  }

  /** A short block that reads as text: a sentence with few links, not a date or a dropped element. */
  private static boolean isShortText(Block b) {
    return !b.dropped() && b.linkDensity() <= MAX_LINK_DENSITY && b.words() >= 3 && endsSentence(b.text())
        && !isDateLine(b) && !b.tag().equals("h1");
  }

  /** A block that is only a date, as under a headline: the date is metadata, not text. */
  private static boolean isDateLine(Block b) {
    return b.words() <= 6 && PublishedDates.parse(b.text()) != null;
  }

  private static boolean endsSentence(String text) {
    int end = text.length();
    while (end > 0 && "\"')\u201D\u2019".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?:".indexOf(text.charAt(end - 1)) >= 0;
  }
}
