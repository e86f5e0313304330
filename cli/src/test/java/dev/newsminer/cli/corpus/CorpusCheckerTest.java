package dev.newsminer.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsminer.text.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCheckerTest {

  private static final CorpusBuilder BUILDER = new CorpusBuilder(new TextAnalyzer());

  @Test
  void theProjectCorpusIsValidAndUpToDate() throws IOException {
    Path corpus = projectRoot().resolve("training/ner-corpus");
    assertThat(new CorpusChecker(BUILDER).check(corpus)).isEmpty();
  }

  @Test
  void parsesInlineMarks() {
    MarkedText t = MarkedText.parse("[ORG IBM]'s chief met [PER Ann Lee] in [LOC Paris].");
    assertThat(t.text()).isEqualTo("IBM's chief met Ann Lee in Paris.");
    assertThat(t.names()).containsExactly(new MarkedText.Name(0, 3, "ORG"), new MarkedText.Name(16, 23, "PER"),
        new MarkedText.Name(27, 32, "LOC"));
  }

  @Test
  void rejectsMalformedMarksWithTheirLine() {
    assertThatThrownBy(() -> MarkedText.parse("ok\n[COMPANY Acme] said")).hasMessageStartingWith("line 2: mark must start");
    assertThatThrownBy(() -> MarkedText.parse("[ORG Acme said")).hasMessageContaining("unclosed");
    assertThatThrownBy(() -> MarkedText.parse("[ORG Bank of [LOC Japan]]")).hasMessageContaining("nested");
    assertThatThrownBy(() -> MarkedText.parse("a ] b")).hasMessageContaining("outside a mark");
  }

  @Test
  void tagsTokensInBio2AndSplitsThePossessiveOff() {
    var story = BUILDER.tag("s.txt", "HEADLINE\n\n[ORG General Motors Corp]'s plant in [LOC Ohio] will close.");
    assertThat(story.sentences().get(1)).extracting(r -> r[0] + "/" + r[1]).containsExactly(
        "General/B-ORG", "Motors/I-ORG", "Corp/I-ORG", "'s/O", "plant/O", "in/O", "Ohio/B-LOC", "will/O", "close/O", "./O");
  }

  @Test
  void aMarkThatCutsATokenIsAnError() {
    assertThatThrownBy(() -> BUILDER.tag("s.txt", "a [MISC Chinese]-owned mine")).hasMessageContaining("cuts the token");
  }

  @Test
  void findsBadTagsAndBrokenContinuations() {
    List<String> problems = CorpusChecker.checkFormat("f.tsv",
        List.of("-DOCSTART-\tO", "", "Acme\tB-ORG", "Corp\tI-ORG", "in\tO", "Ohio\tI-LOC", "x\tB-COMPANY", "bad line"));
    assertThat(problems).containsExactly(
        "f.tsv: line 6: 'I-LOC' does not continue a name (previous tag O)",
        "f.tsv: line 7: unknown tag 'B-COMPANY'",
        "f.tsv: line 8: expected token<TAB>TAG with a token without spaces; got 'bad line'");
  }

  @Test
  void listsStringsTaggedDifferentlyButNotPartsOfLongerNames() {
    List<List<String[]>> sentences = List.of(
        sentence("Apple/B-ORG", "rose/O"),
        sentence("Apple/O", "pie/O"),
        sentence("U.S./B-LOC"),
        sentence("U.S./B-ORG", "Army/I-ORG"));
    Map<String, Map<String, Integer>> found = CorpusChecker.inconsistencies(sentences);
    assertThat(found).containsOnlyKeys("Apple");
    assertThat(found.get("Apple")).containsEntry("ORG", 1).containsEntry("O", 1);
  }

  private static List<String[]> sentence(String... tokensWithTags) {
    return java.util.Arrays.stream(tokensWithTags).map(t -> t.split("/")).toList();
  }

  static Path projectRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("training/ner-corpus"))) {
        return p;
      }
    }
    throw new IllegalStateException("project root not found");
  }
}
