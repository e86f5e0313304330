package dev.newsminer.cli;

import dev.newsminer.ExtractionJson;
import dev.newsminer.entity.Gazetteer;
import dev.newsminer.cli.training.NerEvaluator;
import dev.newsminer.cli.training.NerScores;
import dev.newsminer.entity.NameTagger;
import dev.newsminer.entity.OrganizationFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsminer eval-ner}: scores the organization recognizer on CoNLL gold data. */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
    description = "Score the organization recognizer on CoNLL data (token ... TAG); print metrics as JSON.")
final class EvalNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "CoNLL gold file: token ... TAG, blank line between sentences, -DOCSTART- between documents.")
  Path gold;

  @Option(names = "--out", paramLabel = "FILE", description = "Write 'token GOLD PRED' lines here.")
  Path out;

  @Option(names = "--model", paramLabel = "FILE", description = "A name finder model instead of the bundled one.")
  Path model;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Extra gazetteer file (canonical<TAB>TYPE<TAB>alias|alias...); repeatable.")
  List<Path> gazetteers = new ArrayList<>();

  @Option(names = "--no-model", description = "Leave out the statistical model.")
  boolean noModel;

  @Option(names = "--no-gazetteer", description = "Leave out the gazetteer.")
  boolean noGazetteer;

  @Option(names = "--no-patterns", description = "Leave out the form patterns (legal forms, institutions, tickers, acronyms).")
  boolean noPatterns;

  @Option(names = "--no-document", description = "Leave out document-level consistency.")
  boolean noDocument;

  @Option(names = "--model-alone",
      description = "Score the name model alone: every ORG name it tags, no other layer and no rule deciding.")
  boolean modelAlone;

  @Option(names = "--unlisted",
      description = "Also report the recall on gold ORG names that the gazetteer (bundled or --gazetteer) does not list.")
  boolean unlisted;

  @Override
  public Integer call() throws IOException {
    Arguments.requireFile("--gold", gold);
    if (model != null) {
      Arguments.requireFile("--model", model);
    }
    for (Path g : gazetteers) {
      Arguments.requireFile("--gazetteer", g);
    }
    if (modelAlone && (noModel || noGazetteer || noPatterns || noDocument)) {
      throw new Main.UsageException("--model-alone takes no layer switch; it already leaves out every other layer");
    }
    NameTagger tagger = model != null ? NameTagger.load(model) : NameTagger.bundled().orElse(null);
    if (modelAlone && tagger == null) {
      throw new Main.UsageException("--model-alone needs a model; this build has none, give --model");
    }
    Gazetteer gazetteer = gazetteers.isEmpty() ? Gazetteer.bundled() : Gazetteer.load(gazetteers);
    NerEvaluator evaluator = modelAlone ? NerEvaluator.modelAlone(tagger)
        : NerEvaluator.of(OrganizationFinder.of(tagger, gazetteer,
            new OrganizationFinder.Layers(!noModel, !noGazetteer, !noPatterns, !noDocument)));
    if (unlisted) {
      evaluator = evaluator.withUnlisted(gazetteer);
    }
    NerScores scores;
    if (out != null) {
      try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        scores = evaluator.evaluate(gold, writer);
      }
    } else {
      scores = evaluator.evaluate(gold, null);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(ExtractionJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(scores));
    stdout.flush();
    return Main.OK;
  }
}
