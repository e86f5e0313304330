package dev.newsminer.entity;

import dev.newsminer.Organization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventNamesTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static final OrganizationFinder FINDER =
      OrganizationFinder.of(null, Gazetteer.bundled(), OrganizationFinder.Layers.all());

  private static List<String> names(String text) {
    return FINDER.find(text, ANALYZER.analyze(text)).stream().map(Organization::name).toList();
  }

  private static boolean event(String name) {
    String[] t = name.split(" ");
    return EventNames.namesEvent(t, 0, t.length);
  }

  @Test
  void namesHeadedByAnEventWordAreEvents() {
    assertThat(event("Worldwide Developers Conference")).isTrue();
    assertThat(event("Paris Air Show")).isTrue();
    assertThat(event("Expo 2030")).isTrue();
    assertThat(event("Conference on Disarmament")).isTrue();
    assertThat(event("Davis Cup")).isTrue();
    assertThat(event("Consumer Electronics Show")).isTrue();
  }

  @Test
  void anOrganizationWordOrALegalFormAtTheHeadIsNoEvent() {
    assertThat(event("Conference Board")).isFalse();
    assertThat(event("Summit Therapeutics Inc")).isFalse();
    assertThat(event("Games Workshop Group")).isFalse();
    assertThat(event("World Economic Forum")).isFalse();
  }

  @Test
  void anEventAndItsAcronymAreNotReportedAsOrganizations() {
    assertThat(names("Thousands of developers came to the Orchard Developers Conference (ODC) in Lisbon on Monday."))
        .isEmpty();
    assertThat(names("Plans for the Harbour Games were shown to the Harbour Games Council in March."))
        .containsExactly("Harbour Games Council");
  }

  @Test
  void theGazetteerKeepsOrganizationsNamedLikeEvents() {
    assertThat(names("The Conference Board said consumer confidence fell.")).containsExactly("Conference Board");
    assertThat(names("Riot Games said it would open a studio.")).containsExactly("Riot Games");
    assertThat(names("The Big Ten Conference said the season would start late.")).containsExactly("Big Ten Conference");
    assertThat(names("Kernel developers met at the Kernel Summit while the World Economic Forum met in Davos."))
        .containsExactly("World Economic Forum");
  }
}
