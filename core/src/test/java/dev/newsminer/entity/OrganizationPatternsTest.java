package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationPatternsTest {

  @Test
  void aBareWordIsInLowerCaseWithoutDots() {
    assertThat(OrganizationPatterns.bare("Inc.")).isEqualTo("inc");
    assertThat(OrganizationPatterns.bare("N.V.")).isEqualTo("nv");
    assertThat(OrganizationPatterns.bare("Corp")).isEqualTo("corp");
    assertThat(OrganizationPatterns.bare(".")).isEmpty();
  }

  @Test
  void theBareFormOfADottedWordIsRememberedAcrossCalls() {
    String first = OrganizationPatterns.bare(new String("S.p.A."));
    assertThat(OrganizationPatterns.bare(new String("S.p.A."))).isSameAs(first).isEqualTo("spa");
  }

  @Test
  void acronymsHaveTwoToEightCharsTwoOfThemCapitalsDotsNotCounted() {
    assertThat(OrganizationPatterns.acronymShape("IBM")).isTrue();
    assertThat(OrganizationPatterns.acronymShape("I.B.M.")).isTrue();
    assertThat(OrganizationPatterns.acronymShape("AT&T")).isTrue();
    assertThat(OrganizationPatterns.acronymShape("SmithKline")).isFalse(); // ten chars
    assertThat(OrganizationPatterns.acronymShape("Ibm")).isFalse();
    assertThat(OrganizationPatterns.acronymShape("iBM")).isFalse();
    assertThat(OrganizationPatterns.acronymShape("U.")).isFalse();
    assertThat(OrganizationPatterns.acronymShape("ABCDEFGH")).isTrue();
    assertThat(OrganizationPatterns.acronymShape("A.B.C.D.E.F.G.H.I.")).isFalse();
    assertThat(OrganizationPatterns.acronymShape("A-B")).isFalse();
    assertThat(OrganizationPatterns.acronymShape("...")).isFalse();
  }
}
