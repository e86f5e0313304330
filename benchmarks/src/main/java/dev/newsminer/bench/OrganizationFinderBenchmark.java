package dev.newsminer.bench;

import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ArticleSink;
import dev.newsminer.article.ReadProblem;
import dev.newsminer.entity.NameTagger;
import dev.newsminer.entity.Organization;
import dev.newsminer.entity.OrganizationFinder;
import dev.newsminer.text.Sentence;
import dev.newsminer.text.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the organization stage ({@link OrganizationFinder}, all layers) reads Reuters articles
 * that the text stage has already split into sentences and tokens: one operation is one pass over
 * the sample. Divide the sample's token count (printed at setup) by the time per operation for
 * tokens per second.
 *
 * <pre>
 * mvn -q -B -DskipTests -pl benchmarks -am package
 * java -jar benchmarks/target/benchmarks.jar OrganizationFinderBenchmark -p articles=2000
 * </pre>
 *
 * Reads {@code ../shared/corpora/news/reuters21578/articles} (or {@code -Dnewsminer.shared=DIR});
 * {@code -Dnewsminer.nameModel=FILE} adds a name model when the build bundles none.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class OrganizationFinderBenchmark {

  /** How many Reuters articles, drawn with a fixed seed. */
  @Param("2000")
  public int articles;

  private OrganizationFinder finder;
  private final List<String> texts = new ArrayList<>();
  private final List<List<Sentence>> sentences = new ArrayList<>();

  /** Reads and analyzes the sample once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String shared = System.getProperty("newsminer.shared", "../shared");
    Path dir = Path.of(shared, "corpora/news/reuters21578/articles");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = new ArrayList<>(list.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
    }
    Collections.shuffle(files, new Random(42));
    String model = System.getProperty("newsminer.nameModel");
    NameTagger tagger = model != null ? NameTagger.load(Path.of(model)) : NameTagger.bundled().orElse(null);
    finder = OrganizationFinder.of(tagger, dev.newsminer.entity.Gazetteer.bundled(), OrganizationFinder.Layers.all());
    TextAnalyzer analyzer = new TextAnalyzer();
    long tokens = 0;
    for (Path f : files.subList(0, Math.min(articles, files.size()))) {
      List<Article> read = new ArrayList<>();
      ArticleFiles.read(f, new ArticleSink() {
        @Override
        public void article(Article article) {
          read.add(article);
        }

        @Override
        public void problem(ReadProblem problem) {}
      });
      for (Article a : read) {
        List<Sentence> s = analyzer.analyze(a.text());
        texts.add(a.text());
        sentences.add(s);
        for (Sentence x : s) {
          tokens += x.tokens().size();
        }
      }
    }
    System.out.printf("%n%d articles, %d tokens, model %s%n", texts.size(), tokens, tagger != null ? "on" : "absent");
  }

  /** Finds the organizations of every article of the sample. */
  @Benchmark
  public int findOrganizations() {
    int found = 0;
    for (int i = 0; i < texts.size(); i++) {
      List<Organization> orgs = finder.find(texts.get(i), sentences.get(i));
      found += orgs.size();
    }
    return found;
  }
}
