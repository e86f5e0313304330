package dev.newsminer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void findsAKeyByAnyRangeThatSpellsIt() {
    TextTable<Integer> table = new TextTable<>(10);
    table.put("Reuters", 7);
    assertThat(table.get("(Reuters) said", 1, 8)).isEqualTo(7);
    assertThat(table.get("Reuters", 0, 7)).isEqualTo(7);
    assertThat(table.get("Reuter", 0, 6)).isNull();
    assertThat(table.get("(Reuters) said", 1, 9)).isNull();
    assertThat(table.get("", 0, 0)).isNull();
  }

  @Test
  void keepsKeysThatCollideApart() {
    TextTable<String> table = new TextTable<>(100);
    // "Aa" and "BB" have the same String hash code
    table.put("Aa", "first");
    table.put("BB", "second");
    assertThat(table.get("xAa", 1, 3)).isEqualTo("first");
    assertThat(table.get("BBx", 0, 2)).isEqualTo("second");
  }

  @Test
  void startsOverWhenFull() {
    TextTable<Integer> table = new TextTable<>(3);
    for (int i = 0; i < 3; i++) {
      table.put("k" + i, i);
    }
    assertThat(table.size()).isEqualTo(3);
    table.put("k3", 3);
    assertThat(table.size()).isEqualTo(1);
    assertThat(table.get("k0", 0, 2)).isNull();
    assertThat(table.get("k3", 0, 2)).isEqualTo(3);
  }

  @Test
  void rejectsANonPositiveBound() {
    assertThatThrownBy(() -> new TextTable<>(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxEntries must be > 0; got 0");
  }
}
