package dev.newsminer.bench;

import dev.newsminer.NewsMiner;
import dev.newsminer.article.Article;
import dev.newsminer.index.ArticleIndex;
import dev.newsminer.index.OrganizationCount;
import dev.newsminer.index.SearchRequest;
import dev.newsminer.index.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does a search take? {@link ArticleIndex#search} over an index of the corpus (all
 * Reuters articles by default), cycling through the fixed set of {@value QuerySet#SIZE} requests of
 * {@link QuerySet}: JMH's sample mode reports the median ({@code p0.50}) and {@code p0.99} latency.
 *
 * <p>The index is built once per fork in setup (extraction on all processors) into a temporary
 * folder, or reused from the folder named by {@code -Dnewsminer.index}: when that folder holds no
 * index yet it is built there and kept, so later runs skip the build. Reuters articles are dated
 * from {@code articles_meta.jsonl} for the date filters.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SearchBenchmark {

  /** The index and the request set. */
  @State(Scope.Benchmark)
  public static class Index {
    /** How many articles to index when building (all of them when larger than the corpus). */
    @Param("20000")
    public int articles;

    Path folder;
    boolean temporary;
    ArticleIndex index;
    List<SearchRequest> requests;

    @Setup
    public void open() throws IOException {
      String configured = System.getProperty("newsminer.index");
      temporary = configured == null;
      folder = temporary ? Files.createTempDirectory("newsminer-bench-search") : Path.of(configured);
      Corpus corpus = Corpus.find();
      if (!holdsIndex(folder)) {
        build(corpus, folder, articles);
      }
      index = ArticleIndex.openReadOnly(folder);
      List<String> orgs = index.organizations(100).stream().map(OrganizationCount::name).toList();
      requests = QuerySet.generate(corpus.sample(500), orgs, Corpus.SEED);
      System.out.printf("%n# index %s: %d articles, %d organizations for filters, %d requests%n", folder,
          index.articleCount(), orgs.size(), requests.size());
    }

    @TearDown
    public void close() throws IOException {
      index.close();
      if (temporary) {
        TempFolders.delete(folder);
      }
    }
  }

  /** Runs the next request of the set. */
  @Benchmark
  public SearchResult search(Index index, Cursor cursor, CpuTime cpu) throws IOException {
    SearchResult result = index.index.search(index.requests.get(cursor.next(index.requests.size())));
    cpu.add(0);
    return result;
  }

  /** Whether {@code folder} holds an index with articles, to reuse instead of building again. */
  static boolean holdsIndex(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (ArticleIndex index = ArticleIndex.openReadOnly(folder)) {
      return index.articleCount() > 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Extracts and indexes up to {@code n} articles of the corpus on all processors. */
  static void build(Corpus corpus, Path folder, int n) throws IOException {
    long start = System.nanoTime();
    NewsMiner miner = NewsMiner.english();
    int threads = Runtime.getRuntime().availableProcessors();
    // A short queue and callers that run what does not fit keep few articles in memory at once.
    ExecutorService pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * 4), new ThreadPoolExecutor.CallerRunsPolicy());
    AtomicReference<IOException> failure = new AtomicReference<>();
    AtomicInteger done = new AtomicInteger();
    try (ArticleIndex index = ArticleIndex.open(folder)) {
      java.util.function.Consumer<Article> add = article -> pool.execute(() -> {
        try {
          index.add(miner.extract(article));
          done.incrementAndGet();
        } catch (IOException e) {
          failure.compareAndSet(null, e);
        }
      });
      if (n >= corpus.size()) {
        corpus.forEach(add);
      } else {
        corpus.sample(n).forEach(add);
      }
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.HOURS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while building the index in " + folder, e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (failure.get() != null) {
      throw new IOException("cannot build the index in " + folder + ": " + failure.get().getMessage(), failure.get());
    }
    System.out.printf("%n# built index %s: %d %s articles in %.1f s%n", folder, done.get(), corpus.name(),
        (System.nanoTime() - start) / 1e9);
  }
}
