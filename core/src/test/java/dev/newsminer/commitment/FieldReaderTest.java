package dev.newsminer.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldReaderTest {

  @Test
  void theAmountIsTheTriggersOwnNotOneInARelativeClause() {
    SentenceView v = Sentences.view("Acme will lend 20 mln dlrs to Brill, which owes 700 mln dlrs.", "Acme", "Brill");
    TriggerHit h = new TriggerFinder(v).find().get(0);
    FieldReader fields = new FieldReader(v);
    int end = fields.clauseEnd(h, v.n);
    assertThat(fields.amount(h, 0, end).amount().value()).isEqualTo(2e7);
  }

  @Test
  void aPricePerShareIsTheAmountOnlyWhenNoSumIsStated() {
    SentenceView v = Sentences.view("Acme agreed to acquire Brill for 40 dlrs a share.", "Acme", "Brill");
    TriggerHit h = new TriggerFinder(v).find().get(0);
    FieldReader fields = new FieldReader(v);
    assertThat(fields.amount(h, 0, v.n).amount().value()).isEqualTo(40.0);
  }

  @Test
  void thePurposeIsThePhraseOfTheAction() {
    SentenceView v = Sentences.view("Acme will build a 5 mln dlr plant in Ohio by 2026.", "Acme");
    TriggerHit h = new TriggerFinder(v).find().get(0);
    FieldReader fields = new FieldReader(v);
    int end = fields.clauseEnd(h, v.n);
    TimeframeParser.Found tf = fields.timeframe(h, 0, end);
    int start = fields.purposeStart(h, fields.amount(h, 0, end), end);
    assertThat(v.span(start, fields.purposeEnd(start, end, tf))).isEqualTo("build a 5 mln dlr plant in Ohio");
    assertThat(tf.timeframe().text()).isEqualTo("by 2026");
  }
}
