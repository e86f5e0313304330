package dev.newsminer.cli.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReliabilityTest {

  @Test
  void countsOutputsAndRightOnesPerConfidenceBin() {
    Reliability r = new Reliability();
    r.add(0.85, true);
    r.add(0.82, false);
    r.add(0.95, true);
    r.add(0.3, false);
    assertThat(r.rows().get(4)).containsEntry("confidence", "0.8-0.9").containsEntry("outputs", 2).containsEntry("right", 1);
    assertThat(r.rows().get(0)).containsEntry("outputs", 1).containsEntry("right", 0);
    assertThat(r.shareRightFrom(0.8)).isEqualTo(2.0 / 3);
  }

  @Test
  void theHeldOutFifthIsTheStoriesNumberedByAMultipleOfFive() {
    assertThat(CorpusSplit.HELDOUT.includes(5)).isTrue();
    assertThat(CorpusSplit.HELDOUT.includes(120)).isTrue();
    assertThat(CorpusSplit.TRAIN.includes(120)).isFalse();
    assertThat(CorpusSplit.TRAIN.includes(7)).isTrue();
    assertThat(CommitmentCorpus.unmark("[ORG Acme Corp]'s [LOC Ohio] plant")).isEqualTo("Acme Corp's Ohio plant");
  }
}
