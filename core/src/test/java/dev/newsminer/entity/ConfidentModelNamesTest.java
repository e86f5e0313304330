package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfidentModelNamesTest {

  private static final String[] SENTENCE =
      "Analysts at Tarnwick Halloran expect the new MacBook Air and Quillmere to sell well .".split(" ");

  @Test
  void aConfidentNameOfTwoWordsStandsWithoutOtherEvidence() {
    assertThat(ConfidentModelNames.standsAlone(SENTENCE, 2, 4, 0.95)).isTrue();
    assertThat(ConfidentModelNames.standsAlone(SENTENCE, 2, 4, 0.85)).isTrue();
  }

  @Test
  void theSameNameWithLessConfidenceNeedsEvidence() {
    assertThat(ConfidentModelNames.standsAlone(SENTENCE, 2, 4, 0.6)).isFalse();
  }

  @Test
  void oneWordNamesAndCamelCaseProductNamesNeverStandAlone() {
    assertThat(ConfidentModelNames.standsAlone(SENTENCE, 9, 10, 0.99)).isFalse();
    assertThat(ConfidentModelNames.standsAlone(SENTENCE, 6, 8, 0.99)).isFalse();
  }

  @Test
  void theEvidenceRuleLetsAConfidentNameThroughButKeepsItsOtherChecks() {
    String[] t = "Talks with Tarnwick Halloran ended on Monday .".split(" ");
    assertThat(ModelEvidence.acceptsNewName(t, 2, 4, 1, 0, false, 0.95)).isTrue();
    assertThat(ModelEvidence.acceptsNewName(t, 2, 4, 1, 0, false, 0.5)).isFalse();
    // tagged something else more often in the document: still not an organization
    assertThat(ModelEvidence.acceptsNewName(t, 2, 4, 1, 2, false, 0.95)).isFalse();
  }
}
