package dev.newsminer.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/**
 * Acceptance for the HTML reader on real news text: each of the 120 Wikinews articles of
 * {@code shared/corpora/news/wikinews-meantime} is wrapped into web pages of several templates with
 * boilerplate around the story, and must come back with at least 98% of its words and none of the
 * boilerplate. The templates and their boilerplate are written here; the articles are read in place.
 */
class WikinewsHtmlTest {

  /** Every piece of boilerplate the templates put around a story; none may reach the text. */
  static final List<String> BOILERPLATE = List.of(
      "Quillton Herald", "World Business Technology", "Orbiting mining firm lists shares",
      "Tidewater bank opens branch on the moon", "Marcus Ahlberg", "This site uses cookies",
      "newsletter every morning", "Please enter your Weatherly API key", "Image by Lena Strand on Pixabay",
      "I completely disagree with this report", "Reply to Ole", "All rights reserved by Quillton",
      "Share on Facebook", "Most read this week", "Fennick Logistics", "Leave a Reply");

  private static final List<BiFunction<String, List<String>, String>> TEMPLATES = List.of(
      WikinewsHtmlTest::wordpress, WikinewsHtmlTest::divSoup, WikinewsHtmlTest::schemaOrg,
      WikinewsHtmlTest::tableLayout, WikinewsHtmlTest::blogWithComments);

  @Test
  void everyArticleComesBackWithItsWordsAndWithoutBoilerplate() throws IOException {
    Path folder = SharedData.shared("corpora/news/wikinews-meantime");
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSize(120);
    List<String> failures = new ArrayList<>();
    long words = 0;
    long found = 0;
    for (Path file : files) {
      String story = Files.readString(file, StandardCharsets.UTF_8).strip();
      String title = titleOf(file);
      List<String> paragraphs = paragraphs(story);
      for (int t = 0; t < TEMPLATES.size(); t++) {
        String html = TEMPLATES.get(t).apply(title, paragraphs);
        Article article = HtmlArticleReader.parse(html.getBytes(StandardCharsets.UTF_8), null, file.toString(), null, null);
        long[] recall = recall(story, article.text());
        words += recall[1];
        found += recall[0];
        if (recall[0] * 100 < recall[1] * 98) {
          failures.add(file.getFileName() + " template " + t + ": " + recall[0] + "/" + recall[1] + " words");
        }
        for (String b : BOILERPLATE) {
          if (article.text().contains(b)) {
            failures.add(file.getFileName() + " template " + t + ": boilerplate left: " + b);
          }
        }
        assertThat(article.title()).isEqualTo(title);
      }
    }
    System.out.printf("wikinews-html: %d articles x %d templates, %d of %d words (%.2f%%)%n",
        files.size(), TEMPLATES.size(), found, words, found * 100.0 / words);
    assertThat(failures).isEmpty();
    assertThat(found * 100.0 / words).isGreaterThanOrEqualTo(99.0);
  }

  /** The title from the file name: {@code 1007169_Mary_Barra_appointed.raw.txt}. */
  private static String titleOf(Path file) {
    String name = file.getFileName().toString().replace(".raw.txt", "");
    return name.substring(name.indexOf('_') + 1).replace('_', ' ');
  }

  /** The story in paragraphs of three sentences (the corpus text is tokenized: " . " ends a sentence). */
  static List<String> paragraphs(String story) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int sentences = 0;
    for (String token : story.split("\\s+")) {
      current.append(current.length() == 0 ? "" : " ").append(token);
      if (token.equals(".") || token.equals("?") || token.equals("!")) {
        if (++sentences == 3) {
          paragraphs.add(current.toString());
          current.setLength(0);
          sentences = 0;
        }
      }
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return paragraphs;
  }

  /** Words of {@code story} found in {@code text} (as a multiset), and the words of the story. */
  static long[] recall(String story, String text) {
    Map<String, Integer> available = new HashMap<>();
    for (String w : text.split("\\s+")) {
      available.merge(w, 1, Integer::sum);
    }
    long total = 0;
    long found = 0;
    for (String w : story.split("\\s+")) {
      total++;
      Integer n = available.get(w);
      if (n != null && n > 0) {
        found++;
        available.put(w, n - 1);
      }
    }
    return new long[] {found, total};
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }

  /** Paragraphs as {@code <p>}, with one capitalized word of each linked, as wikis and news sites do. */
  private static String ps(List<String> paragraphs) {
    StringBuilder b = new StringBuilder();
    for (String p : paragraphs) {
      String[] tokens = p.split(" ");
      b.append("<p>");
      boolean linked = false;
      for (int i = 0; i < tokens.length; i++) {
        String t = esc(tokens[i]);
        if (i > 0) {
          b.append(' ');
        }
        if (!linked && i > 0 && t.length() > 3 && Character.isUpperCase(t.charAt(0))) {
          b.append("<a href=\"/wiki/").append(t).append("\">").append(t).append("</a>");
          linked = true;
        } else {
          b.append(t);
        }
      }
      b.append("</p>\n");
    }
    return b.toString();
  }

  private static final String COOKIE = "<div class=\"cookie-consent\">This site uses cookies to give you the best "
      + "experience. By continuing to browse you agree to our cookie policy. <button>Accept</button></div>";
  private static final String RELATED = "<h3>Related posts</h3><ul><li><a href=\"/r1\">Orbiting mining firm lists shares"
      + "</a> <span>Marcus Ahlberg</span></li><li><a href=\"/r2\">Tidewater bank opens branch on the moon</a></li></ul>";

  static String wordpress(String title, List<String> paragraphs) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + esc(title) + " &#8211; Quillton Herald</title>"
        + "<meta property=\"og:title\" content=\"" + esc(title) + "\"></head><body class=\"single has-sidebar\">"
        + "<header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\">Quillton Herald</a></p>"
        + "<nav class=\"main-navigation\"><ul><li><a href=\"/w\">World</a></li><li><a href=\"/b\">Business</a></li>"
        + "<li><a href=\"/t\">Technology</a></li></ul></nav></header>"
        + "<div id=\"content\" class=\"site-content\"><main id=\"main\"><article class=\"post type-post tag-cookies\">"
        + "<header class=\"entry-header\"><h1 class=\"entry-title\">" + esc(title) + "</h1><span class=\"byline\">"
        + "by Marcus Ahlberg</span></header><div class=\"entry-content\">" + ps(paragraphs)
        + "<div class=\"sharedaddy\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
        + "<div class=\"jp-relatedposts\">" + RELATED + "</div></div></article>"
        + "<div id=\"comments\"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></main>"
        + "<aside class=\"widget-area\"><section class=\"widget\"><h2>Most read this week</h2><ul><li><a href=\"/x\">"
        + "Fennick Logistics cuts jobs</a></li></ul></section></aside></div>"
        + "<footer class=\"site-footer\">All rights reserved by Quillton Herald.</footer>" + COOKIE + "</body></html>";
  }

  static String divSoup(String title, List<String> paragraphs) {
    StringBuilder story = new StringBuilder();
    for (String p : paragraphs) {
      story.append("<div><div>").append(ps(List.of(p))).append("</div></div>");
    }
    return "<html><head><title>" + esc(title) + "</title></head><body><div><div><a href=\"/\">Quillton Herald</a> "
        + "<a href=\"/w\">World</a> <a href=\"/b\">Business</a> <a href=\"/t\">Technology</a></div>"
        + "<div><h1>" + esc(title) + "</h1></div><div>" + story + "</div>"
        + "<div><b>Most read this week</b><br><a href=\"/1\">Orbiting mining firm lists shares</a><br>"
        + "<a href=\"/2\">Tidewater bank opens branch on the moon</a><br><a href=\"/3\">Fennick Logistics cuts jobs</a></div>"
        + "<div>Image by Lena Strand on Pixabay</div>"
        + "<div><p>Please enter your Weatherly API key to get this widget working.</p></div>"
        + "<div><div>This site uses cookies to give you the best experience. By continuing to browse you agree "
        + "to our cookie policy. <a href=\"#\">OK</a></div></div>"
        + "<div><a href=\"/imprint\">Imprint</a> | <a href=\"/privacy\">Privacy</a> | All rights reserved by Quillton Herald.</div>"
        + "</div></body></html>";
  }

  static String schemaOrg(String title, List<String> paragraphs) {
    int half = paragraphs.size() / 2;
    return "<html><head><title>" + esc(title) + " | Quillton Herald</title><script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"2010-01-05\"}</script>"
        + "</head><body><div class=\"top-bar\"><a href=\"/w\">World</a> <a href=\"/b\">Business</a> "
        + "<a href=\"/t\">Technology</a></div><div class=\"page\"><h1>" + esc(title) + "</h1>"
        + "<div class=\"byline\">By Marcus Ahlberg</div><div itemprop=\"articleBody\">" + ps(paragraphs.subList(0, half))
        + "<div class=\"newsletter-box\"><p>Get our newsletter every morning: the Quillton Herald briefing.</p>"
        + "<form><input type=\"email\"><button>Sign up</button></form></div>" + ps(paragraphs.subList(half, paragraphs.size()))
        + "<div class=\"more\"><h3>You may also like</h3><ul><li><a href=\"/m1\">Orbiting mining firm lists shares</a></li>"
        + "<li><a href=\"/m2\">Fennick Logistics cuts jobs</a></li></ul></div></div>"
        + "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a></div></div>"
        + "<div class=\"footer-links\">All rights reserved by Quillton Herald.</div>" + COOKIE + "</body></html>";
  }

  static String tableLayout(String title, List<String> paragraphs) {
    return "<html><head><title>" + esc(title) + "</title></head><body><table width=\"100%\"><tr><td colspan=\"3\">"
        + "<a href=\"/\">Quillton Herald</a></td></tr><tr><td width=\"150\"><a href=\"/w\">World</a><br>"
        + "<a href=\"/b\">Business</a><br><a href=\"/t\">Technology</a><br><b>Most read this week</b><br>"
        + "<a href=\"/1\">Orbiting mining firm lists shares</a><br><a href=\"/2\">Fennick Logistics cuts jobs</a></td>"
        + "<td><h1>" + esc(title) + "</h1>" + ps(paragraphs) + "<p>Image by Lena Strand on Pixabay</p></td>"
        + "<td width=\"160\"><a href=\"/ad\">Tidewater bank opens branch on the moon</a></td></tr>"
        + "<tr><td colspan=\"3\"><small>All rights reserved by Quillton Herald.</small> <a href=\"/c\">Contact</a></td></tr>"
        + "</table>" + COOKIE + "</body></html>";
  }

  static String blogWithComments(String title, List<String> paragraphs) {
    StringBuilder comments = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      comments.append("<li class=\"comment\"><div class=\"comment-author\">Ole ").append(i).append("</div>")
          .append("<p>I completely disagree with this report, and I have said so on this blog for years. The numbers ")
          .append("quoted here leave out what happened in the previous quarter, and anyone who follows the sector ")
          .append("closely knows that the real story is somewhere else entirely.</p><a href=\"#\">Reply to Ole</a></li>");
    }
    return "<html><head><meta property=\"og:title\" content=\"" + esc(title) + "\"><title>Blog</title></head><body>"
        + "<div class=\"blog-header\"><a href=\"/\">Quillton Herald</a> <a href=\"/w\">World</a> <a href=\"/b\">Business</a> "
        + "<a href=\"/t\">Technology</a></div><div class=\"post-wrapper\"><h1>" + esc(title) + "</h1>"
        + "<p class=\"post-meta\">Posted by Marcus Ahlberg</p><div class=\"post-body\">" + ps(paragraphs) + "</div></div>"
        + "<section id=\"comments\" class=\"comments\"><h2>Comments</h2><ol>" + comments + "</ol>"
        + "<h3>Leave a Reply</h3></section><div class=\"site-footer\">All rights reserved by Quillton Herald.</div>"
        + "</body></html>";
  }
}
