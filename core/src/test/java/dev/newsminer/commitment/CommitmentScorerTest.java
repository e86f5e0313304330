package dev.newsminer.commitment;

import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import dev.newsminer.Evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitmentScorerTest {

  @TempDir Path dir;

  private static Candidate candidate(double confidence) {
    Commitment c = new Commitment("Acme", List.of(), CommitmentKind.PLEDGE, "will", null, null, null, null, confidence,
        new Evidence("Acme will.", 0, 10));
    return new Candidate(c, List.of("bias", "trigger=MODAL"));
  }

  @Test
  void withoutAModelEveryCandidateIsKeptWithItsRuleConfidence() {
    CommitmentScorer rules = CommitmentScorer.rulesOnly();
    assertThat(rules.trained()).isFalse();
    assertThat(rules.score(List.of(candidate(0.7), candidate(0.4)))).extracting(Commitment::confidence)
        .containsExactly(0.7, 0.4);
  }

  @Test
  void aFileThatIsNoModelIsRejectedNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("scorer.bin.gz"), "not a model");
    assertThatThrownBy(() -> CommitmentScorer.load(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("scorer.bin.gz");
  }

  @Test
  void theBundledScorerGivesEachKeptCandidateAProbabilityAsConfidence() {
    CommitmentScorer bundled = CommitmentScorer.bundled();
    List<Commitment> kept = bundled.score(List.of(candidate(0.7)));
    for (Commitment c : kept) {
      assertThat(c.confidence()).isBetween(CommitmentScorer.KEEP_AT, 1.0);
    }
  }
}
