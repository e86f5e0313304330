package dev.newsminer.cli.commitments;

import dev.newsminer.Commitment;
import dev.newsminer.Extraction;
import dev.newsminer.NewsMiner;
import dev.newsminer.commitment.Candidate;
import dev.newsminer.commitment.CommitmentEvaluator;
import dev.newsminer.commitment.CommitmentExtractor;
import dev.newsminer.commitment.CommitmentScorer;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the commitment scorer: every candidate the rules read in a corpus story is an event, labelled
 * {@link CommitmentScorer#KEEP} when it matches one of the story's gold commitments (the matching of
 * {@code eval-commitments}) and {@link CommitmentScorer#DROP} when not, with the candidate's features
 * as its context; an OpenNLP maxent model is fitted to them by quasi-Newton optimization with an L2 penalty.
 *
 * <p>Not thread-safe; it holds nothing between calls.
 */
public final class ScorerTrainer {

  /**
   * The training settings.
   *
   * @param iterations training iterations, at least 1
   * @param cutoff     features seen fewer times than this are dropped, at least 1
   * @param l2         the L2 penalty of the weights (quasi-Newton maxent), at least 0; the corpus is
   *                   small, and without it the model learns its stories by heart
   */
  public record Options(int iterations, int cutoff, double l2) {

    /** Checks the ranges. */
    public Options {
      if (iterations < 1) {
        throw new IllegalArgumentException("iterations must be >= 1; got " + iterations);
      }
      if (cutoff < 1) {
        throw new IllegalArgumentException("cutoff must be >= 1; got " + cutoff);
      }
      if (!(l2 >= 0)) {
        throw new IllegalArgumentException("l2 must be >= 0; got " + l2);
      }
    }

    /** 100 iterations, cutoff 1, L2 penalty 1. */
    public static Options defaults() {
      return new Options(100, 1, 1.0);
    }
  }

  /**
   * The labelled candidates of one story.
   *
   * @param events its candidates as events, in text order
   * @param gold   how many gold commitments it has
   */
  public record StoryEvents(List<Event> events, int gold) {

    /** Copies the events. */
    public StoryEvents {
      events = List.copyOf(events);
    }
  }

  /**
   * F1 over held-out folds when candidates are kept from a probability on.
   *
   * @param keepAt    the least probability kept (0 keeps every candidate, as the rules alone do)
   * @param precision kept and right / kept
   * @param recall    kept and right / gold
   * @param f1        their harmonic mean
   */
  public record FoldScore(double keepAt, double precision, double recall, double f1) {}

  private ScorerTrainer() {}

  /**
   * The cross-validated scores at each keep threshold, from the probabilities {@link #outOfFold} gave
   * the candidates of {@code stories}.
   *
   * @param stories   the labelled candidates by story (for the number of gold commitments)
   * @param outOfFold what {@link #outOfFold} returned for them
   * @param keepAts   the keep thresholds
   * @return one score per threshold
   */
  public static List<FoldScore> crossValidate(List<StoryEvents> stories, List<double[]> outOfFold, double[] keepAts) {
    int[] kept = new int[keepAts.length];
    int[] right = new int[keepAts.length];
    int gold = 0;
    for (StoryEvents s : stories) {
      gold += s.gold();
    }
    for (double[] scored : outOfFold) {
      for (int t = 0; t < keepAts.length; t++) {
        if (scored[0] >= keepAts[t]) {
          kept[t]++;
          right[t] += (int) scored[1];
        }
      }
    }
    List<FoldScore> out = new ArrayList<>();
    for (int t = 0; t < keepAts.length; t++) {
      double p = kept[t] == 0 ? 0 : (double) right[t] / kept[t];
      double r = gold == 0 ? 0 : (double) right[t] / gold;
      out.add(new FoldScore(keepAts[t], p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)));
    }
    return out;
  }

  /**
   * The probability each candidate gets from a model trained without its fold, with its label: what
   * calibration is fitted on, since the model's own training candidates look surer than new ones.
   *
   * @param stories the labelled candidates by story
   * @param folds   how many folds (stories are dealt to them in turn)
   * @param options the training options
   * @return pairs of {probability, 1 when right else 0}
   * @throws IOException when training fails
   */
  public static List<double[]> outOfFold(List<StoryEvents> stories, int folds, Options options) throws IOException {
    List<double[]> out = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<Event> train = new ArrayList<>();
      List<Event> test = new ArrayList<>();
      for (int i = 0; i < stories.size(); i++) {
        (i % folds == f ? test : train).addAll(stories.get(i).events());
      }
      AbstractModel model = train(train, options);
      for (Event e : test) {
        double p = model.eval(e.getContext())[model.getIndex(CommitmentScorer.KEEP)];
        out.add(new double[] {p, e.getOutcome().equals(CommitmentScorer.KEEP) ? 1 : 0});
      }
    }
    return out;
  }

  /**
   * Platt scaling: the slope and intercept on the log-odds that make out-of-fold probabilities match
   * how often candidates were right (logistic regression of the label on the log-odds, with Platt's
   * smoothed targets, solved by Newton's method).
   *
   * @param scored pairs of {probability, 1 when right else 0}
   * @return the calibration; the identity when there is nothing to fit
   */
  public static CommitmentScorer.Calibration platt(List<double[]> scored) {
    int positives = 0;
    for (double[] s : scored) {
      positives += s[1] > 0 ? 1 : 0;
    }
    int negatives = scored.size() - positives;
    if (positives == 0 || negatives == 0) {
      return CommitmentScorer.Calibration.IDENTITY;
    }
    double hi = (positives + 1.0) / (positives + 2.0);
    double lo = 1.0 / (negatives + 2.0);
    double a = 1;
    double b = 0;
    for (int iteration = 0; iteration < 100; iteration++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (double[] s : scored) {
        double z = CommitmentScorer.Calibration.logit(s[0]);
        double q = 1 / (1 + Math.exp(-(a * z + b)));
        double y = s[1] > 0 ? hi : lo;
        double w = q * (1 - q);
        ga += (q - y) * z;
        gb += q - y;
        haa += w * z * z;
        hab += w * z;
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      a -= da;
      b -= db;
      if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
        break;
      }
    }
    return new CommitmentScorer.Calibration(a, b);
  }

  /** The labelled candidates of each story, in story order. */
  public static List<StoryEvents> storyEvents(List<CorpusStory> stories, NewsMiner miner) {
    List<StoryEvents> out = new ArrayList<>();
    for (CorpusStory s : stories) {
      out.add(new StoryEvents(events(List.of(s), miner), s.gold().size()));
    }
    return out;
  }

  /**
   * The labelled candidates of the stories, in story order.
   *
   * @param stories the stories. Must not be {@code null}.
   * @param miner   the pipeline that finds sentences and organizations. Must not be {@code null}.
   */
  public static List<Event> events(List<CorpusStory> stories, NewsMiner miner) {
    CommitmentExtractor rules = new CommitmentExtractor(CommitmentScorer.rulesOnly());
    List<Event> events = new ArrayList<>();
    for (CorpusStory s : stories) {
      Extraction x = miner.extract(s.article());
      List<Candidate> candidates = rules.candidates(s.article(), x.sentences(), x.organizations());
      List<Commitment> commitments = new ArrayList<>(candidates.size());
      for (Candidate c : candidates) {
        commitments.add(c.commitment());
      }
      List<Boolean> right = new CommitmentEvaluator().add(s.text(), s.gold(), commitments);
      for (int i = 0; i < candidates.size(); i++) {
        events.add(new Event(right.get(i) ? CommitmentScorer.KEEP : CommitmentScorer.DROP,
            candidates.get(i).features().toArray(new String[0])));
      }
    }
    return events;
  }

  /**
   * Fits a maxent model to the events.
   *
   * @throws IOException when training fails
   * @throws IllegalArgumentException when the events do not have both outcomes
   */
  public static AbstractModel train(List<Event> events, Options options) throws IOException {
    long keep = events.stream().filter(e -> e.getOutcome().equals(CommitmentScorer.KEEP)).count();
    if (keep == 0 || keep == events.size()) {
      throw new IllegalArgumentException("events must have both outcomes; got " + keep + " keep of " + events.size());
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(QNTrainer.L2COST_PARAM, options.l2());
    params.put(QNTrainer.L1COST_PARAM, 0.0);
    params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
  }

  /** The share of events whose more likely outcome under {@code model} is their label. */
  public static double accuracy(MaxentModel model, List<Event> events) {
    int right = 0;
    for (Event e : events) {
      if (model.getBestOutcome(model.eval(e.getContext())).equals(e.getOutcome())) {
        right++;
      }
    }
    return events.isEmpty() ? 0 : (double) right / events.size();
  }

  /**
   * Writes the model as {@link CommitmentScorer#load(Path)} reads it (OpenNLP's generic model format, gzipped).
   *
   * @throws IOException when the file cannot be written
   */
  public static void write(AbstractModel model, Path file) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(new BufferedOutputStream(
        Files.newOutputStream(file))))) {
      new GenericModelWriter(model, out).persist();
    }
  }
}
