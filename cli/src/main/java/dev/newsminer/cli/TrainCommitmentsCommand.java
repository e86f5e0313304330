package dev.newsminer.cli;

import dev.newsminer.ExtractionJson;
import dev.newsminer.NewsMiner;
import dev.newsminer.cli.commitments.CommitmentCorpus;
import dev.newsminer.cli.commitments.CorpusSplit;
import dev.newsminer.cli.commitments.CorpusStory;
import dev.newsminer.cli.commitments.ScorerTrainer;
import dev.newsminer.commitment.CommitmentScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsminer train-commitments}: trains the commitment scorer on the training four fifths of the
 * project's commitment corpus (never on the held-out fifth, the stories numbered by a multiple of 5).
 */
@Command(name = "train-commitments", mixinStandardHelpOptions = true,
    description = "Train the commitment scorer (keep or drop each candidate) on the corpus's training stories.")
final class TrainCommitmentsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "FILE", required = true,
      description = "The corpus's annotations, JSON Lines: story, commitments with evidence text.")
  Path corpus;

  @Option(names = "--stories", paramLabel = "DIR", required = true,
      description = "The folder with the corpus's marked stories as NAME.txt.")
  Path stories;

  @Option(names = "--model", paramLabel = "OUT", required = true, description = "Where to write the model (.bin.gz).")
  Path model;

  @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations = ScorerTrainer.Options.defaults().iterations();

  @Option(names = "--cutoff", paramLabel = "N",
      description = "Drop features seen fewer than N times (default: ${DEFAULT-VALUE}).")
  int cutoff = ScorerTrainer.Options.defaults().cutoff();

  @Option(names = "--l2", paramLabel = "X", description = "L2 penalty of the weights (default: ${DEFAULT-VALUE}).")
  double l2 = ScorerTrainer.Options.defaults().l2();

  @Option(names = "--folds", paramLabel = "N",
      description = "Also cross-validate over N folds of the training stories (default: ${DEFAULT-VALUE}; 1 skips it).")
  int folds = 5;

  private static final double[] KEEP_ATS = {0.0, 0.2, 0.3, 0.4, 0.5, 0.6};

  @Override
  public Integer call() throws IOException {
    ScorerTrainer.Options options;
    try {
      options = new ScorerTrainer.Options(iterations, cutoff, l2);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    Arguments.requireFile("--corpus", corpus);
    Arguments.requireFolder("--stories", stories);
    Arguments.requireParentFolder("--model", model);
    List<CorpusStory> train = CommitmentCorpus.read(corpus, stories, CorpusSplit.TRAIN);
    NewsMiner miner = NewsMiner.builder().ungradedCommitments().build();
    List<ScorerTrainer.StoryEvents> byStory = ScorerTrainer.storyEvents(train, miner);
    List<Event> events = new ArrayList<>();
    byStory.forEach(s -> events.addAll(s.events()));
    AbstractModel trained;
    try {
      trained = ScorerTrainer.train(events, options);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    ScorerTrainer.write(trained, model);
    long keep = events.stream().filter(e -> e.getOutcome().equals(CommitmentScorer.KEEP)).count();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stories", train.size());
    out.put("candidates", events.size());
    out.put("right_candidates", keep);
    out.put("training_accuracy", Math.round(ScorerTrainer.accuracy(trained, events) * 10000) / 10000.0);
    if (folds > 1) {
      // each candidate scored by a model trained without its fold, once for both uses below
      List<double[]> outOfFold = ScorerTrainer.outOfFold(byStory, folds, options);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (ScorerTrainer.FoldScore f : ScorerTrainer.crossValidate(byStory, outOfFold, KEEP_ATS)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("keep_at", f.keepAt());
        row.put("precision", Math.round(f.precision() * 10000) / 10000.0);
        row.put("recall", Math.round(f.recall() * 10000) / 10000.0);
        row.put("f1", Math.round(f.f1() * 10000) / 10000.0);
        rows.add(row);
      }
      out.put("cross_validation", rows);
      // confidence that means what it says on new text: Platt scaling fitted out of fold
      CommitmentScorer.Calibration calibration = ScorerTrainer.platt(outOfFold);
      // how often a calibrated confidence of 0.8 or more was right on the stories left out of each fold
      int high = 0;
      int highRight = 0;
      for (double[] scored : outOfFold) {
        if (calibration.apply(scored[0]) >= 0.795) {
          high++;
          highRight += scored[1] > 0 ? 1 : 0;
        }
      }
      out.put("out_of_fold_at_0.8", Map.of("outputs", high, "right", highRight));
      Path beside = model.resolveSibling(model.getFileName() + CommitmentScorer.CALIBRATION_SUFFIX);
      Files.writeString(beside, calibration.line() + "\n", java.nio.charset.StandardCharsets.UTF_8);
      out.put("calibration", Map.of("slope", calibration.slope(), "intercept", calibration.intercept(),
          "file", beside.toString()));
    }
    out.put("model", model.toString());
    out.put("bytes", Files.size(model));
    PrintWriter w = spec.commandLine().getOut();
    w.println(ExtractionJson.mapper().writeValueAsString(out));
    w.flush();
    return Main.OK;
  }
}
