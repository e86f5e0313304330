package dev.newsminer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationNamesTest {

  private static final List<Organization> ARTICLE = List.of(
      new Organization("Nestlé", OrganizationType.COMPANY, List.of("Nestlé", "Nestlé SA"), List.of(new Span(0, 6))),
      new Organization("Nissan Motor", OrganizationType.COMPANY, List.of("Nissan Motor", "Nissan"),
          List.of(new Span(20, 32))));

  @Test
  void commitmentsUseTheNamesOfTheArticlesOrganizations() {
    Commitment written = commitment("Nestle", List.of("Nissan", "Hollowbrook Pet Foods"));

    Commitment named = new OrganizationNames(ARTICLE).apply(List.of(written)).get(0);

    assertThat(named.organization()).isEqualTo("Nestlé");
    assertThat(named.partners()).containsExactly("Nissan Motor", "Hollowbrook Pet Foods");
    assertThat(named.kind()).isEqualTo(written.kind());
    assertThat(named.evidence()).isEqualTo(written.evidence());
  }

  @Test
  void caseAccentsAndALegalFormDoNotMakeAnotherName() {
    OrganizationNames names = new OrganizationNames(ARTICLE);
    assertThat(names.name("NESTLE S.A.".replace(".", ""))).isEqualTo("Nestlé");
    assertThat(names.name("nissan motor co ltd")).isEqualTo("Nissan Motor");
    assertThat(names.name("Unknown Holdings")).isEqualTo("Unknown Holdings");
  }

  @Test
  void aPartnerThatIsTheCommitterItselfIsDropped() {
    Commitment c = new OrganizationNames(ARTICLE).apply(List.of(commitment("Nissan", List.of("Nissan Motor")))).get(0);
    assertThat(c.organization()).isEqualTo("Nissan Motor");
    assertThat(c.partners()).isEmpty();
  }

  @Test
  void aCountryActingAsItsGovernmentJoinsTheOrganizations() {
    String text = "Kenya will provide land for the plant. Nestlé said Kenya's offer was generous.";
    OrganizationNames names = new OrganizationNames(ARTICLE);
    List<Commitment> commitments = names.apply(List.of(commitment("Kenya", List.of("Nestle"))));

    List<Organization> all = names.complete(ARTICLE, commitments, text);

    assertThat(all).hasSize(3).startsWith(ARTICLE.toArray(new Organization[0]));
    Organization kenya = all.get(2);
    assertThat(kenya.name()).isEqualTo("Kenya");
    assertThat(kenya.type()).isEqualTo(OrganizationType.GOVERNMENT);
    assertThat(kenya.spans()).extracting(s -> text.substring(s.start(), s.end())).containsExactly("Kenya", "Kenya");
    assertThat(commitments.get(0).partners()).containsExactly("Nestlé");
  }

  private static Commitment commitment(String organization, List<String> partners) {
    return new Commitment(organization, partners, CommitmentKind.ACQUISITION, "agreed to acquire", null,
        "acquire Hollowbrook Pet Foods", null, null, 0.9, new Evidence("Nestle agreed to acquire it.", 0, 28));
  }
}
