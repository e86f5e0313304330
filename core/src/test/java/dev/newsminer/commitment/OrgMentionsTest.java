package dev.newsminer.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.Organization;
import dev.newsminer.OrganizationType;
import dev.newsminer.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgMentionsTest {

  /** An organization named {@code name} whose mentions are the given stretches of {@code text}. */
  private static Organization organization(String name, String text, String... forms) {
    List<Span> spans = new java.util.ArrayList<>();
    for (String form : forms) {
      int at = text.indexOf(form);
      spans.add(new Span(at, at + form.length()));
    }
    return new Organization(name, OrganizationType.COMPANY, List.of(name), spans);
  }

  @Test
  void theCanonicalNameIsWrittenWhenTheArticleWritesItWithAnyLegalForm() {
    String text = "Acme CORP. said on Monday that ACME would buy it.";
    assertThat(OrgMentions.writtenName(organization("Acme Inc", text, "Acme CORP.", "ACME"), text)).isEqualTo("Acme Inc");
  }

  @Test
  void otherwiseTheLongestFormWithoutItsLegalFormsIsWritten() {
    String text = "Merrill Lynch and Co Inc and Merrill said so.";
    assertThat(OrgMentions.writtenName(organization("ML", text, "Merrill Lynch and Co Inc", "Merrill"), text))
        .isEqualTo("Merrill Lynch");
  }

  @Test
  void initialsBeforeTheNameBelongToIt() {
    String text = "L.M. Fenwick and Co said it agreed to buy Orchard Mills. Fenwick will pay cash.";
    assertThat(OrgMentions.writtenName(organization("Fenwick and Co", text, "Fenwick and Co", "Fenwick"), text))
        .isEqualTo("L.M. Fenwick and Co");
  }

  @Test
  void aPlacesInitialsBeforeANameAreNotPartOfIt() {
    String text = "Sales rose in the U.S. Harlow Foods said it would build a plant.";
    assertThat(OrgMentions.writtenName(organization("Harlow Foods", text, "Harlow Foods"), text)).isEqualTo("Harlow Foods");
  }

  @Test
  void legalFormsOutsideAsciiAreDroppedToo() {
    String text = "Société Générale S.A. and Société Générale agreed.";
    assertThat(OrgMentions.writtenName(organization("SocGen", text, "Société Générale S.A."), text))
        .isEqualTo("Société Générale");
    String nordic = "Ålands Bank AB said.";
    assertThat(OrgMentions.writtenName(organization("Alandsbanken", nordic, "Ålands Bank AB"), nordic))
        .isEqualTo("Ålands Bank");
  }

  @Test
  void aWordThatOnlyLooksLikeALegalFormStays() {
    String text = "Acme Coal said.";
    assertThat(OrgMentions.writtenName(organization("X", text, "Acme Coal"), text)).isEqualTo("Acme Coal");
  }
}
