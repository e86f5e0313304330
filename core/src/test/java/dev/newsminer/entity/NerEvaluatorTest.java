package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class NerEvaluatorTest {

  private static final String GOLD = String.join("\n",
      "-DOCSTART-\tO",
      "",
      "Hollowbrook\tB-ORG",
      "Foods\tI-ORG",
      "Ltd\tI-ORG",
      "hired\tO",
      "Ann\tB-PER",
      "Lee\tI-PER",
      ".\tO",
      "",
      "Hollowbrook\tB-ORG",
      "Foods\tI-ORG",
      "grew\tO",
      "in\tO",
      "Kenya\tB-LOC",
      ".\tO",
      "",
      "-DOCSTART-\tO",
      "",
      "Shares\tO",
      "of\tO",
      "Hollowbrook\tO",
      "Foods\tO",
      "fell\tO",
      "and\tO",
      "the\tO",
      "World\tI-ORG",
      "Bank\tI-ORG",
      "lent\tO",
      ".\tO",
      "");

  private static NerScores evaluate(OrganizationFinder finder, StringWriter out) throws IOException {
    return new NerEvaluator(finder).evaluate(new BufferedReader(new StringReader(GOLD)), "gold.tsv", out);
  }

  @Test
  void scoresOrganizationsPerTypeOverWholeDocuments() throws IOException {
    StringWriter out = new StringWriter();
    NerScores scores = evaluate(OrganizationFinder.of(null, Gazetteer.empty(), OrganizationFinder.Layers.all()), out);

    assertThat(scores.documents()).isEqualTo(2);
    assertThat(scores.sentences()).isEqualTo(3);
    assertThat(scores.tokens()).isEqualTo(24);
    // the second document does not know Hollowbrook Foods: document level stops at the document's end
    NerScores.TypeScore org = scores.perType().get("ORG");
    assertThat(org.tp()).isEqualTo(3);
    assertThat(org.gold()).isEqualTo(3);
    assertThat(org.pred()).isEqualTo(3);
    assertThat(org.f1()).isEqualTo(1.0);
    assertThat(scores.perType().get("PER").recall()).isZero();
    assertThat(out.toString()).startsWith("-DOCSTART- O O\n\nHollowbrook B-ORG B-ORG\nFoods I-ORG I-ORG\nLtd I-ORG I-ORG\nhired O O\n")
        .contains("\nHollowbrook B-ORG B-ORG\nFoods I-ORG I-ORG\ngrew O O\n")
        .contains("\nWorld I-ORG B-ORG\nBank I-ORG I-ORG\n");
  }

  @Test
  void eachLayerSwitchedOffShowsInTheScores() throws IOException {
    NerScores noDocument = evaluate(OrganizationFinder.of(null, Gazetteer.empty(),
        new OrganizationFinder.Layers(true, true, true, false)), null);
    assertThat(noDocument.perType().get("ORG").tp()).isEqualTo(2);
    NerScores nothing = evaluate(OrganizationFinder.of(null, Gazetteer.empty(),
        new OrganizationFinder.Layers(false, false, false, false)), null);
    assertThat(nothing.perType().get("ORG").pred()).isZero();
    assertThat(nothing.perType().get("ORG").f1()).isZero();
  }

  @Test
  void aLineWithoutATagIsAnErrorNamingTheLine() {
    String bad = "IBM\tB-ORG\nrose\n";
    assertThatThrownBy(() -> new NerEvaluator(OrganizationFinder.of(null, Gazetteer.empty(), OrganizationFinder.Layers.all()))
        .evaluate(new BufferedReader(new StringReader(bad)), "bad.tsv", null))
        .isInstanceOf(IOException.class).hasMessageContaining("bad.tsv:2: expected 'token ... TAG'");
  }
}
