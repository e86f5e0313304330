package dev.newsminer.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.commitment.Lexicon.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerFinderTest {

  private static List<TriggerHit> hits(String text, String... orgs) {
    return new TriggerFinder(Sentences.view(text, orgs)).find();
  }

  @Test
  void findsAModalAndItsActionByTag() {
    SentenceView v = Sentences.view("Acme will build a plant.", "Acme");
    List<TriggerHit> found = new TriggerFinder(v).find();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).cls()).isEqualTo(Trigger.MODAL);
    assertThat(v.lemma[found.get(0).action()]).isEqualTo("build");
  }

  @Test
  void findsAgreementsByVerbAndNounLemmasNotExactPhrases() {
    for (String text : List.of("Acme has entered into a definitive agreement to acquire Brill.",
        "Acme reached a tentative accord to sell Brill.", "Acme signed a final contract to buy Brill.")) {
      List<TriggerHit> found = hits(text, "Acme", "Brill");
      assertThat(found).as(text).hasSize(1);
      assertThat(found.get(0).cls()).as(text).isEqualTo(Trigger.AGREE);
      assertThat(found.get(0).agreement()).as(text).isTrue();
    }
  }

  @Test
  void readinessBindsWhenCommittedAndIntendsWhenWilling() {
    assertThat(hits("Harwell Foods remains committed to invest 10 mln dlrs in Ohio.", "Harwell Foods")).extracting(TriggerHit::cls)
        .containsExactly(Trigger.COMMIT);
    assertThat(hits("Harwell Foods is ready to sell its stake in Brill.", "Harwell Foods", "Brill")).extracting(TriggerHit::cls)
        .containsExactly(Trigger.INTENT);
  }

  @Test
  void moneyReceivedFromAGiverNamesItsOwner() {
    SentenceView v = Sentences.view("Brill secured a 5 mln dlr loan from Halden Bank.", "Brill", "Halden Bank=BANK");
    List<TriggerHit> found = new TriggerFinder(v).find();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).owner().name()).isEqualTo("Halden Bank");
    assertThat(found.get(0).noun()).isEqualTo("loan");
  }

  @Test
  void aSentenceWithoutTriggersHasNone() {
    assertThat(hits("Acme shares rose 3 pct on Monday.", "Acme")).isEmpty();
  }
}
