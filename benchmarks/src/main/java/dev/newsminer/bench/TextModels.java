package dev.newsminer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models that {@code dev.newsminer.text.TextAnalyzer} uses, loaded the same way
 * (by resource name from the {@code opennlp-models-*-en} jars), for the benchmarks that measure one
 * OpenNLP step of the text stage alone. The names must follow {@code dev.newsminer.text.TextModels}.
 */
final class TextModels {

  private TextModels() {}

  static SentenceModel sentences() {
    return load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
  }

  static TokenizerModel tokens() {
    return load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
  }

  static POSModel pos() {
    return load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
  }

  private interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, Loader<T> loader) {
    try (InputStream in = TextModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }
}
