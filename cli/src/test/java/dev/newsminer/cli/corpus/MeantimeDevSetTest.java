package dev.newsminer.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeantimeDevSetTest {

  private static final Path DEV_SET = CorpusCheckerTest.projectRoot().resolve("training/meantime-orgs");

  @Test
  void marksBecomeBio2TagsAndBracketTokensStayText() {
    MarkedTokens s = MarkedTokens.parse("[ORG General Motors] 's unit [ORG GMAC] said [ 1 ]");
    assertThat(s.tokens()).containsExactly("General", "Motors", "'s", "unit", "GMAC", "said", "[", "1", "]");
    assertThat(s.tags()).containsExactly("B-ORG", "I-ORG", "O", "O", "B-ORG", "O", "O", "O", "O");
    assertThat(s.spans()).containsExactly("0:2", "4:5");
  }

  @Test
  void aMarkLeftOpenIsAnError() {
    assertThatThrownBy(() -> MarkedTokens.parse("[ORG General Motors said")).hasMessageContaining("not closed");
    assertThatThrownBy(() -> MarkedTokens.parse("[ORG A [ORG B] C]")).hasMessageContaining("nested");
  }

  @Test
  void oddDocumentsAreTunedOnAndEvenOnesHeldOut(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("gold"));
    Files.writeString(dir.resolve("gold/001.txt"), "[ORG Airbus] wins\n");
    Files.writeString(dir.resolve("gold/002.txt"), "[ORG Boeing] loses\n");

    MeantimeDevSet set = new MeantimeDevSet(dir);

    assertThat(set.bio(MeantimeDevSet.Half.TUNE)).isEqualTo("-DOCSTART-\tO\n\nAirbus\tB-ORG\nwins\tO\n\n");
    assertThat(set.bio(MeantimeDevSet.Half.HELDOUT)).isEqualTo("-DOCSTART-\tO\n\nBoeing\tB-ORG\nloses\tO\n\n");
  }

  @Test
  void theCommittedHalvesAreWhatTheAdjudicatedLabelsGive() throws IOException {
    MeantimeDevSet set = new MeantimeDevSet(DEV_SET);
    assertThat(set.documents("gold")).hasSize(120);
    for (MeantimeDevSet.Half half : MeantimeDevSet.Half.values()) {
      assertThat(Files.readString(DEV_SET.resolve(half.fileName), StandardCharsets.UTF_8))
          .as(half.fileName).isEqualTo(set.bio(half));
    }
  }

  @Test
  void theTwoPassesAgreeAndCoverTheSameText() throws IOException {
    int[] c = new MeantimeDevSet(DEV_SET).agreement("pass1", "pass2");
    assertThat(2.0 * c[2] / (c[0] + c[1])).isGreaterThan(0.95);
  }

  @Test
  void theLabelsAreOnMeantimesOwnTokens() throws IOException {
    Path shared = CorpusCheckerTest.projectRoot().resolve("../shared/corpora/ner/meantime-en/meantime_en_names.bio.tsv");
    assumeTrue(Files.exists(shared), "../shared is absent");
    List<List<String>> theirs = documents(Files.readAllLines(shared, StandardCharsets.UTF_8));
    List<List<String>> tune = documents(Files.readAllLines(DEV_SET.resolve("tune.bio.tsv"), StandardCharsets.UTF_8));
    List<List<String>> heldOut = documents(Files.readAllLines(DEV_SET.resolve("heldout.bio.tsv"), StandardCharsets.UTF_8));
    assertThat(theirs).hasSize(120);
    for (int i = 0; i < theirs.size(); i++) {
      List<String> ours = i % 2 == 0 ? tune.get(i / 2) : heldOut.get(i / 2);
      assertThat(ours).as("document %03d", i + 1).isEqualTo(theirs.get(i));
    }
  }

  /** The tokens of each document of a BIO file, in order. */
  private static List<List<String>> documents(List<String> bioLines) {
    List<List<String>> documents = new ArrayList<>();
    for (String line : bioLines) {
      if (line.startsWith("-DOCSTART-")) {
        documents.add(new ArrayList<>());
      } else if (!line.isEmpty()) {
        documents.get(documents.size() - 1).add(line.substring(0, line.indexOf('\t')));
      }
    }
    return documents;
  }
}
