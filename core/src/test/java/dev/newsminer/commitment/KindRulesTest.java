package dev.newsminer.commitment;

import dev.newsminer.CommitmentKind;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KindRulesTest {

  private static CommitmentKind kind(String text, String... orgs) {
    SentenceView v = Sentences.view(text, orgs);
    TriggerHit h = new TriggerFinder(v).find().get(0);
    FieldReader fields = new FieldReader(v);
    int end = fields.clauseEnd(h, v.n);
    return new KindRules(v).kind(h, end, fields.amount(h, 0, end), false);
  }

  @Test
  void theActionsLemmaDecidesTheKind() {
    assertThat(kind("Acme will acquire Brill.", "Acme", "Brill")).isEqualTo(CommitmentKind.ACQUISITION);
    assertThat(kind("Acme will invest 5 mln dlrs in a mill.", "Acme")).isEqualTo(CommitmentKind.INVESTMENT);
    assertThat(kind("Acme will lend 5 mln dlrs to Brill.", "Acme", "Brill")).isEqualTo(CommitmentKind.FUNDING);
    assertThat(kind("Harwell Foods aims to promote open science.", "Harwell Foods")).isEqualTo(CommitmentKind.TARGET);
    assertThat(kind("Acme will keep its 300 workers.", "Acme")).isEqualTo(CommitmentKind.PLEDGE);
  }

  @Test
  void aBuyBackIsAnInvestmentBeforeAnyOtherKind() {
    assertThat(kind("Acme will offer to buy back 5 mln dlrs of its notes in a repurchase.", "Acme"))
        .isEqualTo(CommitmentKind.INVESTMENT);
  }
}
