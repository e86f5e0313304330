package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An index of the project's {@code examples/} plus one article written here whose headline and
 * text hold markup ({@code <script>}, {@code <img onerror>}, {@code &}), built once per test JVM by
 * the {@code index} command and shared by the serve tests, which only read it.
 */
final class ExamplesIndex {

  /** The hostile article's headline, exactly as written in its file. */
  static final String HOSTILE_TITLE = "Acme <script>window.__pwned = 1</script> & Sons to fund <b>robotics</b> lab";
  /** A sentence of the hostile article's text, exactly as written. */
  static final String HOSTILE_SENTENCE = "Acme & Sons said it will invest $5 million in a robotics lab"
      + " <img src=x onerror=\"window.__pwned = 2\"> & school.";

  private static Path folder;

  private ExamplesIndex() {}

  /** The index folder, built on first use. */
  static synchronized Path folder() {
    if (folder == null) {
      try {
        Path dir = Files.createTempDirectory("newsminer-serve-test");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        Path hostile = dir.resolve("hostile.txt");
        Files.writeString(hostile, HOSTILE_TITLE + "\n" + HOSTILE_SENTENCE + " Nothing else <script>alert(1)</script>.\n");
        Path index = dir.resolve("ix");
        CommandRun cli = new CommandRun();
        int exit = cli.run("index", examples().toString(), hostile.toString(), "--index", index.toString(), "--threads", "2");
        assertThat(exit).as(cli.err()).isZero();
        folder = index;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return folder;
  }

  /** The project's examples folder, beside the cli module. */
  static Path examples() {
    return Path.of("").toAbsolutePath().getParent().resolve("examples");
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
