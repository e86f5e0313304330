package dev.newsminer.cli.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsminer.commitment.CommitmentScorer.Calibration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlattScalingTest {

  /** {@code count} candidates at probability {@code p}, {@code right} of them right. */
  private static void add(List<double[]> scored, double p, int count, int right) {
    for (int i = 0; i < count; i++) {
      scored.add(new double[] {p, i < right ? 1 : 0});
    }
  }

  @Test
  void aModelThatIsTooSureIsPulledTowardsHowOftenItIsRight() {
    List<double[]> scored = new ArrayList<>();
    add(scored, 0.95, 100, 80); // says 0.95, right 8 in 10
    add(scored, 0.05, 100, 20); // says 0.05, right 2 in 10
    Calibration c = ScorerTrainer.platt(scored);
    assertThat(c.slope()).isLessThan(1);
    assertThat(c.apply(0.95)).isCloseTo(0.8, within(0.02));
    assertThat(c.apply(0.05)).isCloseTo(0.2, within(0.02));
  }

  @Test
  void aModelThatIsRightAsOftenAsItSaysIsLeftNearlyAlone() {
    List<double[]> scored = new ArrayList<>();
    add(scored, 0.8, 200, 160);
    add(scored, 0.2, 200, 40);
    Calibration c = ScorerTrainer.platt(scored);
    assertThat(c.apply(0.8)).isCloseTo(0.8, within(0.01));
    assertThat(c.apply(0.2)).isCloseTo(0.2, within(0.01));
  }

  @Test
  void withOneOutcomeOnlyThereIsNothingToFit() {
    List<double[]> scored = new ArrayList<>();
    add(scored, 0.7, 10, 10);
    assertThat(ScorerTrainer.platt(scored)).isEqualTo(Calibration.IDENTITY);
  }
}
