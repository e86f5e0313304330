package dev.newsminer.cli;

import dev.newsminer.cli.training.BioReader;
import dev.newsminer.cli.training.LabeledSentence;
import dev.newsminer.cli.training.NameModelTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsminer train-ner}: trains a PER/ORG/LOC/MISC name finder model on CoNLL files. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
    description = "Train a name finder model (PER, ORG, LOC, MISC) on CoNLL/BIO files.")
final class TrainNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "FILE", arity = "1..*", required = true,
      description = "Training files: token<TAB>TAG lines (last column the tag, BIO2 or IOB1), a blank "
          + "line between sentences, -DOCSTART- between documents.")
  List<Path> data;

  @Option(names = "--model", paramLabel = "OUT", required = true, description = "Where to write the model.")
  Path model;

  @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations = NameModelTrainer.Options.defaults().iterations();

  @Option(names = "--algorithm", paramLabel = "A",
      description = "MAXENT or PERCEPTRON (default: ${DEFAULT-VALUE}).")
  NameModelTrainer.Algorithm algorithm = NameModelTrainer.Options.defaults().algorithm();

  @Option(names = "--cutoff", paramLabel = "N",
      description = "Drop features seen fewer than N times (default: ${DEFAULT-VALUE}).")
  int cutoff = NameModelTrainer.Options.defaults().cutoff();

  @Option(names = "--beam", paramLabel = "N",
      description = "Beam size the model tags with; 1 is greedy and fastest (default: ${DEFAULT-VALUE}).")
  int beam = NameModelTrainer.Options.defaults().beamSize();

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the augmentation (default: ${DEFAULT-VALUE}).")
  long seed = NameModelTrainer.Options.defaults().seed();

  @Option(names = "--augment",
      description = "Add a copy of each document with its organization names replaced by gazetteer names.")
  boolean augment;

  @Option(names = "--no-gazetteer", description = "Train without the gazetteer feature.")
  boolean noGazetteer;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Organization list (name<TAB>TYPE<TAB>aliases) for the gazetteer feature and the "
          + "augmentation (default: the list bundled with newsminer).")
  Path gazetteer;

  @Override
  public Integer call() throws IOException {
    NameModelTrainer.Options options;
    try {
      options = new NameModelTrainer.Options(iterations, algorithm, cutoff, augment, !noGazetteer, beam, seed);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    for (Path file : data) {
      Arguments.requireFile("--data", file);
    }
    if (gazetteer != null) {
      Arguments.requireFile("--gazetteer", gazetteer);
    }
    Arguments.requireParentFolder("--model", model);
    List<LabeledSentence> corpus = new ArrayList<>();
    for (Path file : data) {
      corpus.addAll(BioReader.read(file));
    }
    if (corpus.isEmpty()) {
      throw new Main.UsageException("--data files must hold sentences; got none in " + data);
    }
    NameModelTrainer trainer = gazetteer != null ? NameModelTrainer.withGazetteer(options, gazetteer)
        : NameModelTrainer.withBundledGazetteer(options);
    PrintWriter err = spec.commandLine().getErr();
    err.printf("train-ner: %d sentences from %d files, gazetteer of %d names, %s%n", corpus.size(), data.size(),
        trainer.gazetteerSize(), options);
    err.flush();
    TokenNameFinderModel trained = trainer.train(corpus);
    trained.serialize(model);
    err.println("train-ner: wrote " + model);
    return Main.OK;
  }
}
