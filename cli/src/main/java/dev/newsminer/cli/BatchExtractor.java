package dev.newsminer.cli;

import dev.newsminer.Extraction;
import dev.newsminer.NewsMiner;
import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ArticleSink;
import dev.newsminer.article.ReadProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Reads every article under some paths and extracts them on several threads, handing the results
 * on in input order whatever the number of threads.
 *
 * <p>Memory stays bounded: at most a few articles per thread are in flight. An input that cannot
 * be read is reported once on stderr ({@code path: reason}) and in the stats, and the run goes on.
 */
final class BatchExtractor {

  /** Receives each extraction in input order. */
  interface Output {
    void accept(Extraction extraction) throws IOException;
  }

  private final NewsMiner miner;
  private final int threads;
  private final PrintWriter err;

  BatchExtractor(NewsMiner miner, int threads, PrintWriter err) {
    this.miner = miner;
    this.threads = threads;
    this.err = err;
  }

  /**
   * Runs the batch.
   *
   * @param roots files and folders to read
   * @param skip  articles to leave out (already done), tested before extraction
   * @param out   receives the extractions in input order
   * @return what the run did
   * @throws IOException when {@code out} fails; what was handed on before stays written
   */
  RunStats run(List<Path> roots, Predicate<Article> skip, Output out) throws IOException {
    RunStats stats = new RunStats();
    run(roots, skip, out, stats);
    return stats;
  }

  /**
   * Runs the batch, counting into {@code stats}, which holds what was done so far also when the
   * run stops on a failure of {@code out}: the caller can still write them.
   *
   * @throws IOException when {@code out} fails; what was handed on before stays written
   */
  void run(List<Path> roots, Predicate<Article> skip, Output out, RunStats stats) throws IOException {
    List<Path> files = ArticleFiles.list(roots, problem -> report(problem, stats));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "newsminer-extract");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    int window = threads * 8;
    try (ProgressBar progress = progressBar(files.size())) {
      for (Path file : files) {
        IOException[] sinkFailure = new IOException[1];
        ArticleSink sink = new ArticleSink() {
          @Override
          public void article(Article article) {
            if (skip.test(article)) {
              return;
            }
            inFlight.add(new Pending(article, pool.submit(() -> miner.extract(article))));
            if (inFlight.size() >= window && sinkFailure[0] == null) {
              try {
                deliver(inFlight.poll(), stats, out);
              } catch (IOException e) {
                sinkFailure[0] = e;
              }
            }
          }

          @Override
          public void problem(ReadProblem problem) {
            report(problem, stats);
          }
        };
        try {
          ArticleFiles.read(file, sink);
        } catch (IOException e) {
          report(ReadProblem.of(file.toString(), reasonOf(e)), stats);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          report(ReadProblem.of(file.toString(), "cannot be read (" + Main.oneLine(e) + ")"), stats);
        }
        if (sinkFailure[0] != null) {
          throw sinkFailure[0];
        }
        if (progress != null) {
          progress.step();
        }
      }
      while (!inFlight.isEmpty()) {
        deliver(inFlight.poll(), stats, out);
      }
    } finally {
      pool.shutdownNow();
      stats.finish();
    }
  }

  private record Pending(Article article, Future<Extraction> result) {}

  private void deliver(Pending pending, RunStats stats, Output out) throws IOException {
    Extraction extraction;
    try {
      extraction = pending.result().get();
    } catch (ExecutionException e) {
      report(ReadProblem.of(pending.article().source(), "extraction failed (" + Main.oneLine(e.getCause()) + ")"),
          stats);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    out.accept(extraction);
    stats.article(extraction.tokenCount());
  }

  private void report(ReadProblem problem, RunStats stats) {
    err.println(problem);
    err.flush();
    stats.failed(problem);
  }

  private static String reasonOf(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** A progress bar on stderr when it is a terminal, else null: logs and pipes stay clean. */
  private static ProgressBar progressBar(int files) {
    if (System.console() == null || files < 2) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("files").setInitialMax(files)
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .build();
  }
}
