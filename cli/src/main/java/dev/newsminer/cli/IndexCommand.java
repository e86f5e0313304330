package dev.newsminer.cli;

import dev.newsminer.NewsMiner;
import dev.newsminer.index.ArticleIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsminer index}: extracts articles and adds them to an index folder. Resumable and
 * idempotent: articles already committed are skipped, and re-indexing an article replaces it.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Extract articles and add them to a Lucene index (resumable, idempotent).")
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Article files or folders, walked recursively.")
  List<Path> paths;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index folder (created when missing).")
  Path indexDir;

  @Mixin BatchOptions batch = new BatchOptions();

  @Option(names = "--commit-every", paramLabel = "N",
      description = "Commit after this many articles (default: ${DEFAULT-VALUE}).")
  int commitEvery = ArticleIndex.DEFAULT_COMMIT_EVERY;

  @Override
  public Integer call() throws IOException {
    RunStats stats = new RunStats(Main.runStart());
    batch.validate();
    if (commitEvery < 1) {
      throw new Main.UsageException("--commit-every must be >= 1; got " + commitEvery);
    }
    PrintWriter err = spec.commandLine().getErr();
    if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
      throw new Main.UsageException("--index must be an index folder; " + indexDir + " is a file");
    }
    if (batch.statsFile != null) {
      Arguments.requireNotAnInput("--stats", batch.statsFile, paths);
    }
    AtomicInteger skipped = new AtomicInteger();
    // The index is opened before the models load: a folder that is not an index, or one another
    // process is writing, is refused at once instead of after seconds of loading.
    try (ArticleIndex index = ArticleIndex.open(indexDir, commitEvery)) {
      NewsMiner miner = NewsMiner.english();
      // On Ctrl-C the JVM runs shutdown hooks: commit what was added so that a rerun skips it.
      Thread committer = new Thread(() -> commitQuietly(index), "newsminer-commit-on-exit");
      Runtime.getRuntime().addShutdownHook(committer);
      Set<String> done = index.committedIds();
      stats.ready();
      try {
        new BatchExtractor(miner, batch.threads, err).run(paths, article -> {
          boolean skip = done.contains(article.id());
          if (skip) {
            skipped.incrementAndGet();
          }
          return skip;
        }, index::add, stats);
        index.commit();
      } finally {
        batch.writeStats(stats);
      }
      Runtime.getRuntime().removeShutdownHook(committer);
    }
    err.printf("indexed %d articles (%d already indexed, skipped), %d failed, in %.1f s%n",
        stats.articles(), skipped.get(), stats.failed(), stats.seconds());
    err.flush();
    return stats.failed() == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private static void commitQuietly(ArticleIndex index) {
    try {
      index.commit();
    } catch (IOException | RuntimeException e) {
      // The process is ending; the last successful commit stands.
    }
  }
}
