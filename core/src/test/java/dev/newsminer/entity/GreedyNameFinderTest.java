package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsminer.Sentence;
import dev.newsminer.SharedData;
import dev.newsminer.Token;
import dev.newsminer.text.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class GreedyNameFinderTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();
  private static final TokenNameFinderModel MODEL = NameTagger.bundled().orElseThrow().model();

  private final NameFinderME opennlp = new NameFinderME(MODEL);
  private final GreedyNameFinder greedy = new GreedyNameFinder(MODEL);

  @Test
  void bundledModelIsRunByTheOwnDecoder() {
    assertThat(GreedyNameFinder.matchesModel(MODEL)).isTrue();
    assertThat(NameTagger.bundled().orElseThrow().usesOwnDecoder()).isTrue();
  }

  @Test
  void buildsTheSameContextsAsTheModelsGenerator() {
    NameContextGenerator generator = MODEL.getFactory().createContextGenerator();
    String[][] sentences = {
      "Hewlett-Packard Co 's 1987/88 U.S. profit rose 3.5 % , Néstor said on MONDAY .".split(" "),
      "BANK OF AMERICA SAYS IT WILL BUY MERRILL LYNCH".split(" "),
      "Hewlett-Packard Co said the Bank of America unit would buy it .".split(" "),
    };
    int n = greedy.outcomes().length;
    for (String[] words : sentences) {
      int[] previous = new int[words.length];
      for (int i = 0; i < words.length; i++) {
        previous[i] = (3 * i + 1) % n;
      }
      for (int i = 0; i < words.length; i++) {
        assertThat(greedy.contextNumbers(words, i, previous)).as(words[i])
            .isEqualTo(greedy.generatorNumbers(generator, words, i, previous));
      }
      String[] learned = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        learned[i] = greedy.outcomes()[previous[i]];
      }
      generator.updateAdaptiveData(words, learned);
      greedy.learn(words, previous);
    }
  }

  @Test
  void findsShortAndOddSentencesAsOpenNlp() {
    for (String[] words : List.of(new String[] {"Shares"}, new String[] {"IBM", "rose"}, new String[] {"."},
        new String[0], new String[] {"<", "MSFT", ">", "'s", "$", "1.5", "billion", "bid", "--", "a", "record", "?"},
        new String[] {"", "x", "S=begin", "w=ibm", "pd=null", "po=other"})) {
      assertSameNames(words);
      assertSameNames(words.clone()); // the second time with what the document taught
    }
  }

  @Test
  void findsTheExamplesAsOpenNlp() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(SharedData.examples())) {
      files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(assertSameNames(files)).isGreaterThan(1_000);
  }

  @Test
  void findsReutersArticlesAsOpenNlp() throws IOException {
    assertThat(assertSameNames(SharedData.reuters(300))).isGreaterThan(SharedData.corpusWide() ? 20_000 : 8_000);
  }

  @Test
  void startsItsMemoryOverWhenFullAndStillFindsTheSame() {
    List<String[]> sentences = new ArrayList<>();
    for (int i = 0; i < GreedyNameFinder.MAX_WORDS + 10; i += 5) {
      sentences.add(new String[] {"Company" + i, "bought", "Unit" + (i + 1), "for", Integer.toString(i)});
    }
    for (String[] words : sentences) {
      greedy.find(words);
    }
    greedy.clearAdaptiveData();
    for (String[] words : sentences.subList(0, 200)) {
      assertSameNames(words);
    }
  }

  /**
   * Runs both finders over every sentence of the files, each file one document (adaptive data kept
   * across its sentences, cleared after it), twice for the first file to cover reuse after
   * clearing; returns how many tokens were compared.
   */
  private int assertSameNames(List<Path> files) throws IOException {
    int tokens = 0;
    List<Path> runs = new ArrayList<>(files);
    runs.add(files.get(0));
    for (Path file : runs) {
      for (Sentence sentence : ANALYZER.analyze(Files.readString(file))) {
        String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
        assertSameNames(words);
        tokens += words.length;
      }
      opennlp.clearAdaptiveData();
      greedy.clearAdaptiveData();
    }
    return tokens;
  }

  private void assertSameNames(String[] words) {
    Span[] expected = opennlp.find(words);
    Span[] actual = greedy.find(words);
    String sentence = String.join(" ", words);
    assertThat(actual).as(sentence).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as(sentence).isEqualTo(expected[i]); // start, end and type
      assertThat(actual[i].getType()).as(sentence).isEqualTo(expected[i].getType());
      assertThat(Math.abs(actual[i].getProb() - expected[i].getProb())).as(sentence).isLessThanOrEqualTo(1e-9);
    }
  }
}
