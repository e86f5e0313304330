package dev.newsminer.cli;

import dev.newsminer.ExtractionJson;
import dev.newsminer.NewsMiner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsminer extract}: articles in, one JSON object per article out (JSON Lines). */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract organizations and commitments from articles as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Article files (.txt, .json, .jsonl, .html, .htm, .warc, each optionally .gz) or folders, "
          + "walked recursively.")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "FILE", description = "Write JSON Lines here instead of stdout.")
  Path out;

  @Mixin BatchOptions batch = new BatchOptions();

  @Option(names = "--include-text", description = "Add each article's text as \"text\", the text all offsets refer to.")
  boolean includeText;

  @Override
  public Integer call() throws IOException {
    RunStats stats = new RunStats(Main.runStart());
    batch.validate();
    if (out != null) {
      Arguments.requireParentFolder("--out", out);
      Arguments.requireNotAnInput("--out", out, paths);
    }
    if (batch.statsFile != null) {
      Arguments.requireNotAnInput("--stats", batch.statsFile, paths);
    }
    NewsMiner miner = NewsMiner.english();
    stats.ready();
    try (Writer writer = open(out, spec.commandLine().getOut())) {
      new BatchExtractor(miner, batch.threads, spec.commandLine().getErr()).run(paths, article -> false, extraction -> {
        ExtractionJson.write(extraction, includeText, writer);
        writer.write('\n');
      }, stats);
    } finally {
      batch.writeStats(stats);
    }
    return stats.failed() == 0 ? Main.OK : Main.SOME_FAILED;
  }

  /**
   * Stdout, or the {@code --out} file. Chars that UTF-8 cannot encode (a lone surrogate from a
   * broken record) become {@code ?}, one char for one, so that no text can stop a batch and the
   * offsets into {@code text} still hold.
   */
  private static Writer open(Path out, PrintWriter stdout) throws IOException {
    if (out == null) {
      return new BufferedWriter(stdout) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
  }
}
