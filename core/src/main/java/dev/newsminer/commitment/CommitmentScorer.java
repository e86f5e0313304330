package dev.newsminer.commitment;

import dev.newsminer.Commitment;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Decides which candidate commitments to keep and how sure to be of each, with a maximum entropy
 * model (OpenNLP, written with its generic model writer and gzipped) over the candidates' features
 * ({@link Candidate#features()}), trained on the project's commitment corpus ({@code newsminer
 * train-commitments}; see the model card beside the bundled model). A candidate is kept when the model
 * gives it a probability of being right of at least {@link #KEEP_AT}, and that probability, recalibrated
 * on candidates the model was not trained on ({@link Calibration}, read from beside the model) and
 * rounded to two places, is its confidence.
 *
 * <p>Thread-safe: the model is only read. Example:
 *
 * <pre>{@code
 * CommitmentScorer scorer = CommitmentScorer.bundled();
 * List<Commitment> kept = scorer.score(extractor.candidates(article, sentences, organizations));
 * }</pre>
 */
public final class CommitmentScorer {

  /** The outcome of a candidate that is right. */
  public static final String KEEP = "keep";
  /** The outcome of a candidate that is not. */
  public static final String DROP = "drop";
  /**
   * The least probability of being right at which a candidate is kept: 0, every candidate. Cross-validated
   * on the corpus's training stories, dropping the less likely candidates gained no F1 (0.630 keeping all,
   * 0.631 from 0.2, 0.598 from 0.5) and cost recall on the dev set, so the model only grades them.
   */
  public static final double KEEP_AT = 0.0;

  static final String RESOURCE = "commitment-scorer.bin.gz";

  /** What the calibration of a model is called beside it: the model's file name and this. */
  public static final String CALIBRATION_SUFFIX = ".calibration";

  /**
   * Platt scaling of a model's probabilities: {@code 1 / (1 + exp(-(slope * logit(p) + intercept)))}.
   * Fitted by {@code train-commitments} on probabilities the model gave to candidates it was not
   * trained on, so that a confidence of 0.8 means about 8 in 10 right on new text.
   *
   * @param slope     how much the log-odds are stretched (below 1: the model was too sure)
   * @param intercept how far the log-odds are shifted
   */
  public record Calibration(double slope, double intercept) {

    /** No change. */
    public static final Calibration IDENTITY = new Calibration(1, 0);

    /**
     * The calibrated probability.
     *
     * @param p the model's probability
     * @return the calibrated one, from 0 to 1
     */
    public double apply(double p) {
      return 1 / (1 + Math.exp(-(slope * logit(p) + intercept)));
    }

    /**
     * The log-odds of {@code p}, kept finite.
     *
     * @param p a probability
     * @return {@code log(p / (1 - p))} with p kept within [1e-6, 1 - 1e-6]
     */
    public static double logit(double p) {
      double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
      return Math.log(q / (1 - q));
    }

    /**
     * Reads "slope intercept" from one line of text.
     *
     * @param in the text. Must not be {@code null}.
     * @return the calibration
     * @throws IOException when it is not two numbers
     */
    public static Calibration read(InputStream in) throws IOException {
      String[] parts = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim().split("\\s+");
      try {
        if (parts.length != 2) {
          throw new NumberFormatException("expected two numbers, got " + parts.length);
        }
        return new Calibration(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
      } catch (NumberFormatException e) {
        throw new IOException("not a calibration (\"slope intercept\"): " + e.getMessage(), e);
      }
    }

    /**
     * The line {@link #read} reads.
     *
     * @return "slope intercept"
     */
    public String line() {
      return slope + " " + intercept;
    }
  }

  private static final class Bundled {
    static final CommitmentScorer SCORER = loadBundled();
  }

  private final MaxentModel model;
  private final Calibration calibration;

  private CommitmentScorer(MaxentModel model, Calibration calibration) {
    this.model = model;
    this.calibration = calibration;
  }

  /**
   * The scorer trained on the project's corpus and bundled with newsminer, or one that keeps every
   * candidate with the rules' confidence when no model is bundled.
   *
   * @return the bundled scorer, or a rules-only one
   * @throws UncheckedIOException when the bundled model cannot be read
   */
  public static CommitmentScorer bundled() {
    return Bundled.SCORER;
  }

  /**
   * A scorer that keeps every candidate with the confidence the rules gave it.
   *
   * @return a scorer without a model
   */
  public static CommitmentScorer rulesOnly() {
    return new CommitmentScorer(null, Calibration.IDENTITY);
  }

  /**
   * Loads a model written by {@code newsminer train-commitments} (a gzipped OpenNLP maxent model).
   *
   * @param file the model. Must not be {@code null}.
   * @return a scorer that decides with the model
   * @throws IOException when it cannot be read or is not such a model, naming the file
   */
  public static CommitmentScorer load(Path file) throws IOException {
    MaxentModel model;
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      model = read(in);
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": not a commitment scorer model; " + e.getMessage(), e);
    }
    Path beside = file.resolveSibling(file.getFileName() + CALIBRATION_SUFFIX);
    if (!Files.isRegularFile(beside)) {
      return new CommitmentScorer(model, Calibration.IDENTITY);
    }
    try (InputStream in = Files.newInputStream(beside)) {
      return new CommitmentScorer(model, Calibration.read(in));
    } catch (IOException e) {
      throw new IOException(beside + ": " + e.getMessage(), e);
    }
  }

  private static CommitmentScorer loadBundled() {
    InputStream in = CommitmentScorer.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      return rulesOnly();
    }
    Calibration calibration = Calibration.IDENTITY;
    try (InputStream c = CommitmentScorer.class.getResourceAsStream(RESOURCE + CALIBRATION_SUFFIX)) {
      if (c != null) {
        calibration = Calibration.read(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("bundled " + RESOURCE + CALIBRATION_SUFFIX + " cannot be read", e);
    }
    try (in) {
      return new CommitmentScorer(read(in), calibration);
    } catch (IOException e) {
      throw new UncheckedIOException("bundled " + RESOURCE + " cannot be read", e);
    }
  }

  private static MaxentModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new GZIPInputStream(new BufferedInputStream(in)));
    MaxentModel m = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
    if (m.getIndex(KEEP) < 0 || m.getIndex(DROP) < 0) {
      throw new IOException("its outcomes must be " + KEEP + " and " + DROP + "; got " + m.getNumOutcomes() + " others");
    }
    return m;
  }

  /**
   * Whether a trained model decides, rather than the rules alone.
   *
   * @return true when a model is loaded
   */
  public boolean trained() {
    return model != null;
  }

  /**
   * The probability that a candidate is right, or its rule confidence when no model is loaded.
   *
   * @param candidate the candidate. Must not be {@code null}.
   * @return a probability from 0 to 1
   */
  public double probability(Candidate candidate) {
    if (model == null) {
      return candidate.commitment().confidence();
    }
    double[] p = model.eval(candidate.features().toArray(new String[0]));
    return calibration.apply(p[model.getIndex(KEEP)]);
  }

  /**
   * The candidates worth keeping, each with its probability of being right as its confidence.
   *
   * @param candidates the candidates of one article, in text order. Must not be {@code null}.
   * @return the kept commitments in the same order
   */
  public List<Commitment> score(List<Candidate> candidates) {
    List<Commitment> out = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      Commitment c = candidate.commitment();
      if (model == null) {
        out.add(c);
        continue;
      }
      double p = probability(candidate);
      if (p >= KEEP_AT) {
        out.add(new Commitment(c.organization(), c.partners(), c.kind(), c.trigger(), c.amount(), c.purpose(),
            c.beneficiary(), c.timeframe(), Math.round(p * 100) / 100.0, c.evidence()));
      }
    }
    return out;
  }
}
