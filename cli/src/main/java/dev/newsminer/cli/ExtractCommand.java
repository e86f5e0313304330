package dev.newsminer.cli;

import dev.newsminer.ExtractionJson;
import dev.newsminer.NewsMiner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
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
    batch.validate();
    NewsMiner miner = NewsMiner.english();
    RunStats stats;
    try (Writer writer = open(out, spec.commandLine().getOut())) {
      stats = new BatchExtractor(miner, batch.threads, spec.commandLine().getErr()).run(paths, article -> false, extraction -> {
        ExtractionJson.write(extraction, includeText, writer);
        writer.write('\n');
      });
    }
    batch.writeStats(stats);
    return stats.failed() == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private static Writer open(Path out, PrintWriter stdout) throws IOException {
    if (out == null) {
      return new BufferedWriter(stdout) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Arguments.requireParentFolder("--out", out);
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }
}
