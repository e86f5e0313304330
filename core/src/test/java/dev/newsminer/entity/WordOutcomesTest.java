package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordOutcomesTest {

  @Test
  void remembersTheLastOutcomeOfEachWord() {
    WordOutcomes outcomes = new WordOutcomes();
    outcomes.put("IBM", 2);
    outcomes.put("said", 0);
    outcomes.put("IBM", 1);
    assertThat(outcomes.get("IBM")).isEqualTo(1);
    assertThat(outcomes.get("said")).isZero();
    assertThat(outcomes.get("Apple")).isEqualTo(-1);
  }

  @Test
  void forgetsEveryWordWhenCleared() {
    WordOutcomes outcomes = new WordOutcomes();
    outcomes.put("IBM", 2);
    outcomes.clear();
    assertThat(outcomes.get("IBM")).isEqualTo(-1);
    outcomes.put("IBM", 3);
    assertThat(outcomes.get("IBM")).isEqualTo(3);
  }

  @Test
  void holdsMoreWordsThanItStartedWithRoomFor() {
    WordOutcomes outcomes = new WordOutcomes();
    for (int i = 0; i < 5_000; i++) {
      outcomes.put("w" + i, i % 7);
    }
    for (int i = 0; i < 5_000; i++) {
      assertThat(outcomes.get("w" + i)).isEqualTo(i % 7);
    }
  }
}
