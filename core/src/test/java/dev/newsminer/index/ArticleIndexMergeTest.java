package dev.newsminer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsminer.Amount;
import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import dev.newsminer.Evidence;
import dev.newsminer.Extraction;
import dev.newsminer.Organization;
import dev.newsminer.OrganizationType;
import dev.newsminer.Span;
import dev.newsminer.article.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexMergeTest {

  private static final Extraction IBM = extraction("a1", "IBM commits to AI research",
      "IBM has committed $100 million to AI research.", "IBM", CommitmentKind.FUNDING, new Amount(1e8, "USD", false, "$100 million"));
  private static final Extraction AIRBUS = extraction("a2", "Airbus and Boeing sign partnership",
      "Airbus agreed to work with Boeing on aviation fuel.", "Airbus", CommitmentKind.PARTNERSHIP, null);
  private static final Extraction SIEMENS = extraction("a3", "Siemens to invest in rail plants",
      "Siemens will invest 2 billion euros in rail plants.", "Siemens", CommitmentKind.INVESTMENT,
      new Amount(2e9, "EUR", false, "2 billion euros"));
  /** A corrected version of a2, read later in the input. */
  private static final Extraction AIRBUS_AGAIN = extraction("a2", "Airbus buys a supplier",
      "Airbus will acquire a parts maker for 300 million dollars.", "Airbus", CommitmentKind.ACQUISITION,
      new Amount(3e8, "USD", false, "300 million dollars"));

  @TempDir Path dir;

  @Test
  void mergedShardsAnswerAsOneIndexBuiltInTheSameOrder() throws IOException {
    shard("s0", IBM, AIRBUS);
    shard("s1", SIEMENS, AIRBUS_AGAIN);
    shard("s2");
    shard("whole", IBM, AIRBUS, SIEMENS, AIRBUS_AGAIN);

    ArticleIndex.merge(List.of(dir.resolve("s0"), dir.resolve("s1"), dir.resolve("s2")), dir.resolve("merged"));

    try (ArticleIndex merged = ArticleIndex.openReadOnly(dir.resolve("merged"));
         ArticleIndex whole = ArticleIndex.openReadOnly(dir.resolve("whole"))) {
      assertThat(merged.articleCount()).isEqualTo(3);
      for (SearchRequest r : List.of(SearchRequest.of("*:*"), SearchRequest.of("airbus"),
          SearchRequest.of("*:*").overCommitments(true), SearchRequest.of("partnership OR fuel"))) {
        assertThat(merged.search(r)).as("%s", r).isEqualTo(whole.search(r));
      }
      assertThat(merged.organizations(10)).isEqualTo(whole.organizations(10));
      // The later shard's a2 replaced the earlier one, commitments included.
      assertThat(merged.search(SearchRequest.of("fuel")).total()).isZero();
      assertThat(merged.search(SearchRequest.of("*:*").overCommitments(true).withKind(CommitmentKind.PARTNERSHIP))
          .total()).isZero();
    }
  }

  @Test
  void aMergedIndexTakesMoreArticlesLikeAnyOther() throws IOException {
    shard("s0", IBM);
    ArticleIndex.merge(List.of(dir.resolve("s0")), dir.resolve("merged"));
    try (ArticleIndex merged = ArticleIndex.open(dir.resolve("merged"))) {
      merged.add(SIEMENS);
      merged.commit();
      assertThat(merged.articleCount()).isEqualTo(2);
    }
  }

  @Test
  void mergingIntoAnExistingIndexIsRefused() throws IOException {
    shard("s0", IBM);
    shard("existing", SIEMENS);
    assertThatThrownBy(() -> ArticleIndex.merge(List.of(dir.resolve("s0")), dir.resolve("existing")))
        .isInstanceOf(IOException.class).hasMessageContaining("already holds an index");
  }

  private void shard(String name, Extraction... extractions) throws IOException {
    try (ArticleIndex index = ArticleIndex.open(dir.resolve(name), 1000)) {
      for (Extraction x : extractions) {
        index.add(x);
      }
    }
  }

  private static Extraction extraction(String id, String title, String text, String org, CommitmentKind kind,
      Amount amount) {
    Article article = new Article(id, id + ".txt", null, title, LocalDate.of(2024, 5, 29), text);
    Organization organization = new Organization(org, OrganizationType.COMPANY, List.of(org),
        List.of(new Span(0, org.length())));
    Commitment commitment = new Commitment(org, List.of(), kind, "will", amount, null, null, null, 0.8,
        new Evidence(text, 0, text.length()));
    return new Extraction(article, List.of(), List.of(organization), List.of(commitment), List.of());
  }
}
