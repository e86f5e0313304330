package dev.newsminer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LowerCaseTest {

  @Test
  void lowerCasesAsTheRootLocaleDoes() {
    for (String word : List.of("Bank", "IBM", "already", "Ünion", "İstanbul", "ΣΟΦΙΑ", "", "U.S.", "McDONALD'S")) {
      assertThat(LowerCase.of(word)).isEqualTo(word.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void givesTheSameStringForAWordSeenBefore() {
    String first = LowerCase.of(new String("Reuters"));
    assertThat(LowerCase.of(new String("Reuters"))).isSameAs(first);
  }

  @Test
  void givesAWordAlreadyInLowerCaseBackAsItIs() {
    String word = new String("said");
    assertThat(LowerCase.of(word)).isSameAs(word);
  }

  @Test
  void givesTheRightAnswerWhenThreadsShareTheMemory() throws Exception {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      words.add("Word" + i + (i % 3 == 0 ? "X" : ""));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        results.add(pool.submit(() -> {
          for (String w : words) {
            if (!LowerCase.of(w).equals(w.toLowerCase(Locale.ROOT))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
