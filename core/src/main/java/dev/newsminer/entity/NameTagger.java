package dev.newsminer.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds PER, ORG, LOC and MISC names in tokenized sentences with an OpenNLP name finder model.
 *
 * <p>Thread-safe: the model is shared and each thread gets its own finder. A model with newsminer's
 * features and a beam of 1, such as the bundled one, is run by a decoder that gives the same names
 * and probabilities as OpenNLP's {@link NameFinderME} without building feature strings per token;
 * any other model is run by {@link NameFinderME} itself. The bundled model is read from its compact
 * form, which core's build writes from the OpenNLP model ({@code CompactNameModel}) and which loads
 * in a fraction of the time. Call {@link #endDocument()} after each article on the thread that
 * tagged it, so that what the finder learned about one article does not leak into the next.
 *
 * <pre>{@code
 * NameTagger tagger = NameTagger.load(Path.of("my-ner.bin"));
 * List<TaggedName> names = tagger.tag(new String[] {"IBM", "hired", "Ann", "Lee", "."});
 * tagger.endDocument();
 * }</pre>
 */
public final class NameTagger {

  /**
   * Classpath location of the bundled model in OpenNLP's format. A build of newsminer carries it only
   * when the model it was built with cannot be run from its compact form; otherwise the jar holds the
   * compact form alone and {@link #model()} rebuilds the OpenNLP model from it.
   */
  public static final String BUNDLED_MODEL = "/dev/newsminer/entity/ner-en-news.bin";

  /**
   * Classpath location of the bundled model's compact form, which core's build writes from the model
   * {@code train-ner} wrote (see {@link CompactNameModel}); it loads in a fraction of the time.
   */
  static final String BUNDLED_COMPACT_MODEL = "/dev/newsminer/entity/ner-en-news.compact";

  /** The OpenNLP model; for a tagger loaded from the compact form, rebuilt from it when asked. */
  private volatile TokenNameFinderModel model;
  /** The parameters of a tagger loaded from the compact form; null for one over an OpenNLP model. */
  private final NameModelParameters compact;
  private final boolean greedy;
  private final ThreadLocal<NameFinderME> finders;
  private final ThreadLocal<GreedyNameFinder> greedyFinders;

  private NameTagger(TokenNameFinderModel model) {
    this.model = model;
    this.compact = null;
    NameModelParameters parameters = null;
    try {
      parameters = NameModelParameters.of(model);
    } catch (IllegalArgumentException e) {
      // not a maxent model: NameFinderME runs it
    }
    this.greedy = parameters != null && GreedyNameFinder.matchesModel(model, parameters);
    NameModelParameters shared = parameters;
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    this.greedyFinders = ThreadLocal.withInitial(() -> new GreedyNameFinder(shared));
  }

  /** A tagger over a model's compact form, checked against the model's features when it was written. */
  private NameTagger(NameModelParameters compact) {
    this.model = null;
    this.compact = compact;
    this.greedy = true;
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model()));
    this.greedyFinders = ThreadLocal.withInitial(() -> new GreedyNameFinder(compact));
  }

  /**
   * Wraps an already loaded model.
   *
   * @param model an OpenNLP name finder model. Must not be {@code null}.
   * @return a tagger over the model
   */
  public static NameTagger of(TokenNameFinderModel model) {
    return new NameTagger(Objects.requireNonNull(model, "model"));
  }

  /**
   * Loads a model file, such as one written by {@code newsminer train-ner}.
   *
   * @param modelFile the model file. Must not be {@code null}.
   * @return a tagger over the loaded model
   * @throws IOException when the file cannot be read or is not a name finder model
   */
  public static NameTagger load(Path modelFile) throws IOException {
    OpenNlpExtensions.allow();
    try (InputStream in = Files.newInputStream(modelFile)) {
      return new NameTagger(new TokenNameFinderModel(in));
    } catch (IOException e) {
      throw new IOException("cannot load name finder model " + modelFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * The model that ships with newsminer, loaded once per process; empty when this build has none.
   *
   * @return the shared bundled tagger, or empty
   * @throws java.io.UncheckedIOException when the bundled model is present but cannot be read
   */
  public static Optional<NameTagger> bundled() {
    return Bundled.TAGGER;
  }

  private static final class Bundled {
    static final Optional<NameTagger> TAGGER = loadBundled();

    private static Optional<NameTagger> loadBundled() {
      try (InputStream in = NameTagger.class.getResourceAsStream(BUNDLED_COMPACT_MODEL)) {
        if (in != null) {
          return Optional.of(new NameTagger(CompactNameModel.read(in)));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot load the bundled model " + BUNDLED_COMPACT_MODEL, e);
      }
      // no compact form (a build that did not write it, or a model the own decoder cannot run)
      return Optional.ofNullable(readBundledModel()).map(NameTagger::new);
    }
  }

  /** The bundled OpenNLP model, or null when this build has none. */
  private static TokenNameFinderModel readBundledModel() {
    OpenNlpExtensions.allow();
    try (InputStream in = NameTagger.class.getResourceAsStream(BUNDLED_MODEL)) {
      return in == null ? null : new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot load the bundled model " + BUNDLED_MODEL, e);
    }
  }

  /**
   * The underlying OpenNLP model. The bundled tagger runs the model's compact form and rebuilds the
   * OpenNLP model from it when this is first called (about a second): the same predicates, outcomes
   * and weights to the bit, the same features and organization list, so OpenNLP's {@link NameFinderME}
   * over it tags as this tagger does.
   *
   * @return the model
   */
  public TokenNameFinderModel model() {
    TokenNameFinderModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          m = compact.toOpenNlp();
          model = m;
        }
      }
    }
    return m;
  }

  /**
   * Tags one sentence.
   *
   * @param tokens the sentence's tokens. Must not be {@code null}.
   * @return the names found, in sentence order
   */
  public List<TaggedName> tag(String[] tokens) {
    Objects.requireNonNull(tokens, "tokens");
    Span[] spans = greedy ? greedyFinders.get().find(tokens) : finders.get().find(tokens);
    List<TaggedName> names = new ArrayList<>(spans.length);
    for (Span span : spans) {
      names.add(new TaggedName(span.getStart(), span.getEnd(), span.getType(), span.getProb()));
    }
    return names;
  }

  /** Forgets what this thread's finder learned from the current document. */
  public void endDocument() {
    if (greedy) {
      greedyFinders.get().clearAdaptiveData();
    } else {
      finders.get().clearAdaptiveData();
    }
  }

  /** Whether this tagger runs its model with newsminer's own decoder rather than NameFinderME. */
  boolean usesOwnDecoder() {
    return greedy;
  }
}
