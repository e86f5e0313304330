package dev.newsminer.entity;

import dev.newsminer.Organization;
import dev.newsminer.OrganizationType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled gazetteer on the gaps that news from several decades showed (issue 12). */
class BundledGazetteerTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static final OrganizationFinder FINDER =
      OrganizationFinder.of(null, Gazetteer.bundled(), OrganizationFinder.Layers.all());

  private static List<Organization> find(String text) {
    return FINDER.find(text, ANALYZER.analyze(text));
  }

  private static List<String> names(String text) {
    return find(text).stream().map(Organization::name).toList();
  }

  @Test
  void knowsTheCarmakersAndCameraMakersEveryReaderKnows() {
    assertThat(names("Kodak and Polaroid settled their patent dispute after years in court."))
        .containsExactly("Kodak", "Polaroid");
    assertThat(names("Automaker GM will cut 10,000 jobs at Opel and Vauxhall, the company said."))
        .contains("Opel", "Vauxhall");
    assertThat(Gazetteer.bundled().lookup("Eastman Kodak").orElseThrow().name()).isEqualTo("Kodak");
  }

  @Test
  void regulatorsAndCentralBanksByTheirAcronymsAloneHaveTheirTypes() {
    Organization sec = find("The SEC said on Monday it would fine the broker.").get(0);
    assertThat(sec.name()).isEqualTo("Securities and Exchange Commission");
    assertThat(sec.type()).isEqualTo(OrganizationType.AGENCY);
    Organization ecb = find("The ECB raised interest rates on Thursday.").get(0);
    assertThat(ecb.name()).isEqualTo("European Central Bank");
    assertThat(ecb.type()).isEqualTo(OrganizationType.BANK);
    assertThat(ecb.aliases()).contains("ECB");
  }

  @Test
  void currencyCodesAfterAmountsAreNotOrganizations() {
    assertThat(find("The dollar closed at 1.8210 DMK , 1.5145 SFR and 2.0540 DFL in Frankfurt.")).isEmpty();
    assertThat(Gazetteer.bundled().lookup("DMK")).isEmpty();
    assertThat(Gazetteer.bundled().lookup("DLR")).isEmpty();
  }

  @Test
  void ambiguousAcronymsAreNotResolvedToOneBody() {
    // "ICO" is the coffee organization in 1980s wire copy and the UK data regulator today
    assertThat(Gazetteer.bundled().lookup("ICO")).isEmpty();
    assertThat(names("The ICO said export quotas would return in October.")).doesNotContain("Information Commissioner's Office");
    assertThat(names("The International Coffee Organization (ICO) met in London. The ICO said quotas would return."))
        .containsExactly("International Coffee Organization");
  }

  @Test
  void commonWordNamesAndCityClubsAreMarkedForContext() {
    GazetteerEntry target = Gazetteer.bundled().lookup("Target").orElseThrow();
    assertThat(target.needsContext("Target")).isTrue();
    assertThat(target.needsContext("Target Corporation")).isFalse();
    assertThat(Gazetteer.bundled().lookup("Liverpool").orElseThrow().needsContext("Liverpool")).isTrue();
    assertThat(Gazetteer.bundled().lookup("Visa").orElseThrow().needsContext("Visa")).isTrue();
    assertThat(Gazetteer.bundled().lookup("Microsoft").orElseThrow().contextual()).isEmpty();
  }
}
