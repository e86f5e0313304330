package dev.newsminer.cli.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.entity.NameTagger;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled name model on its own, scored on the held-out half of the completely labelled
 * MEANTIME dev set (in the project, never trained or tuned on): every ORG name it tags counts, no
 * rule of the organization stage decides. Holds the score where the model card records it, so that
 * a retrained model that loses ground shows.
 */
class ModelAloneDevSetTest {

  private static final Path HELD_OUT = Path.of("").toAbsolutePath().getParent()
      .resolve("training/meantime-orgs/heldout.bio.tsv");

  @Test
  void theBundledModelAloneFindsTheHeldOutOrganizations() throws IOException {
    NerScores.TypeScore org = NerEvaluator.modelAlone(NameTagger.bundled().orElseThrow())
        .evaluate(HELD_OUT, null).perType().get("ORG");

    assertThat(org.gold()).isEqualTo(598);
    // the model card: P 0.793, R 0.921, F1 0.852 (the issue asks for F1 0.80)
    assertThat(org.f1()).as("ORG F1").isGreaterThanOrEqualTo(0.85);
    assertThat(org.precision()).as("ORG precision").isGreaterThanOrEqualTo(0.78);
    assertThat(org.recall()).as("ORG recall").isGreaterThanOrEqualTo(0.91);
  }
}
