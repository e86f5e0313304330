package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormerNamesTest {

  @Test
  void aNameWithWordsOfItsOwnIsAnotherNameOfTheListedOrganization() {
    assertThat(called("Daiwa Bank Ltd", "Resona Holdings")).isTrue();
    assertThat(called("Statoil", "Equinor")).isTrue();
  }

  @Test
  void shortAndFullerFormsAcronymsAndSpellingsAreTheListedName() {
    assertThat(called("Barcelona", "FC Barcelona")).isFalse();
    assertThat(called("Nasdaq Stock Market", "Nasdaq")).isFalse();
    assertThat(called("Dow Jones Newswires", "Dow Jones & Co")).isFalse();
    assertThat(called("Nestle SA", "Nestlé")).isFalse();
    assertThat(called("GMAC", "General Motors Acceptance Corp")).isFalse();
  }

  private static boolean called(String longest, String canonical) {
    return FormerNames.calledOtherwise(longest, longest.split(" "), canonical);
  }
}
