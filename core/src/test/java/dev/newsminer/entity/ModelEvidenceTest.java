package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelEvidenceTest {

  private static String[] tokens(String sentence) {
    return sentence.split(" ");
  }

  /** Whether the model's name {@code name}, found once and never as anything else, counts in {@code sentence}. */
  private static boolean accepts(String sentence, String name) {
    String[] t = tokens(sentence);
    String[] n = tokens(name);
    for (int i = 0; i + n.length <= t.length; i++) {
      if (java.util.Arrays.equals(t, i, i + n.length, n, 0, n.length)) {
        return ModelEvidence.acceptsNewName(t, i, i + n.length, 1, 0);
      }
    }
    throw new IllegalArgumentException("name not in sentence; got " + name);
  }

  @Test
  void aNewNameCountsWithAnOrganizationWordInIt() {
    assertThat(accepts("Talks with Harrowgate Mining Group ended .", "Harrowgate Mining Group")).isTrue();
    assertThat(accepts("He joined Westbrook Capital Partners in May .", "Westbrook Capital Partners")).isTrue();
  }

  @Test
  void aNewNameCountsWithAnOrganizationCueAroundIt() {
    assertThat(accepts("Kalmora said on Monday it would cut jobs .", "Kalmora")).isTrue();
    assertThat(accepts("Investors bought shares of Kalmora on Monday .", "Kalmora")).isTrue();
    assertThat(accepts("The carmaker Kalmora cut prices .", "Kalmora")).isTrue();
    assertThat(accepts("Kalmora < KLM.O > rose .", "Kalmora")).isTrue();
    assertThat(accepts("Kalmora 's shareholders voted .", "Kalmora")).isTrue();
  }

  @Test
  void anEmployeesRoleBesideANewNameIsEvidence() {
    assertThat(accepts("Kalmora analyst Dana Whitfield said demand was weak .", "Kalmora")).isTrue();
    assertThat(accepts("Prices will ease , said a senior strategist for Orlen Brightwater , Jo Marsh .", "Orlen Brightwater"))
        .isTrue();
    assertThat(accepts("Kestrel Analytics economists expect rates to fall .", "Kestrel Analytics")).isTrue();
    assertThat(accepts("Kestrel Analytics CEO Jo Marsh spoke first .", "Kestrel Analytics")).isTrue();
    // a role with no employer beside it says nothing
    assertThat(accepts("An analyst in Kalmora expects demand to weaken .", "Kalmora")).isFalse();
  }

  @Test
  void aLongerNameOverAKnownOneCountsWithAnEmployeesRole() {
    String[] t = tokens("Halvard Commercial Aircraft CEO Jo Marsh said orders rose .");
    assertThat(ModelEvidence.acceptsExtension(t, 0, 3, 0, 1)).isTrue();
    String[] product = tokens("Halvard Commercial Aircraft sales rose .");
    assertThat(ModelEvidence.acceptsExtension(product, 0, 3, 0, 1)).isFalse();
  }

  @Test
  void aNewNameWithoutEvidenceDoesNotCount() {
    assertThat(accepts("The ceremony was held in Kalmora on Monday .", "Kalmora")).isFalse();
    assertThat(accepts("He bought a MacBook Air laptop .", "MacBook Air")).isFalse();
  }

  @Test
  void peoplesTitlesCurrencySignsAndModelNumbersAreNeverOrganizations() {
    assertThat(accepts("Assistant Secretary Jane Doe said the plan was sound .", "Assistant Secretary Jane Doe")).isFalse();
    assertThat(accepts("It cost US$ 5 and Acme said so .", "US$")).isFalse();
    assertThat(accepts("The Airbus A400M Group said it flew .", "Airbus A400M Group")).isFalse();
  }

  @Test
  void aNameTheDocumentMostlyTagsAsSomethingElseDoesNotCount() {
    String[] t = tokens("Jobs said the company would grow .");
    assertThat(ModelEvidence.acceptsNewName(t, 0, 1, 1, 2)).isFalse();
    assertThat(ModelEvidence.acceptsNewName(t, 0, 1, 2, 1)).isTrue();
  }

  @Test
  void sentenceOpenersAndPlacesAloneAreNeverOrganizations() {
    assertThat(accepts("However said nothing .", "However")).isFalse();
    assertThat(accepts("France said it would veto the plan .", "France")).isFalse();
  }

  @Test
  void aNameThatRunsOverAKnownNameCountsOnlyWhenItAddsAnOrganizationWord() {
    String[] t = tokens("Boeing Capital Corp lent the money .");
    assertThat(ModelEvidence.acceptsExtension(t, 0, 3, 0, 1)).isTrue();
    String[] product = tokens("He drove a Ford Taurus home .");
    assertThat(ModelEvidence.acceptsExtension(product, 3, 5, 3, 4)).isFalse();
    String[] person = tokens("Air Force James Roche said so .");
    assertThat(ModelEvidence.acceptsExtension(person, 0, 4, 0, 2)).isFalse();
  }
}
