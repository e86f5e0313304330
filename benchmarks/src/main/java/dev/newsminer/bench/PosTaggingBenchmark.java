package dev.newsminer.bench;

import dev.newsminer.Sentence;
import dev.newsminer.Token;
import dev.newsminer.text.GreedyPosTaggers;
import dev.newsminer.text.TextModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
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
 * How fast is part-of-speech tagging? OpenNLP's {@code POSTaggerME} with the model and tag set
 * (Universal Dependencies) the text stage uses, over the tokens of each sentence of an article,
 * with the beam size as a parameter ({@code -p beam=1,3} compares greedy search with the model's
 * beam of 3), and the tagger as another: {@code -p tagger=opennlp,newsminer} compares
 * {@code POSTaggerME} with the text stage's own greedy decoder of the same model (beam 1 only).
 * One operation is one article.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class PosTaggingBenchmark {

  /** The articles' tokens, sentence by sentence, and the shared model. */
  @State(Scope.Benchmark)
  public static class Input {
    /** How many articles the fixed-seed sample holds. */
    @Param("1000")
    public int articles;

    /**
     * The beam size of the tagger's search: 1 (greedy) is what the text stage uses, 3 is what the
     * model's manifest asks for. Setup prints how many tags the two agree on.
     */
    @Param("1")
    public int beam;

    /**
     * Which tagger: {@code opennlp} ({@code POSTaggerME}) or {@code newsminer} (the greedy decoder
     * the text stage uses, which gives the same tags as {@code POSTaggerME} with a beam of 1).
     */
    @Param("opennlp")
    public String tagger;

    POSModel model;
    List<String[][]> words;
    int[] tokens;

    @Setup
    public void load() {
      AnalyzedSample sample = AnalyzedSample.of(articles);
      POSModel original = TextModels.pos();
      model = withBeam(original, beam);
      words = new ArrayList<>(sample.size());
      for (List<Sentence> sentences : sample.sentences) {
        String[][] article = new String[sentences.size()][];
        for (int s = 0; s < article.length; s++) {
          article[s] = sentences.get(s).tokens().stream().map(Token::text).toArray(String[]::new);
        }
        words.add(article);
      }
      tokens = sample.tokens;
      if (!tagger.equals("opennlp") && !(tagger.equals("newsminer") && beam == 1)) {
        throw new IllegalArgumentException("tagger must be opennlp, or newsminer with beam 1; got " + tagger
            + " with beam " + beam);
      }
      if (model != original) {
        printAgreement(original, model, words);
      }
    }
  }

  /** The model with another beam size; the model itself when it already has that one. */
  static POSModel withBeam(POSModel model, int beam) {
    String current = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int size = current == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(current);
    if (size == beam) {
      return model;
    }
    MaxentModel maxent = model.getArtifact("pos.model");
    return new POSModel(model.getLanguage(), maxent, beam, Map.of(), model.getFactory());
  }

  private static void printAgreement(POSModel a, POSModel b, List<String[][]> words) {
    POSTaggerME first = new POSTaggerME(a, POSTagFormat.UD);
    POSTaggerME second = new POSTaggerME(b, POSTagFormat.UD);
    long same = 0;
    long all = 0;
    for (String[][] article : words) {
      for (String[] sentence : article) {
        String[] x = first.tag(sentence);
        String[] y = second.tag(sentence);
        for (int i = 0; i < x.length; i++) {
          same += x[i].equals(y[i]) ? 1 : 0;
        }
        all += x.length;
      }
    }
    System.out.printf("%n# beam %s vs %s: %d of %d tags agree (%.2f%%)%n", a.getManifestProperty(
        BeamSearch.BEAM_SIZE_PARAMETER), b.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER), same, all, 100.0 * same / all);
  }

  /** One tagger per thread: neither tagger is thread-safe. */
  @State(Scope.Thread)
  public static class Tagger {
    UnaryOperator<String[]> tagger;

    @Setup
    public void create(Input input) {
      if (input.tagger.equals("newsminer")) {
        tagger = GreedyPosTaggers.create(input.model);
      } else {
        POSTaggerME me = new POSTaggerME(input.model, POSTagFormat.UD);
        tagger = me::tag;
      }
    }
  }

  /** Tags every sentence of one article; returns the tags of its last sentence. */
  @Benchmark
  public String[] tag(Input input, Tagger t, Cursor cursor, TokenCounter counter) {
    int i = cursor.next(input.words.size());
    String[] tags = null;
    for (String[] sentence : input.words.get(i)) {
      tags = t.tagger.apply(sentence);
    }
    counter.add(input.tokens[i]);
    return tags;
  }
}
