package dev.newsminer.entity;

import dev.newsminer.Organization;
import dev.newsminer.OrganizationType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.SharedData;
import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ArticleSink;
import dev.newsminer.article.ReadProblem;
import dev.newsminer.text.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The organizations of the seed article's story: each once, with its type, and nothing else. */
class SeedArticleOrganizationsTest {

  private static final List<String> STORY = List.of("AI Alliance", "Meta", "IBM", "Intel", "Sony Group", "Dell",
      "OpenAI", "Microsoft", "Google", "Amazon", "AMD", "Cerebras", "Hugging Face", "Stability AI", "Yale",
      "Cornell", "Dartmouth", "NASA");

  @Test
  void findsExactlyTheStorysOrganizations() throws IOException {
    Path seed = SharedData.shared("examples/seed-article.txt");
    List<Article> read = new ArrayList<>();
    ArticleFiles.read(seed, new ArticleSink() {
      @Override
      public void article(Article article) {
        read.add(article);
      }

      @Override
      public void problem(ReadProblem problem) {
        throw new AssertionError(problem.toString());
      }
    });
    String text = read.get(0).text();
    String end = "through a governance structure.";
    String story = text.substring(0, text.indexOf(end) + end.length());

    List<Organization> found = OrganizationFinder.standard().find(story, new TextAnalyzer().analyze(story));

    List<String> matched = new ArrayList<>();
    for (Organization o : found) {
      String name = STORY.stream().filter(s -> o.aliases().contains(s) || o.name().equals(s)).findFirst()
          .orElseThrow(() -> new AssertionError("not in the story: " + o));
      matched.add(name);
    }
    assertThat(matched).containsExactlyInAnyOrderElementsOf(STORY);
    Organization ibm = found.stream().filter(o -> o.aliases().contains("IBM")).findFirst().orElseThrow();
    assertThat(ibm.type()).isEqualTo(OrganizationType.COMPANY);
    assertThat(ibm.mentions()).isEqualTo(5);
    assertThat(found.stream().filter(o -> o.aliases().contains("Yale")).findFirst().orElseThrow().type())
        .isEqualTo(OrganizationType.UNIVERSITY);
    assertThat(found.stream().filter(o -> o.aliases().contains("NASA")).findFirst().orElseThrow().type())
        .isEqualTo(OrganizationType.AGENCY);
    assertThat(found.stream().filter(o -> o.aliases().contains("AI Alliance")).findFirst().orElseThrow().type())
        .isEqualTo(OrganizationType.ALLIANCE);
  }
}
