package dev.newsminer.cli.gazetteer;

import dev.newsminer.entity.Gazetteer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsminer corpus gazetteer}: rebuilds the bundled organization gazetteer from the curated
 * list and the open lists in {@code ../shared}, or checks that the committed one is what they give.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Rebuild the bundled organization gazetteer from " + GazetteerGenerator.CURATED
        + " and the open lists in ../shared/corpora/orgs.")
public final class GazetteerCommand implements Callable<Integer> {

  @Option(names = "--root", paramLabel = "DIR", description = "The project root (default: ${DEFAULT-VALUE}).")
  Path root = Path.of(".");

  @Option(names = "--shared", paramLabel = "DIR", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path shared = Path.of("../shared");

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: the bundled gazetteer under --root).")
  Path out;

  @Option(names = "--check", description = "Only compare with the file and exit 1 when it differs.")
  boolean check;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path target = out != null ? out : root.resolve(GazetteerGenerator.BUNDLED);
    if (!Files.isDirectory(shared.resolve("corpora/orgs"))) {
      spec.commandLine().getErr().println("gazetteer: no open lists at " + shared.resolve("corpora/orgs"));
      return 2;
    }
    String text = new GazetteerGenerator(GazetteerGenerator.Sources.of(root, shared)).generate();
    long lines = text.lines().filter(l -> !l.startsWith("#")).count();
    // the gazetteer must read back: a malformed line would stop every run of the library
    Path probe = Files.createTempFile("organizations", ".tsv");
    try {
      Files.writeString(probe, text, StandardCharsets.UTF_8);
      Gazetteer.loadOnly(List.of(probe));
    } finally {
      Files.deleteIfExists(probe);
    }
    if (check) {
      boolean same = Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(text);
      spec.commandLine().getOut().println(target + (same ? ": up to date" : ": differs from what the sources give")
          + " (" + lines + " organizations)");
      return same ? 0 : 1;
    }
    Files.writeString(target, text, StandardCharsets.UTF_8);
    spec.commandLine().getOut().println(target + ": " + lines + " organizations");
    return 0;
  }
}
