package dev.newsminer.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models, loaded once per process from the {@code opennlp-models-*-en} jars.
 *
 * <p>They are read with the class loader's {@code getResourceAsStream} because OpenNLP's classpath
 * model finder does not see resources inside a shaded jar, and because on the module path a class's
 * own {@code getResourceAsStream} would look only inside newsminer's module, not in the model jars. The models are immutable and shared by all threads.
 *
 * <p>Expert: {@link TextAnalyzer} is the way to use them; they are public so that tools (the
 * benchmarks) can measure one OpenNLP step alone with exactly the models the text stage uses.
 */
public final class TextModels {

  static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private TextModels() {}

  /** Lazily loaded on first use; the JVM's class initialization makes this thread-safe. */
  private static final class Holder {
    static final SentenceModel SENTENCE_MODEL = load(SENTENCES, SentenceModel::new);
    static final TokenizerModel TOKENIZER_MODEL = load(TOKENS, TokenizerModel::new);
    static final POSModel POS_MODEL = greedy(load(POS, POSModel::new));
  }

  /**
   * The sentence detector model.
   *
   * @return the shared model
   * @throws IllegalStateException when the model is not on the classpath
   * @throws UncheckedIOException when it cannot be read
   */
  public static SentenceModel sentences() {
    return Holder.SENTENCE_MODEL;
  }

  /**
   * The tokenizer model.
   *
   * @return the shared model
   * @throws IllegalStateException when the model is not on the classpath
   * @throws UncheckedIOException when it cannot be read
   */
  public static TokenizerModel tokens() {
    return Holder.TOKENIZER_MODEL;
  }

  /**
   * The part-of-speech model (Universal Dependencies tags), tagging greedily.
   *
   * @return the shared model
   * @throws IllegalStateException when the model is not on the classpath
   * @throws UncheckedIOException when it cannot be read
   */
  public static POSModel pos() {
    return Holder.POS_MODEL;
  }

  /**
   * The POS model with a beam of 1 instead of the 3 its manifest asks for: on 1,000 Reuters
   * articles the greedy tagger gives the same tag to every token as the beam search, in less than
   * half the time, since the beam evaluates the model for three tag histories per token.
   */
  static POSModel greedy(POSModel model) {
    MaxentModel maxent = model.getArtifact("pos.model");
    return new POSModel(model.getLanguage(), maxent, 1, Map.of(), model.getFactory());
  }

  private interface ModelLoader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelLoader<T> loader) {
    try (InputStream in = TextModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }
}
