package dev.newsminer.cli.training;

import dev.newsminer.Sentence;
import dev.newsminer.Token;
import dev.newsminer.entity.Gazetteer;
import dev.newsminer.entity.GazetteerEntry;
import dev.newsminer.entity.NameList;
import dev.newsminer.entity.OpenNlpExtensions;
import dev.newsminer.text.TextAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains newsminer's PER/ORG/LOC/MISC name finder: an OpenNLP {@link TokenNameFinderModel} with the
 * features of {@code ner-features.xml}, a gazetteer feature over an organization list, and optional
 * mention-replacement augmentation from that list.
 *
 * <p>The gazetteer feature is held out by folds: training documents fall into {@value
 * NameList#FOLDS} folds, and in a document of fold k the list ignores the names that the training
 * data annotates only in fold k. A name from the list therefore fires in training only when other
 * documents also name it, as it would on unseen text, instead of on every training name (which
 * teaches the model to trust the list blindly). Augmentation copies each document that names an
 * organization and replaces each of its organization names by a random name of the list (the same
 * replacement for every mention of a name in the copy), so that the model learns the contexts of
 * organizations rather than a list of them.
 *
 * <p>Thread-safe: a trainer holds only its options and the tokenized list.
 *
 * <pre>{@code
 * NameModelTrainer trainer = NameModelTrainer.withBundledGazetteer(NameModelTrainer.Options.defaults());
 * // or: NameModelTrainer.withGazetteer(Options.defaults().withAugment(true), Path.of("my-orgs.tsv"))
 * TokenNameFinderModel model = trainer.train(BioReader.read(Path.of("news.bio.tsv")));
 * NameTagger tagger = NameTagger.of(model);
 * }</pre>
 */
public final class NameModelTrainer {

  /** Classpath location of the feature descriptor. */
  static final String FEATURES = "/dev/newsminer/entity/ner-features.xml";

  /** The learning algorithm. */
  public enum Algorithm {
    /** Maximum entropy (GIS), OpenNLP's default. */
    MAXENT,
    /** Averaged perceptron: trains faster, often as accurate on small data. */
    PERCEPTRON
  }

  /**
   * How to train.
   *
   * @param iterations training iterations, at least 1
   * @param algorithm  the learning algorithm
   * @param cutoff     features seen fewer times than this are dropped, at least 0
   * @param augment    whether to add mention-replacement copies of the documents
   * @param gazetteer  whether the model uses the gazetteer feature
   * @param beamSize   beam width when tagging, at least 1 (1 is greedy and fastest)
   * @param seed       seed of the augmentation's random choices
   */
  public record Options(int iterations, Algorithm algorithm, int cutoff, boolean augment, boolean gazetteer,
      int beamSize, long seed) {

    /** Validates the ranges. */
    public Options {
      Objects.requireNonNull(algorithm, "algorithm");
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be >= 1; got " + iterations);
      }
      if (cutoff < 0) {
        throw new IllegalArgumentException("cutoff must be >= 0; got " + cutoff);
      }
      if (beamSize < 1) {
        throw new IllegalArgumentException("beamSize must be >= 1; got " + beamSize);
      }
    }

    /**
     * What the bundled model is trained with: 100 maxent iterations, cutoff 1, gazetteer feature on,
     * augmentation off (it lowered ORG F1 on the dev set), beam 1 (as accurate as 3 on the dev set and
     * about 1.4 times faster); see the model card.
     */
    public static Options defaults() {
      return new Options(100, Algorithm.MAXENT, 1, false, true, 1, 7);
    }

    /** These options with another number of iterations. */
    public Options withIterations(int n) {
      return new Options(n, algorithm, cutoff, augment, gazetteer, beamSize, seed);
    }

    /** These options with another algorithm. */
    public Options withAlgorithm(Algorithm a) {
      return new Options(iterations, a, cutoff, augment, gazetteer, beamSize, seed);
    }

    /** These options with another cutoff. */
    public Options withCutoff(int c) {
      return new Options(iterations, algorithm, c, augment, gazetteer, beamSize, seed);
    }

    /** These options with augmentation on or off. */
    public Options withAugment(boolean on) {
      return new Options(iterations, algorithm, cutoff, on, gazetteer, beamSize, seed);
    }

    /** These options with the gazetteer feature on or off. */
    public Options withGazetteer(boolean on) {
      return new Options(iterations, algorithm, cutoff, augment, on, beamSize, seed);
    }

    /** These options with another beam size. */
    public Options withBeamSize(int size) {
      return new Options(iterations, algorithm, cutoff, augment, gazetteer, size, seed);
    }

    /** These options with another seed. */
    public Options withSeed(long s) {
      return new Options(iterations, algorithm, cutoff, augment, gazetteer, beamSize, s);
    }
  }

  private final Options options;
  private final NameList gazetteer;

  private NameModelTrainer(Options options, NameList gazetteer) {
    this.options = Objects.requireNonNull(options, "options");
    this.gazetteer = gazetteer;
  }

  /**
   * A trainer whose gazetteer is the organization list bundled with newsminer
   * ({@code organizations.tsv}), or no list when this build has none.
   */
  public static NameModelTrainer withBundledGazetteer(Options options) {
    return withNames(options, namesOf(Gazetteer.bundled()));
  }

  /**
   * A trainer whose gazetteer is read from a file in the gazetteer format (see {@link Gazetteer}).
   *
   * @throws IOException when the file cannot be read or a line is malformed; the message names the
   *     file and the line
   */
  public static NameModelTrainer withGazetteer(Options options, Path gazetteerFile) throws IOException {
    return withNames(options, namesOf(Gazetteer.loadOnly(List.of(gazetteerFile))));
  }

  /** A trainer with the given organization names (untokenized) as its gazetteer. */
  public static NameModelTrainer withNames(Options options, List<String> names) {
    return new NameModelTrainer(options, tokenize(names));
  }

  /** The options this trainer uses. */
  public Options options() {
    return options;
  }

  /** Number of names (and aliases) in the gazetteer. */
  public int gazetteerSize() {
    return gazetteer.size();
  }

  /** The names and aliases of a gazetteer, in its order, without duplicates. */
  static List<String> namesOf(Gazetteer gazetteer) {
    Set<String> names = new LinkedHashSet<>();
    for (GazetteerEntry entry : gazetteer.entries()) {
      names.add(entry.name());
      names.addAll(entry.aliases());
    }
    return List.copyOf(names);
  }

  /** Tokenizes names as article text is tokenized, so that they match the tokens the tagger sees. */
  private static NameList tokenize(List<String> names) {
    if (names.isEmpty()) {
      return NameList.of(List.of());
    }
    TextAnalyzer analyzer = new TextAnalyzer();
    List<String[]> tokenized = new ArrayList<>(names.size());
    for (String name : names) {
      List<String> tokens = new ArrayList<>();
      for (Sentence sentence : analyzer.analyze(name)) {
        for (Token token : sentence.tokens()) {
          tokens.add(token.text());
        }
      }
      tokenized.add(tokens.toArray(new String[0]));
    }
    return NameList.of(tokenized);
  }

  /**
   * Trains a model on labeled sentences.
   *
   * @param corpus the training sentences, documents marked by {@link LabeledSentence#documentStart()}.
   *     Must not be empty.
   * @return the trained model, as it will be after saving and loading
   * @throws IOException when OpenNLP fails to build or serialize the model
   */
  public TokenNameFinderModel train(List<LabeledSentence> corpus) throws IOException {
    return train(corpus, true);
  }

  /**
   * Trains a model; without {@code holdOut} the gazetteer feature fires on every listed training name,
   * which only measurements comparing the two should want.
   */
  TokenNameFinderModel train(List<LabeledSentence> corpus, boolean holdOut) throws IOException {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("the training corpus must not be empty; got no sentences");
    }
    OpenNlpExtensions.allow();
    List<List<LabeledSentence>> documents = documents(corpus);
    if (options.augment() && gazetteer.size() > 0) {
      documents.addAll(new MentionReplacer(gazetteer, options.seed()).replaceAll(documents));
    }
    Map<String, Object> resources = new HashMap<>();
    if (options.gazetteer() && gazetteer.size() > 0) {
      resources.put(NameList.RESOURCE, holdOut ? gazetteer.withHeldOut(heldOutNames(documents, gazetteer)) : gazetteer);
    }
    List<NameSample> samples = new ArrayList<>();
    for (List<LabeledSentence> document : documents) {
      for (int i = 0; i < document.size(); i++) {
        LabeledSentence s = document.get(i);
        samples.add(new NameSample(s.tokenArray(), s.names(), i == 0));
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, options.algorithm().name());
    params.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
    params.put(BeamSearch.BEAM_SIZE_PARAMETER, options.beamSize());
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor(), resources, new BioCodec());
    TokenNameFinderModel trained = NameFinderME.train("en", null,
        ObjectStreamUtils.createObjectStream(samples), params, factory);
    // Save and load: the loaded model has the plain list, without the training folds.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained.serialize(bytes);
    return new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
  }

  /** The feature descriptor bundled with newsminer. */
  static byte[] descriptor() throws IOException {
    try (InputStream in = NameModelTrainer.class.getResourceAsStream(FEATURES)) {
      if (in == null) {
        throw new IOException("feature descriptor " + FEATURES + " is not on the classpath");
      }
      return in.readAllBytes();
    }
  }

  /** Splits sentences into documents at each {@link LabeledSentence#documentStart()}. */
  static List<List<LabeledSentence>> documents(List<LabeledSentence> corpus) {
    List<List<LabeledSentence>> documents = new ArrayList<>();
    List<LabeledSentence> current = null;
    for (LabeledSentence s : corpus) {
      if (current == null || s.documentStart()) {
        current = new ArrayList<>();
        documents.add(current);
      }
      current.add(s);
    }
    return documents;
  }

  /**
   * For each fold, the names of the list that the documents of that fold annotate as ORG and no
   * document of another fold does.
   */
  static List<Set<String>> heldOutNames(List<List<LabeledSentence>> documents, NameList list) {
    Set<String> listed = new HashSet<>();
    for (String[] name : list.names()) {
      listed.add(NameList.key(name, 0, name.length));
    }
    Map<String, Integer> foldsOfName = new HashMap<>();
    for (List<LabeledSentence> document : documents) {
      int fold = NameList.foldOf(document.get(0).tokenArray());
      for (LabeledSentence s : document) {
        String[] tokens = s.tokenArray();
        for (Span span : s.names()) {
          if (span.getType().equals("ORG")) {
            String key = NameList.key(tokens, span.getStart(), span.getEnd());
            if (listed.contains(key)) {
              foldsOfName.merge(key, 1 << fold, (a, b) -> a | b);
            }
          }
        }
      }
    }
    List<Set<String>> heldOut = new ArrayList<>();
    for (int fold = 0; fold < NameList.FOLDS; fold++) {
      heldOut.add(new HashSet<>());
    }
    foldsOfName.forEach((key, folds) -> {
      if (Integer.bitCount(folds) == 1) {
        heldOut.get(Integer.numberOfTrailingZeros(folds)).add(key);
      }
    });
    return heldOut;
  }
}
