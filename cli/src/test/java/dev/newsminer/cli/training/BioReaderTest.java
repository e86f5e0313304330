package dev.newsminer.cli.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BioReaderTest {

  private static List<LabeledSentence> read(String text) throws IOException {
    return BioReader.read(new StringReader(text), "test.tsv");
  }

  @Test
  void readsBio2SentencesAndDocuments() throws IOException {
    List<LabeledSentence> sentences = read("""
        -DOCSTART-\tO

        General\tB-ORG
        Motors\tI-ORG
        rose\tO
        .\tO

        Ford\tB-ORG
        fell\tO

        -DOCSTART-\tO

        Ann\tB-PER
        Lee\tI-PER
        """);

    assertThat(sentences).hasSize(3);
    assertThat(sentences.get(0).tokens()).containsExactly("General", "Motors", "rose", ".");
    assertThat(sentences.get(0).tags()).containsExactly("B-ORG", "I-ORG", "O", "O");
    assertThat(sentences).extracting(LabeledSentence::documentStart).containsExactly(true, false, true);
  }

  @Test
  void convertsIob1ToBio2() throws IOException {
    List<LabeledSentence> sentences = read("""
        IBM I-ORG
        and O
        Intel I-ORG
        Sony B-ORG
        met O
        """);

    assertThat(sentences.get(0).tags()).containsExactly("B-ORG", "O", "B-ORG", "B-ORG", "O");
  }

  @Test
  void takesTheLastColumnAsTheTag() throws IOException {
    List<LabeledSentence> sentences = read("Paris\tNNP\tB-NP\tB-LOC\nis\tVBZ\tB-VP\tO\n");

    assertThat(sentences.get(0).tokens()).containsExactly("Paris", "is");
    assertThat(sentences.get(0).tags()).containsExactly("B-LOC", "O");
  }

  @Test
  void startsADocumentAtTheFirstSentenceEvenWithoutDocstart() throws IOException {
    assertThat(read("a\tO\n\nb\tO\n")).extracting(LabeledSentence::documentStart).containsExactly(true, false);
  }

  @Test
  void reportsALineWithoutATagWithItsNumber() {
    assertThatThrownBy(() -> read("IBM\tB-ORG\nrose\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.tsv:2")
        .hasMessageContaining("a token and a tag");
  }

  @Test
  void reportsABadTagWithItsNumber() {
    assertThatThrownBy(() -> read("IBM\tB-ORG\n\nrose\tX-ORG\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.tsv:3")
        .hasMessageContaining("got \"X-ORG\"");
  }

  @Test
  void givesTheSentenceNamesAsSpans() throws IOException {
    LabeledSentence s = read("The\tO\nBank\tB-ORG\nof\tI-ORG\nJapan\tI-ORG\nsaid\tO\n").get(0);

    assertThat(s.names()).hasSize(1);
    assertThat(s.names()[0].getStart()).isEqualTo(1);
    assertThat(s.names()[0].getEnd()).isEqualTo(4);
    assertThat(s.names()[0].getType()).isEqualTo("ORG");
  }

  @Test
  void aTwitterHandlesBareSignTaggedAsANameIsDroppedAndTheHandleKeepsTheName() throws IOException {
    List<LabeledSentence> sentences = read("""
        via\tO
        @\tB-ORG
        HarbourlineNews\tB-ORG
        and\tO
        @\tO
        home\tO
        \tO
        !\tO
        """);

    assertThat(sentences).hasSize(1);
    assertThat(sentences.get(0).tokens()).containsExactly("via", "HarbourlineNews", "and", "@", "home", "!");
    assertThat(sentences.get(0).tags()).containsExactly("O", "B-ORG", "O", "O", "O", "O");
  }
}
