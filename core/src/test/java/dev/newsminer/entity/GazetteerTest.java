package dev.newsminer.entity;

import dev.newsminer.OrganizationType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

  static Gazetteer testGazetteer() throws IOException {
    try {
      return Gazetteer.loadOnly(List.of(Path.of(GazetteerTest.class.getResource("test-organizations.tsv").toURI())));
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
  }

  private static Optional<GazetteerMatch> match(String sentence, int from) throws IOException {
    return testGazetteer().longestMatch(List.of(sentence.split(" ")), from);
  }

  @Test
  void readsCanonicalNamesTypesAndAliases() throws IOException {
    Gazetteer g = testGazetteer();
    assertThat(g.size()).isEqualTo(10);
    GazetteerEntry gm = g.lookup("GM").orElseThrow();
    assertThat(gm.name()).isEqualTo("General Motors");
    assertThat(gm.type()).isEqualTo(OrganizationType.COMPANY);
    assertThat(gm.aliases()).containsExactly("GM", "General Motors Corp", "General Motors Company");
    assertThat(g.lookup("BOJ").orElseThrow().type()).isEqualTo(OrganizationType.BANK);
  }

  @Test
  void findsTheLongestNameAtAToken() throws IOException {
    GazetteerMatch m = match("General Motors Corp said on Monday", 0).orElseThrow();
    assertThat(m.start()).isZero();
    assertThat(m.end()).isEqualTo(3);
    assertThat(m.entry().name()).isEqualTo("General Motors");
    assertThat(match("shares of General Motors rose", 2).orElseThrow().end()).isEqualTo(4);
    assertThat(match("shares of General Motors rose", 1)).isEmpty();
  }

  @Test
  void ignoresDotsAndMatchesHyphensAndAmpersandsHoweverTheyAreTokenized() throws IOException {
    assertThat(match("Apple Inc. said", 0).orElseThrow().end()).isEqualTo(2);
    assertThat(match("Wal - Mart stores", 0).orElseThrow().entry().name()).isEqualTo("Wal-Mart Stores");
    assertThat(match("Wal-Mart stores", 0).orElseThrow().end()).isEqualTo(1);
    assertThat(match("AT&T Inc rose", 0).orElseThrow().end()).isEqualTo(2);
  }

  @Test
  void isCaseSensitiveAndNeverMatchesOneLowercaseWord() throws IOException {
    assertThat(match("an apple a day", 1)).isEmpty();
    assertThat(match("a shell company", 1)).isEmpty();
    assertThat(match("the gm plant", 1)).isEmpty();
  }

  @Test
  void matchesHeadlinesInCapitalsIgnoringCaseButNotPlainWords() throws IOException {
    assertThat(match("GENERAL MOTORS CUTS OUTPUT", 0).orElseThrow().entry().name()).isEqualTo("General Motors");
    assertThat(match("PEPSICO RAISES DIVIDEND AGAIN", 0).orElseThrow().entry().name()).isEqualTo("PepsiCo");
    // "APPLE" alone may be the fruit: only the document level links it to Apple
    assertThat(match("APPLE PRICES FALL SHARPLY", 0)).isEmpty();
    assertThat(match("General Motors cuts output", 0).orElseThrow().end()).isEqualTo(2);
  }

  @Test
  void userFilesTakePrecedenceOverEarlierDefinitions(@TempDir Path dir) throws IOException {
    Path mine = dir.resolve("mine.tsv");
    Files.writeString(mine, "Grand Metropolitan\tCOMPANY\tGM\n", StandardCharsets.UTF_8);
    Gazetteer g = Gazetteer.loadOnly(List.of(mine, Path.of(GazetteerTest.class.getResource("test-organizations.tsv").getPath())));
    assertThat(g.lookup("GM").orElseThrow().name()).isEqualTo("Grand Metropolitan");
  }

  @Test
  void reportsFormatErrorsWithFileAndLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "# ok\nAcme\tCOMPANY\tAcme Corp\nBeta\tSHOP\tBeta Inc\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.loadOnly(List.of(bad)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(bad + ":3: type must be one of")
        .hasMessageContaining("got 'SHOP'");
    Files.writeString(bad, "Acme Corp COMPANY\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.loadOnly(List.of(bad)))
        .hasMessageContaining(bad + ":1: expected canonical<TAB>TYPE<TAB>aliases[<TAB>context<TAB>standalone]; got 1 tab-separated field");
    Files.writeString(bad, "\tCOMPANY\tx\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.loadOnly(List.of(bad))).hasMessageContaining(":1: canonical name must not be blank");
    Files.writeString(bad, "Acme\tCOMPANY\tAcme Corp||Acme Inc\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.loadOnly(List.of(bad))).hasMessageContaining(":1: aliases must not be blank");
  }

  @Test
  void missingFileIsAnIoExceptionNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("none.tsv");
    assertThatThrownBy(() -> Gazetteer.load(List.of(missing))).isInstanceOf(IOException.class)
        .hasMessageContaining("none.tsv");
  }

  @Test
  void readsTheNamesThatNeedContextAndTheAcronymsThatStandAlone(@TempDir Path dir) throws IOException {
    Path mine = dir.resolve("mine.tsv");
    Files.writeString(mine, "Target Corp\tCOMPANY\tTarget|Target Corporation\tTarget\n"
        + "Securities and Exchange Commission\tAGENCY\tSEC\t\tSEC\n", StandardCharsets.UTF_8);
    Gazetteer g = Gazetteer.loadOnly(List.of(mine));
    GazetteerEntry target = g.lookup("Target").orElseThrow();
    assertThat(target.contextual()).containsExactly("Target");
    assertThat(g.needsContext(NameKeys.keysOf("Target"), false)).isTrue();
    assertThat(g.needsContext(NameKeys.keysOf("Target Corporation"), false)).isFalse();
    assertThat(g.lookup("SEC").orElseThrow().standsAlone("SEC")).isTrue();
    assertThat(g.lookup("SEC").orElseThrow().contextual()).isEmpty();
  }

  @Test
  void aContextNameMustBeOneOfTheLinesNames(@TempDir Path dir) throws IOException {
    Path mine = dir.resolve("mine.tsv");
    Files.writeString(mine, "Target Corp\tCOMPANY\tTarget\tTargets\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.loadOnly(List.of(mine)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("mine.tsv:1:")
        .hasMessageContaining("'Targets'");
  }
}
