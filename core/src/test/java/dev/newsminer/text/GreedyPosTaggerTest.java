package dev.newsminer.text;

import dev.newsminer.Sentence;
import dev.newsminer.Token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class GreedyPosTaggerTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private final POSTaggerME opennlp = new POSTaggerME(TextModels.pos(), POSTagFormat.UD);
  private final GreedyPosTagger greedy = new GreedyPosTagger(TextModels.pos());

  @Test
  void buildsTheSameContextsAsTheModelsGenerator() {
    String[] words = {"Hewlett-Packard", "Co", "'s", "1987/88", "U.S.", "profit", "rose", "3.5", "%", ",", "Néstor",
        "said", "on", "MONDAY", "."};
    int[] previous = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      previous[i] = greedy.outcome(i % 2 == 0 ? "PROPN" : "NOUN");
    }
    for (int i = 0; i < words.length; i++) {
      assertThat(greedy.contextNumbers(words, i, previous)).as(words[i])
          .isEqualTo(greedy.generatorNumbers(words, i, previous));
    }
  }

  @Test
  void tagsShortAndOddSentencesAsOpenNlp() {
    for (String[] words : List.of(new String[] {"Shares"}, new String[] {"IBM", "rose"}, new String[] {"."},
        new String[] {"<", "MSFT", ">", "'s", "$", "1.5", "billion", "bid", "--", "a", "record", "?"},
        new String[] {"", "x", "S=begin", "w=ibm", "t=NOUN"})) {
      assertSameTags(words);
      assertSameTags(words); // the second time from memory
    }
  }

  @Test
  void tagsTheExamplesAsOpenNlp() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(SharedData.examples())) {
      files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(assertSameTags(files)).isGreaterThan(1_000);
  }

  @Test
  void tagsReutersArticlesAsOpenNlp() throws IOException {
    assertThat(assertSameTags(SharedData.reuters(300))).isGreaterThan(SharedData.corpusWide() ? 20_000 : 8_000);
  }

  @Test
  void startsItsMemoryOverWhenFullAndStillTagsTheSame() {
    List<String[]> sentences = new ArrayList<>();
    for (int i = 0; i < GreedyPosTagger.MAX_WORDS + 10; i += 5) {
      sentences.add(new String[] {"Company" + i, "bought", "unit" + (i + 1), "for", Integer.toString(i)});
    }
    for (String[] words : sentences) {
      greedy.tag(words);
    }
    for (String[] words : sentences.subList(0, 200)) {
      assertSameTags(words);
    }
  }

  /** Tags every sentence of the files with both taggers; returns how many tokens were compared. */
  private int assertSameTags(List<Path> files) throws IOException {
    int tokens = 0;
    for (Path file : files) {
      for (Sentence sentence : ANALYZER.analyze(Files.readString(file))) {
        String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
        assertSameTags(words);
        tokens += words.length;
      }
    }
    return tokens;
  }

  private void assertSameTags(String[] words) {
    assertThat(greedy.tag(words)).as(String.join(" ", words)).containsExactly(opennlp.tag(words));
  }
}
