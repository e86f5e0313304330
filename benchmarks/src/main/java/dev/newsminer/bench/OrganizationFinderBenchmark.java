package dev.newsminer.bench;

import dev.newsminer.Organization;
import dev.newsminer.entity.Gazetteer;
import dev.newsminer.entity.NameTagger;
import dev.newsminer.entity.OrganizationFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast is the organization stage? {@link OrganizationFinder#find} with all layers on articles
 * the text stage has already split into sentences and tokens, one finder shared by all threads as
 * {@code NewsMiner} shares it. One operation is one article.
 *
 * <p>{@code -Dnewsminer.nameModel=FILE} (passed to the fork with {@code -jvmArgsAppend}) uses that
 * name model instead of the bundled one.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class OrganizationFinderBenchmark {

  /** The analyzed sample and the shared finder. */
  @State(Scope.Benchmark)
  public static class Input {
    /** How many articles the fixed-seed sample holds. */
    @Param("1000")
    public int articles;

    AnalyzedSample sample;
    OrganizationFinder finder;

    @Setup
    public void load() throws IOException {
      sample = AnalyzedSample.of(articles);
      String model = System.getProperty("newsminer.nameModel");
      NameTagger tagger = model != null ? NameTagger.load(Path.of(model)) : NameTagger.bundled().orElse(null);
      finder = OrganizationFinder.of(tagger, Gazetteer.bundled(), OrganizationFinder.Layers.all());
      System.out.printf("# name model: %s%n", tagger != null ? (model != null ? model : "bundled") : "none");
    }
  }

  /** Finds the organizations of one article. */
  @Benchmark
  public List<Organization> find(Input input, Cursor cursor, TokenCounter counter) {
    int i = cursor.next(input.sample.size());
    List<Organization> result = input.finder.find(input.sample.articles.get(i).text(), input.sample.sentences.get(i));
    counter.add(input.sample.tokens[i]);
    return result;
  }
}
