package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rough edges a newcomer meets first: each says in one line what to do instead. */
class CommandLineEdgesTest {

  @TempDir Path dir;

  @Test
  void anUnknownCommandIsNamedWithTheCommandsThereAre() {
    CommandRun cli = new CommandRun();
    assertThat(cli.run("frobnicate")).isEqualTo(2);
    assertThat(cli.err().strip()).startsWith("newsminer: unknown command 'frobnicate' (commands: extract,")
        .contains("search").endsWith("see 'newsminer --help')").doesNotContain("index 0");
  }

  @Test
  void kindsAreTakenInAnyCase() throws IOException {
    Path index = Files.createDirectories(dir.resolve("empty-index"));
    CommandRun indexing = new CommandRun();
    assertThat(indexing.run("index", Files.writeString(dir.resolve("a.txt"), "Headline\nBody.").toString(),
        "--index", index.toString())).isZero();
    CommandRun cli = new CommandRun();
    assertThat(cli.run("search", "*:*", "--commitments", "--kind", "funding", "--index", index.toString())).isZero();
    assertThat(cli.out()).startsWith("0 commitments match");
  }

  @Test
  void countsReadAsEnglishAndSayWhenHitsAreLeftOut() {
    assertThat(SearchCommand.summary(1, 1, false)).isEqualTo("1 article matches");
    assertThat(SearchCommand.summary(3, 3, false)).isEqualTo("3 articles match");
    assertThat(SearchCommand.summary(37, 10, true))
        .isEqualTo("37 commitments match; the first 10 are shown (--limit N for more)");
  }

  @Test
  void theCorpusCommandsRunOutsideTheProjectRootSayWhere() {
    CommandRun cli = new CommandRun();
    assertThat(cli.run("corpus", "check", "--corpus", dir.resolve("training/ner-corpus").toString())).isEqualTo(2);
    assertThat(cli.err()).startsWith("newsminer: no corpus in ").contains("--corpus DIR").doesNotContain("Exception");
  }

  @Test
  void anIndexThatIsAFileIsRefusedAsSuch() throws IOException {
    Path readme = Files.writeString(dir.resolve("README.md"), "# notes\n");
    CommandRun cli = new CommandRun();
    assertThat(cli.run("search", "*:*", "--index", readme.toString())).isEqualTo(2);
    assertThat(cli.err()).contains(readme + " is a file").doesNotContain("does not exist");
  }
}
