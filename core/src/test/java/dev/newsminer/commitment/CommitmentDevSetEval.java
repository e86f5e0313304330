package dev.newsminer.commitment;

import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.Extraction;
import dev.newsminer.NewsMiner;
import dev.newsminer.SharedData;
import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ArticleSink;
import dev.newsminer.article.ReadProblem;
import dev.newsminer.commitment.CommitmentEvaluator.GoldArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole pipeline on the commitment dev set and the seed article of {@code ../shared}
 * (skipped when it is absent) and holds the scores at least where they are, so that a change that
 * loses ground shows. The floors are below the issue's acceptance targets, which are not reached yet.
 */
class CommitmentDevSetEval {

  private static final NewsMiner MINER = NewsMiner.english();

  @Test
  void devSetScoresHoldTheirFloors() throws IOException {
    Path gold = SharedData.shared("corpora/commitments/dev.jsonl");
    Path dir = SharedData.shared("corpora/news/reuters21578/articles");
    CommitmentEvaluator eval = new CommitmentEvaluator();
    for (GoldArticle g : CommitmentEvaluator.readGold(gold)) {
      Path file = dir.resolve(String.format("%05d.txt", g.newid()));
      List<Commitment> predicted = new ArrayList<>();
      for (Article a : read(file)) {
        predicted.addAll(MINER.extract(a).commitments());
      }
      eval.add(Files.readString(file, StandardCharsets.UTF_8), g.commitments(), predicted);
    }
    CommitmentEvaluator.Scores s = eval.scores();
    assertThat(s.gold()).isEqualTo(55);
    assertThat(s.unlocated()).isZero();
    assertThat(s.f1()).as("F1").isGreaterThanOrEqualTo(0.75);
    assertThat(s.precision()).as("precision").isGreaterThanOrEqualTo(0.88);
    assertThat(s.kindAccuracy()).as("kind accuracy").isGreaterThanOrEqualTo(0.90);
    assertThat(s.amountAccuracy()).as("amount accuracy").isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void seedArticleYieldsTheIssuesCommitments() throws IOException {
    Path seed = SharedData.shared("examples/seed-article.txt");
    List<Article> articles = read(seed);
    assertThat(articles).hasSize(1);
    Extraction x = MINER.extract(articles.get(0));
    List<Commitment> cs = x.commitments();
    assertThat(cs).anySatisfy(c -> {
      assertThat(c.organization()).isEqualTo("IBM");
      assertThat(c.kind()).isEqualTo(CommitmentKind.FUNDING);
      assertThat(c.amount().value()).isEqualTo(1e8);
      assertThat(c.amount().currency()).isEqualTo("USD");
      assertThat(c.timeframe().until()).hasToString("2029-05-29");
    });
    assertThat(cs).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.PARTNERSHIP);
      assertThat(c.evidence().text()).contains("toolkit");
    });
    assertThat(cs).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.PARTNERSHIP);
      assertThat(c.evidence().text()).contains("joined forces");
    });
    assertThat(cs).filteredOn(c -> c.organization().equals("AI Alliance") && c.kind() == CommitmentKind.TARGET).hasSize(2);
    assertThat(cs).noneSatisfy(c -> assertThat(c.evidence().text()).containsAnyOf("1.8B", "Trudeau"));
  }

  private static List<Article> read(Path file) throws IOException {
    List<Article> out = new ArrayList<>();
    ArticleFiles.read(file, new ArticleSink() {
      @Override
      public void article(Article article) {
        out.add(article);
      }

      @Override
      public void problem(ReadProblem problem) {
        throw new AssertionError(problem.toString());
      }
    });
    return out;
  }
}
