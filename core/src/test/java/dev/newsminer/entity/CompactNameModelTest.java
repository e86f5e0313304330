package dev.newsminer.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsminer.Sentence;
import dev.newsminer.SharedData;
import dev.newsminer.Token;
import dev.newsminer.text.TextAnalyzer;
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

  /** The model as {@code train-ner} wrote it; core's build writes the compact form the jar carries from it. */
  private static final Path TRAINED = Path.of("src/main/resources/dev/newsminer/entity/ner-en-news.bin");
  private static final TokenNameFinderModel MODEL = trained();

  private static TokenNameFinderModel trained() {
    OpenNlpExtensions.allow();
    try {
      return new TokenNameFinderModel(TRAINED);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theJarCarriesOnlyTheCompactFormAndItHoldsTheTrainedModelsParametersToTheBit() throws IOException {
    assertThat(NameTagger.class.getResource(NameTagger.BUNDLED_MODEL)).as("the OpenNLP form stays out of the jar").isNull();
    try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.BUNDLED_COMPACT_MODEL)) {
      assertThat(in).as("core's build writes " + NameTagger.BUNDLED_COMPACT_MODEL).isNotNull();
      NameModelParameters compact = CompactNameModel.read(in);
      assertThat(compact.sameAs(NameModelParameters.of(MODEL)))
          .as("the compact form holds the trained model's parameters to the bit").isTrue();
    }
    assertThat(NameTagger.bundled().orElseThrow().usesOwnDecoder()).isTrue();
  }

  @Test
  void theOpenNlpModelRebuiltFromTheCompactFormHoldsTheTrainedModelsParameters() throws IOException {
    TokenNameFinderModel rebuilt = NameTagger.bundled().orElseThrow().model();
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    rebuilt.serialize(saved);
    TokenNameFinderModel reread = new TokenNameFinderModel(new ByteArrayInputStream(saved.toByteArray()));

    assertThat(NameModelParameters.of(rebuilt).sameAs(NameModelParameters.of(MODEL))).isTrue();
    assertThat(NameModelParameters.of(reread).sameAs(NameModelParameters.of(MODEL))).isTrue();
    Object list = rebuilt.getArtifact(NameList.RESOURCE);
    assertThat(list).isInstanceOf(NameList.class);
    assertThat(GreedyNameFinder.matchesModel(rebuilt)).isTrue();
  }

  @Test
  void theBundledResourcesStayUnder25Megabytes() throws Exception {
    Path classes = Path.of(NameTagger.class.getResource(NameTagger.BUNDLED_COMPACT_MODEL).toURI())
        .getParent().getParent().getParent().getParent();
    long bytes;
    try (Stream<Path> files = Files.walk(classes)) {
      bytes = files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".class"))
          .mapToLong(f -> f.toFile().length()).sum();
    }
    assertThat(bytes).as("resources under " + classes).isLessThan(25_000_000L);
  }

  @Test
  void readsBackWhatItWrites() throws IOException {
    NameModelParameters parameters = NameModelParameters.of(MODEL);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompactNameModel.write(parameters, bytes);

    NameModelParameters read = CompactNameModel.read(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(read.sameAs(parameters)).isTrue();
    assertThat(read.keys[read.predicates.get("S=begin")]).isEqualTo("S=begin");
    assertThat(read.keys).as("written in string order, each string packed against the one before").isSorted();
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
   * Tags every sentence of the files with the compact form, with OpenNLP's own finder over the
   * trained model and with it over the model rebuilt from the compact form, each file one document;
   * returns how many names were compared.
   */
  private static int assertSameNames(List<Path> files) throws IOException {
    NameModelParameters compact;
    try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.BUNDLED_COMPACT_MODEL)) {
      compact = CompactNameModel.read(in);
    }
    GreedyNameFinder fromCompact = new GreedyNameFinder(compact);
    NameFinderME opennlp = new NameFinderME(MODEL);
    NameFinderME rebuilt = new NameFinderME(NameTagger.bundled().orElseThrow().model());
    TextAnalyzer analyzer = new TextAnalyzer();
    int names = 0;
    for (Path file : files) {
      for (Sentence sentence : analyzer.analyze(Files.readString(file))) {
        String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
        Span[] expected = opennlp.find(words);
        for (Span[] actual : List.of(fromCompact.find(words), rebuilt.find(words))) {
          assertThat(actual).as(String.join(" ", words)).containsExactly(expected);
          for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i].getType()).isEqualTo(expected[i].getType());
            assertThat(actual[i].getProb()).isEqualTo(expected[i].getProb());
          }
        }
        names += expected.length;
      }
      opennlp.clearAdaptiveData();
      fromCompact.clearAdaptiveData();
      rebuilt.clearAdaptiveData();
    }
    return names;
  }
}
