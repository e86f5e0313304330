package dev.newsminer.cli.commitments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsminer.CommitmentKind;
import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ArticleSink;
import dev.newsminer.article.ReadProblem;
import dev.newsminer.commitment.CommitmentEvaluator.GoldCommitment;
import dev.newsminer.commitment.CommitmentEvaluator;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the project's commitment corpus: annotations as JSON Lines ({@code {"story": "web-007",
 * "commitments": [...]}}, each commitment with {@code evidence.text}, the exact sentences of the
 * story with the name marks removed) beside the stories they annotate ({@code DIR/web-007.txt},
 * names marked inline as {@code [ORG Acme Corp]}). Evidence is located in the unmarked text to get its
 * offsets, so the scoring is the one {@code eval-commitments} applies to the Reuters dev set.
 *
 * <p>Not thread-safe; a reader holds nothing between calls.
 */
public final class CommitmentCorpus {

  private static final Pattern MARK = Pattern.compile("\\[(?:PER|ORG|LOC|MISC) ([^\\[\\]\\n]+)\\]");
  private static final Pattern NAME = Pattern.compile("[a-z]+-(\\d+)");

  private CommitmentCorpus() {}

  /** The text of a marked story with its marks removed: "[ORG Acme Corp] said" becomes "Acme Corp said". */
  public static String unmark(String marked) {
    Matcher m = MARK.matcher(marked);
    StringBuilder b = new StringBuilder(marked.length());
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(m.group(1)));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * Reads the stories of {@code split} that {@code annotations} annotates, in its order.
   *
   * @param annotations the JSON Lines file. Must not be {@code null}.
   * @param stories     the folder with the stories as {@code NAME.txt}. Must not be {@code null}.
   * @param split       which stories to keep. Must not be {@code null}.
   * @throws IOException when a file cannot be read, a line is not an annotation record or a story is
   *     missing, naming the file and line
   */
  public static List<CorpusStory> read(Path annotations, Path stories, CorpusSplit split) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<CorpusStory> out = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(annotations, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode d;
        try {
          d = mapper.readTree(line);
        } catch (IOException e) {
          throw new IOException(annotations + ":" + lineNo + ": not a JSON object; " + e.getMessage(), e);
        }
        String name = d.path("story").asText("");
        Matcher number = NAME.matcher(name);
        if (!number.matches()) {
          throw new IOException(annotations + ":" + lineNo + ": story must be a name like web-007; got '" + name + "'");
        }
        int n = Integer.parseInt(number.group(1));
        if (!split.includes(n)) {
          continue;
        }
        Path file = stories.resolve(name + ".txt");
        if (!Files.isRegularFile(file)) {
          throw new IOException(annotations + ":" + lineNo + ": story " + name + " not found at " + file);
        }
        out.add(story(name, n, unmark(Files.readString(file, StandardCharsets.UTF_8)), d.path("commitments")));
      }
    }
    return out;
  }

  static CorpusStory story(String name, int number, String text, JsonNode commitments) throws IOException {
    List<GoldCommitment> gold = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode c : commitments) {
      String evidence = c.path("evidence").path("text").asText("");
      int[] span = CommitmentEvaluator.locate(text, evidence.strip());
      CommitmentKind kind;
      try {
        kind = CommitmentKind.valueOf(c.path("kind").asText(""));
      } catch (IllegalArgumentException e) {
        problems.add(name + ": kind must be one of " + List.of(CommitmentKind.values()) + "; got '"
            + c.path("kind").asText("") + "'");
        continue;
      }
      if (span == null) {
        problems.add(name + ": evidence not found in the story: '" + shorten(evidence) + "'");
        continue;
      }
      List<String> partners = new ArrayList<>();
      c.path("partners").forEach(p -> partners.add(p.asText()));
      JsonNode amount = c.path("amount");
      boolean hasAmount = amount.isObject() && amount.hasNonNull("value") && amount.hasNonNull("currency");
      gold.add(new GoldCommitment(c.path("organization").asText(), partners, kind,
          hasAmount ? amount.get("value").asDouble() : null, hasAmount ? amount.get("currency").asText() : null,
          span[0], span[1]));
    }
    return new CorpusStory(name, number, text, article(name, text), gold, problems);
  }

  /** The story as newsminer reads a {@code .txt} file of that text. */
  static Article article(String name, String text) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    ArticleFiles.readerFor(Path.of(name + ".txt")).orElseThrow().read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name + ".txt", new ArticleSink() {
          @Override
          public void article(Article article) {
            articles.add(article);
          }

          @Override
          public void problem(ReadProblem problem) {
            problems.add(problem.toString());
          }
        });
    if (articles.size() != 1) {
      throw new IOException(name + ": not one article" + (problems.isEmpty() ? "" : "; " + problems.get(0)));
    }
    return articles.get(0);
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
