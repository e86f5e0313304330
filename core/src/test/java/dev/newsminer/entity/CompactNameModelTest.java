package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsminer.SharedData;
import dev.newsminer.Sentence;
import dev.newsminer.text.TextAnalyzer;
import dev.newsminer.Token;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class CompactNameModelTest {

  private static final TokenNameFinderModel MODEL = NameTagger.bundled().orElseThrow().model();

  @Test
  void theBuildWritesTheBundledModelsCompactFormAndTheBundledTaggerRunsIt() throws IOException {
    try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.BUNDLED_COMPACT_MODEL)) {
      assertThat(in).as("core's build writes " + NameTagger.BUNDLED_COMPACT_MODEL).isNotNull();
      NameModelParameters compact = CompactNameModel.read(in);
      assertThat(compact.sameAs(NameModelParameters.of(MODEL)))
          .as("the compact form holds the bundled OpenNLP model's parameters to the bit").isTrue();
    }
    assertThat(NameTagger.bundled().orElseThrow().usesOwnDecoder()).isTrue();
  }

  @Test
  void readsBackWhatItWrites() throws IOException {
    NameModelParameters parameters = NameModelParameters.of(MODEL);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompactNameModel.write(parameters, bytes);

    NameModelParameters read = CompactNameModel.read(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(read.sameAs(parameters)).isTrue();
    assertThat(read.predicates.get("S=begin")).isEqualTo(parameters.predicates.get("S=begin")).isNotNegative();
  }

  @Test
  void refusesATruncatedOrForeignFile() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompactNameModel.write(NameModelParameters.of(MODEL), bytes);
    byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);

    assertThatThrownBy(() -> CompactNameModel.read(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class).hasMessageContaining("compact name model");
    assertThatThrownBy(() -> CompactNameModel.read(new ByteArrayInputStream("PK\3\4 a zip".getBytes())))
        .isInstanceOf(IOException.class).hasMessageContaining("not a compact name model");
  }

  @Test
  void tagsTheExamplesExactlyAsTheOpenNlpModel() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(SharedData.examples())) {
      files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(assertSameNames(files)).isGreaterThan(100);
  }

  @Test
  void tagsReutersArticlesExactlyAsTheOpenNlpModel() throws IOException {
    assertThat(assertSameNames(SharedData.reuters(100))).isGreaterThan(500);
  }

  /**
   * Tags every sentence of the files with the compact form and with OpenNLP's own finder over the
   * OpenNLP model, each file one document; returns how many names were compared.
   */
  private static int assertSameNames(List<Path> files) throws IOException {
    NameModelParameters compact;
    try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.BUNDLED_COMPACT_MODEL)) {
      compact = CompactNameModel.read(in);
    }
    GreedyNameFinder fromCompact = new GreedyNameFinder(compact);
    NameFinderME opennlp = new NameFinderME(MODEL);
    TextAnalyzer analyzer = new TextAnalyzer();
    int names = 0;
    for (Path file : files) {
      for (Sentence sentence : analyzer.analyze(Files.readString(file))) {
        String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
        Span[] expected = opennlp.find(words);
        Span[] actual = fromCompact.find(words);
        assertThat(actual).as(String.join(" ", words)).containsExactly(expected);
        for (int i = 0; i < expected.length; i++) {
          assertThat(actual[i].getType()).isEqualTo(expected[i].getType());
          assertThat(actual[i].getProb()).isEqualTo(expected[i].getProb());
        }
        names += expected.length;
      }
      opennlp.clearAdaptiveData();
      fromCompact.clearAdaptiveData();
    }
    return names;
  }
}
