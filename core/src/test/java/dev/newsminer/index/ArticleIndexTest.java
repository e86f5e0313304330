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
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {

  @TempDir Path dir;
  private ArticleIndex index;

  @BeforeEach
  void fill() throws IOException {
    index = ArticleIndex.open(dir.resolve("ix"), 2);
    index.add(article("a1", LocalDate.of(2024, 5, 29), "IBM commits to AI research",
        "IBM has committed approximately $100 million to support AI research projects at universities.",
        List.of(org("IBM", OrganizationType.COMPANY, "International Business Machines"), org("Yale", OrganizationType.UNIVERSITY)),
        List.of(commitment("IBM", CommitmentKind.FUNDING, new Amount(1e8, "USD", true, "approximately $100 million")))));
    index.add(article("a2", LocalDate.of(2023, 3, 1), "Airbus and Boeing sign partnership",
        "Airbus and Boeing agreed to collaborate on sustainable aviation fuel research.",
        List.of(org("Airbus", OrganizationType.COMPANY), org("Boeing", OrganizationType.COMPANY)),
        List.of(commitment("Airbus", CommitmentKind.PARTNERSHIP, null))));
    index.add(article("a3", LocalDate.of(2024, 11, 2), "Siemens to invest in rail plants",
        "Siemens will invest 2 billion euros in rail plants. IBM was not involved in research there.",
        List.of(org("Siemens", OrganizationType.COMPANY), org("IBM", OrganizationType.COMPANY)),
        List.of(commitment("Siemens", CommitmentKind.INVESTMENT, new Amount(2e9, "EUR", false, "2 billion euros")))));
    index.add(article("a4", null, "Undated note", "Markets were quiet.", List.of(), List.of()));
    index.commit();
  }

  @Test
  void everyArticleMatchesTheAllQuery() throws IOException {
    SearchResult all = index.search(SearchRequest.of("*:*"));
    assertThat(all.total()).isEqualTo(4);
    assertThat(index.articleCount()).isEqualTo(4);
    assertThat(index.committedIds()).containsExactlyInAnyOrder("a1", "a2", "a3", "a4");
  }

  @Test
  void filtersByOrganizationNameOrAlias() throws IOException {
    assertThat(ids(SearchRequest.of("*:*").withOrganization("IBM"))).containsExactlyInAnyOrder("a1", "a3");
    assertThat(ids(SearchRequest.of("*:*").withOrganization("international business machines"))).containsExactly("a1");
    assertThat(ids(SearchRequest.of("research").withOrganization("Airbus"))).containsExactly("a2");
  }

  @Test
  void filtersByKindAmountAndDate() throws IOException {
    assertThat(ids(SearchRequest.of("*:*").withKind(CommitmentKind.FUNDING))).containsExactly("a1");
    assertThat(ids(SearchRequest.of("*:*").withAmount(5e7, 2e8, null))).containsExactly("a1");
    assertThat(ids(SearchRequest.of("*:*").withAmount(1e9, null, "EUR"))).containsExactly("a3");
    assertThat(ids(SearchRequest.of("*:*").withAmount(1e9, null, "USD"))).isEmpty();
    assertThat(ids(SearchRequest.of("*:*").withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))
        .containsExactlyInAnyOrder("a1", "a3");
  }

  @Test
  void phraseQueriesUseStemmingAndHighlightTheTerms() throws IOException {
    SearchResult r = index.search(SearchRequest.of("\"AI research\""));
    assertThat(r.hits()).extracting(SearchHit::id).containsExactly("a1");
    Snippet snippet = r.hits().get(0).snippets().get(0);
    assertThat(snippet.highlights()).singleElement()
        .satisfies(h -> assertThat(snippet.text().substring(h.start(), h.end())).isEqualTo("AI research"));
    assertThat(snippet.marked("<b>", "</b>")).contains("support <b>AI research</b> projects");
    assertThat(ids(SearchRequest.of("investing"))).containsExactly("a3");
  }

  @Test
  void countsFacetsOverTheMatchingArticles() throws IOException {
    SearchResult r = index.search(SearchRequest.of("research"));
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.facets().get("organization")).containsEntry("IBM", 2).containsEntry("Airbus", 1).containsEntry("Yale", 1);
    assertThat(r.facets().get("organization_type")).containsEntry("COMPANY", 3).containsEntry("UNIVERSITY", 1);
    assertThat(r.facets().get("kind")).containsEntry("FUNDING", 1).containsEntry("PARTNERSHIP", 1)
        .containsEntry("INVESTMENT", 1);
    assertThat(r.facets().get("year")).containsEntry("2024", 2).containsEntry("2023", 1);
  }

  @Test
  void sortsByDateNewestFirst() throws IOException {
    assertThat(ids(SearchRequest.of("*:*").sortedByDate(true))).containsExactly("a3", "a1", "a2", "a4");
  }

  @Test
  void searchesCommitmentsWithTheirOrganizationAndAmount() throws IOException {
    SearchResult r = index.search(SearchRequest.of("universities").overCommitments(true));
    assertThat(r.total()).isEqualTo(1);
    SearchHit hit = r.hits().get(0);
    assertThat(hit.id()).isEqualTo("a1");
    assertThat(hit.kind()).isEqualTo("FUNDING");
    assertThat(hit.organizations()).containsExactly("IBM");
    assertThat(hit.amount().value()).isEqualTo(1e8);
    assertThat(hit.purpose()).isEqualTo("research");
    assertThat(index.search(SearchRequest.of("*:*").overCommitments(true).withOrganization("siemens")).total()).isEqualTo(1);
  }

  @Test
  void reindexingAnArticleReplacesIt() throws IOException {
    index.add(article("a2", LocalDate.of(2023, 3, 1), "Airbus alone", "Airbus will build a plant.",
        List.of(org("Airbus", OrganizationType.COMPANY)), List.of()));
    index.commit();
    assertThat(index.search(SearchRequest.of("*:*")).total()).isEqualTo(4);
    assertThat(ids(SearchRequest.of("*:*").withOrganization("Boeing"))).isEmpty();
    assertThat(index.search(SearchRequest.of("*:*").overCommitments(true)).total()).isEqualTo(2);
  }

  @Test
  void listsOrganizationsByArticlesAndCommitments() throws IOException {
    List<OrganizationCount> orgs = index.organizations(3);
    assertThat(orgs).first().isEqualTo(new OrganizationCount("IBM", "COMPANY", 2, 1));
    assertThat(orgs).hasSize(3);
  }

  @Test
  void snippetsArePlainTextEvenWhenTheArticleHoldsMarkup() throws IOException {
    index.add(article("m1", null, "Markup <b>inside</b>", "Acme & Sons wrote <script>alert(1)</script> about research.",
        List.of(), List.of()));
    index.commit();
    Snippet snippet = index.search(SearchRequest.of("alert")).hits().get(0).snippets().get(0);
    assertThat(snippet.text()).isEqualTo("Acme & Sons wrote <script>alert(1)</script> about research.");
    assertThat(snippet.highlights()).extracting(h -> snippet.text().substring(h.start(), h.end())).containsExactly("alert");
  }

  @Test
  void aLongSentenceIsCutAroundItsMatch() throws IOException {
    String filler = "word ".repeat(150);
    index.add(article("long", null, "Long", filler + "a needle here " + filler, List.of(), List.of()));
    index.commit();
    Snippet snippet = index.search(SearchRequest.of("needle")).hits().get(0).snippets().get(0);
    assertThat(snippet.text()).startsWith("… word").endsWith("word …").hasSizeLessThanOrEqualTo(SnippetFormatter.MAX_CHARS + 4);
    assertThat(snippet.highlights()).extracting(h -> snippet.text().substring(h.start(), h.end())).containsExactly("needle");
  }

  @Test
  void anOffsetPagesThroughTheSameOrder() throws IOException {
    List<String> all = ids(SearchRequest.of("*:*").sortedByDate(true));
    assertThat(index.search(SearchRequest.of("*:*").sortedByDate(true).withLimit(2).withOffset(1)).hits())
        .extracting(SearchHit::id).isEqualTo(all.subList(1, 3));
    SearchResult pastTheEnd = index.search(SearchRequest.of("*:*").withOffset(10));
    assertThat(pastTheEnd.hits()).isEmpty();
    assertThat(pastTheEnd.total()).isEqualTo(4);
    assertThatThrownBy(() -> SearchRequest.of("*:*").withOffset(-1)).hasMessage("offset must be >= 0; got -1");
  }

  @Test
  void profilesAnOrganizationByNameOrAlias() throws IOException {
    OrganizationProfile ibm = index.organization("international business machines").orElseThrow();
    assertThat(ibm).isEqualTo(index.organization("IBM").orElseThrow());
    assertThat(ibm.name()).isEqualTo("IBM");
    assertThat(ibm.type()).isEqualTo("COMPANY");
    assertThat(ibm.aliases()).containsExactly("International Business Machines");
    assertThat(ibm.articles()).isEqualTo(2);
    assertThat(ibm.commitments()).isEqualTo(1);
    assertThat(ibm.commitmentsByYear()).containsExactly(java.util.Map.entry("2024", 1));
    OrganizationProfile yale = index.organization("Yale").orElseThrow();
    assertThat(yale.commitments()).isZero();
    assertThat(yale.commitmentsByYear()).isEmpty();
    assertThat(index.organization("Nobody Inc")).isEmpty();
  }

  @Test
  void malformedQueryIsOneLinePointingAtTheProblem() {
    assertThatThrownBy(() -> index.search(SearchRequest.of("research AND (")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid query: Cannot parse 'research AND ('")
        .hasMessageContaining("column")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void anotherReaderSeesOnlyTheLastCommit() throws IOException {
    index.add(article("a5", null, "Late", "Uncommitted text.", List.of(), List.of()));
    try (ArticleIndex reader = ArticleIndex.openReadOnly(dir.resolve("ix"))) {
      assertThat(reader.search(SearchRequest.of("*:*")).total()).isEqualTo(4);
      index.commit();
      assertThat(reader.search(SearchRequest.of("*:*")).total()).isEqualTo(5);
    }
  }

  @Test
  void openingAFolderWithoutAnIndexForReadingFails() {
    assertThatThrownBy(() -> ArticleIndex.openReadOnly(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("no index in");
  }

  @Test
  void aNewIndexStoresNamesWithoutIndexingThemOrTheFacetPaths() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("ix")))) {
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      assertThat(fields.fieldInfo(IndexedDocuments.ORG).getIndexOptions()).isEqualTo(IndexOptions.NONE);
      assertThat(fields.fieldInfo(IndexedDocuments.FACETS.getDimConfig(IndexedDocuments.FACET_KIND).indexFieldName)
          .getIndexOptions()).isEqualTo(IndexOptions.NONE);
      assertThat(IndexedDocuments.Layout.of(fields)).isEqualTo(IndexedDocuments.Layout.LEAN);
    }
  }

  @Test
  void anIndexWithIndexedNamesAndFacetPathsKeepsThatLayoutWhenAddedTo() throws IOException {
    Path old = dir.resolve("old");
    IndexedDocuments.Layout full = new IndexedDocuments.Layout(true, true);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig(new EnglishAnalyzer()))) {
      Extraction a1 = article("a1", LocalDate.of(2024, 5, 29), "IBM commits", "IBM has committed $100 million.",
          List.of(org("IBM", OrganizationType.COMPANY)),
          List.of(commitment("IBM", CommitmentKind.FUNDING, new Amount(1e8, "USD", false, "$100 million"))));
      writer.updateDocuments(new Term(IndexedDocuments.ARTICLE_ID, "a1"), IndexedDocuments.of(a1, full));
      writer.commit();
    }
    try (ArticleIndex reopened = ArticleIndex.open(old, 1)) {
      reopened.add(article("a2", LocalDate.of(2023, 3, 1), "Airbus and Boeing sign partnership",
          "Airbus and Boeing agreed to collaborate.", List.of(org("Airbus", OrganizationType.COMPANY)),
          List.of(commitment("Airbus", CommitmentKind.PARTNERSHIP, null))));
      assertThat(reopened.search(SearchRequest.of("*:*")).total()).isEqualTo(2);
      assertThat(reopened.search(SearchRequest.of("*:*").withKind(CommitmentKind.PARTNERSHIP)).facets()
          .get(IndexedDocuments.FACET_ORGANIZATION)).containsExactly(java.util.Map.entry("Airbus", 1));
      assertThat(reopened.organizations(5)).extracting(OrganizationCount::name).containsExactlyInAnyOrder("IBM", "Airbus");
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(old))) {
      assertThat(IndexedDocuments.Layout.of(FieldInfos.getMergedFieldInfos(reader))).isEqualTo(full);
    }
  }

  @org.junit.jupiter.api.AfterEach
  void close() throws IOException {
    index.close();
  }

  private List<String> ids(SearchRequest request) throws IOException {
    List<String> ids = new ArrayList<>();
    index.search(request.withLimit(100)).hits().forEach(h -> ids.add(h.id()));
    return ids;
  }

  private static Extraction article(String id, LocalDate date, String title, String text, List<Organization> orgs,
      List<Commitment> commitments) {
    Article a = new Article(id, id + ".txt", null, title, date, text);
    List<Commitment> withEvidence = new ArrayList<>();
    for (Commitment c : commitments) {
      String sentence = text.split("(?<=\\.) ")[0];
      withEvidence.add(new Commitment(c.organization(), c.partners(), c.kind(), c.trigger(), c.amount(), c.purpose(),
          c.beneficiary(), c.timeframe(), c.confidence(), new Evidence(sentence, 0, sentence.length())));
    }
    return new Extraction(a, List.of(), orgs, withEvidence, List.of());
  }

  private static Organization org(String name, OrganizationType type, String... aliases) {
    List<String> all = new ArrayList<>(List.of(name));
    all.addAll(List.of(aliases));
    return new Organization(name, type, all, List.of(new Span(0, name.length())));
  }

  private static Commitment commitment(String org, CommitmentKind kind, Amount amount) {
    return new Commitment(org, List.of(), kind, "will", amount, "research", null, null, 0.8,
        new Evidence("x", 0, 1));
  }
}
