package dev.newsminer.cli.training;

import dev.newsminer.Sentence;
import dev.newsminer.Token;
import dev.newsminer.entity.NameTagger;
import dev.newsminer.entity.TaggedName;
import dev.newsminer.text.TextAnalyzer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A development tool, not a test: trains a model with given options, tags a dev corpus with it
 * (writing {@code token GOLD PRED} lines for {@code conll_score.py}) and measures its tagging speed
 * on Reuters sentences tokenized by {@link TextAnalyzer}. Used to fill the model card's table.
 *
 * <pre>
 * java -cp ... dev.newsminer.entity.NameModelExperiment --dev DEV --out PRED [--algorithm A]
 *     [--iterations N] [--no-augment] [--no-gazetteer] [--gazetteer TSV] [--beam N]
 *     [--reuters DIR] [--model IN_OR_OUT] [--load] TRAIN...
 * </pre>
 */
final class NameModelExperiment {

  private NameModelExperiment() {}

  public static void main(String[] args) throws IOException {
    NameModelTrainer.Options options = NameModelTrainer.Options.defaults();
    Path dev = null;
    Path out = null;
    Path gazetteer = null;
    Path reuters = null;
    Path modelFile = null;
    boolean load = false;
    boolean holdOut = true;
    List<Path> train = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dev" -> dev = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--algorithm" -> options = options.withAlgorithm(NameModelTrainer.Algorithm.valueOf(args[++i]));
        case "--iterations" -> options = options.withIterations(Integer.parseInt(args[++i]));
        case "--cutoff" -> options = options.withCutoff(Integer.parseInt(args[++i]));
        case "--beam" -> options = options.withBeamSize(Integer.parseInt(args[++i]));
        case "--no-augment" -> options = options.withAugment(false);
        case "--augment" -> options = options.withAugment(true);
        case "--no-gazetteer" -> options = options.withGazetteer(false);
        case "--gazetteer" -> gazetteer = Path.of(args[++i]);
        case "--reuters" -> reuters = Path.of(args[++i]);
        case "--model" -> modelFile = Path.of(args[++i]);
        case "--load" -> load = true;
        case "--no-hold-out" -> holdOut = false;
        default -> train.add(Path.of(args[i]));
      }
    }
    TokenNameFinderModel model;
    long t0 = System.nanoTime();
    if (load) {
      model = NameTagger.load(modelFile).model();
    } else {
      NameModelTrainer trainer = gazetteer != null ? NameModelTrainer.withGazetteer(options, gazetteer)
          : NameModelTrainer.withBundledGazetteer(options);
      List<LabeledSentence> corpus = new ArrayList<>();
      for (Path p : train) {
        corpus.addAll(BioReader.read(p));
      }
      System.err.printf("training %s on %d sentences, gazetteer %d names, hold-out %s%n", options, corpus.size(),
          trainer.gazetteerSize(), holdOut);
      model = trainer.train(corpus, holdOut);
      if (modelFile != null) {
        model.serialize(modelFile);
      }
    }
    System.err.printf("model ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    NameTagger tagger = NameTagger.of(model);
    if (dev != null && out != null) {
      tagDev(tagger, dev, out);
    }
    if (reuters != null) {
      speed(tagger, reuters);
    }
  }

  private static void tagDev(NameTagger tagger, Path dev, Path out) throws IOException {
    List<LabeledSentence> gold = BioReader.read(dev);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (LabeledSentence s : gold) {
        if (s.documentStart()) {
          tagger.endDocument();
        }
        String[] tokens = s.tokenArray();
        String[] pred = new String[tokens.length];
        java.util.Arrays.fill(pred, "O");
        for (TaggedName name : tagger.tag(tokens)) {
          for (int i = name.start(); i < name.end(); i++) {
            pred[i] = (i == name.start() ? "B-" : "I-") + name.type();
          }
        }
        for (int i = 0; i < tokens.length; i++) {
          w.write(tokens[i] + " " + s.tags().get(i) + " " + pred[i] + "\n");
        }
        w.write("\n");
      }
    }
  }

  private static void speed(NameTagger tagger, Path reutersDir) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(reutersDir)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().limit(300).toList();
    }
    TextAnalyzer analyzer = new TextAnalyzer();
    List<List<String[]>> docs = new ArrayList<>();
    int sentences = 0;
    long tokens = 0;
    for (Path f : files) {
      List<String[]> doc = new ArrayList<>();
      for (Sentence s : analyzer.analyze(Files.readString(f))) {
        doc.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
        tokens += s.tokens().size();
        sentences++;
      }
      docs.add(doc);
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 5; round++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      int names = 0;
      for (List<String[]> doc : docs) {
        for (String[] s : doc) {
          names += tagger.tag(s).size();
        }
        tagger.endDocument();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.err.printf("speed round %d: %d sentences, %d tokens, %d names, %.0f tokens/s wall, %.0f tokens/s cpu%n",
          round, sentences, tokens, names, tokens / seconds, tokens / cpuSeconds);
    }
  }
}
