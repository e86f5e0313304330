package dev.newsminer.cli.training;

import dev.newsminer.entity.Gazetteer;
import dev.newsminer.entity.NameTagger;
import dev.newsminer.entity.OrganizationFinder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    return NerEvaluator.of(finder).evaluate(new BufferedReader(new StringReader(GOLD)), "gold.tsv", out);
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
    assertThatThrownBy(() -> NerEvaluator.of(OrganizationFinder.of(null, Gazetteer.empty(), OrganizationFinder.Layers.all()))
        .evaluate(new BufferedReader(new StringReader(bad)), "bad.tsv", null))
        .isInstanceOf(IOException.class).hasMessageContaining("bad.tsv:2: expected 'token ... TAG'");
  }

  @Test
  void unlistedRecallCountsOnlyGoldNamesTheGazetteerDoesNotList(@TempDir Path dir) throws IOException {
    Gazetteer listsWorldBank = Gazetteer.loadOnly(List.of(Files.writeString(dir.resolve("orgs.tsv"), "World Bank\tOTHER\t\n")));
    NerScores scores = NerEvaluator.of(OrganizationFinder.of(null, Gazetteer.empty(), OrganizationFinder.Layers.all()))
        .withUnlisted(listsWorldBank)
        .evaluate(new BufferedReader(new StringReader(GOLD)), "gold.tsv", null);

    // Hollowbrook Foods Ltd and Hollowbrook Foods are not listed and found; the World Bank is listed
    assertThat(scores.unlisted().gold()).isEqualTo(2);
    assertThat(scores.unlisted().found()).isEqualTo(2);
    assertThat(scores.unlisted().recall()).isEqualTo(1.0);
    assertThat(evaluate(OrganizationFinder.of(null, Gazetteer.empty(), OrganizationFinder.Layers.all()), null).unlisted())
        .isNull();
  }

  @Test
  void theModelAloneKeepsTheNamesThatTheStageWantsEvidenceFor() throws IOException {
    List<LabeledSentence> corpus = new ArrayList<>();
    String[] companies = {"Acmevale", "Zenithor", "Globexa", "Initrove", "Umbrant", "Hoolix"};
    for (int i = 0; i < 60; i++) {
      corpus.add(new LabeledSentence(List.of(companies[i % companies.length], "opened", "a", "plant", "."),
          List.of("B-ORG", "O", "O", "O", "O"), i % 3 == 0));
    }
    NameTagger tagger = NameTagger.of(NameModelTrainer.withNames(
        NameModelTrainer.Options.defaults().withIterations(20).withCutoff(0), List.of()).train(corpus));
    String gold = "-DOCSTART-\tO\n\nQuillmere\tB-ORG\nopened\tO\na\tO\nplant\tO\n.\tO\n";

    NerScores alone = NerEvaluator.modelAlone(tagger).evaluate(new BufferedReader(new StringReader(gold)), "g", null);
    // the same model inside the stage: a name with no organization word and no cue around it does not count
    NerScores stage = NerEvaluator.of(OrganizationFinder.of(tagger, Gazetteer.empty(),
        new OrganizationFinder.Layers(true, false, false, false))).evaluate(new BufferedReader(new StringReader(gold)), "g", null);

    assertThat(alone.perType().get("ORG").tp()).isEqualTo(1);
    assertThat(stage.perType().get("ORG").tp()).isZero();
  }
}
