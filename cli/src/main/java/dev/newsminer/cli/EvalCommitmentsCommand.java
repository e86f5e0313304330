package dev.newsminer.cli;

import dev.newsminer.Commitment;
import dev.newsminer.ExtractionJson;
import dev.newsminer.NewsMiner;
import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ArticleSink;
import dev.newsminer.article.ReadProblem;
import dev.newsminer.cli.commitments.CommitmentCorpus;
import dev.newsminer.cli.commitments.CorpusSplit;
import dev.newsminer.cli.commitments.CorpusStory;
import dev.newsminer.cli.commitments.Reliability;
import dev.newsminer.commitment.CommitmentEvaluator.GoldArticle;
import dev.newsminer.commitment.CommitmentEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsminer eval-commitments}: extracts commitments from annotated articles and scores them,
 * either Reuters-style articles with offset annotations ({@code --gold}, {@code --articles}) or the
 * project's commitment corpus ({@code --corpus}, {@code --stories}, {@code --split}).
 */
@Command(name = "eval-commitments", mixinStandardHelpOptions = true,
    description = "Score commitment extraction against gold annotations (docs/commitments.md); prints JSON.")
final class EvalCommitmentsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "Gold annotations, JSON Lines: newid, commitments with evidence offsets.")
  Path gold;

  @Option(names = "--articles", paramLabel = "DIR", description = "The folder with the articles as NNNNN.txt.")
  Path articles;

  @Option(names = "--corpus", paramLabel = "FILE",
      description = "The commitment corpus's annotations, JSON Lines: story, commitments with evidence text.")
  Path corpus;

  @Option(names = "--stories", paramLabel = "DIR", description = "The folder with the corpus's marked stories as NAME.txt.")
  Path stories;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "HELDOUT",
      description = "Which corpus stories: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}; the held-out fifth "
          + "are the stories numbered by a multiple of 5).")
  CorpusSplit split;

  @Option(names = "--scorer", paramLabel = "FILE",
      description = "A commitment scorer model (from train-commitments) instead of the bundled one.")
  Path scorer;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Also write every missed gold commitment and every wrong output, one tab-separated line each "
          + "(not for the held-out split, which is never read).")
  Path errors;

  @Option(names = "--no-scorer", description = "Keep every candidate the rules read, with their confidence.")
  boolean noScorer;

  @Override
  public Integer call() throws IOException {
    boolean reuters = gold != null || articles != null;
    boolean ours = corpus != null || stories != null;
    if (reuters == ours) {
      throw new Main.UsageException("give --gold and --articles, or --corpus and --stories; got "
          + (reuters ? "both" : "neither"));
    }
    if (scorer != null && noScorer) {
      throw new Main.UsageException("give --scorer or --no-scorer; got both");
    }
    if (errors != null && ours && split != CorpusSplit.TRAIN) {
      throw new Main.UsageException("--errors lists the train split or the dev set only; got --split " + split);
    }
    List<String> errorLines = new ArrayList<>();
    NewsMiner.Builder builder = NewsMiner.builder();
    if (scorer != null) {
      Arguments.requireFile("--scorer", scorer);
      builder.commitmentModel(scorer);
    } else if (noScorer) {
      builder.ungradedCommitments();
    }
    NewsMiner miner = builder.build();
    CommitmentEvaluator evaluator = new CommitmentEvaluator();
    Reliability reliability = new Reliability();
    List<String> problems = new ArrayList<>();
    int articleCount;
    if (reuters) {
      if (gold == null || !Files.isRegularFile(gold)) {
        throw new Main.UsageException("no gold file at --gold; got " + gold);
      }
      if (articles == null) {
        throw new Main.UsageException("--gold needs --articles; got none");
      }
      Arguments.requireFolder("--articles", articles);
      List<GoldArticle> golds = CommitmentEvaluator.readGold(gold);
      for (GoldArticle g : golds) {
        Path file = articles.resolve(String.format("%05d.txt", g.newid()));
        if (!Files.isRegularFile(file)) {
          throw new IOException(file + ": article of newid " + g.newid() + " not found");
        }
        List<Commitment> predicted = extract(miner, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        score(evaluator, reliability, text, g.commitments(), predicted);
        listErrors(errorLines, String.valueOf(g.newid()), text, g.commitments(), predicted, evaluator);
      }
      articleCount = golds.size();
    } else {
      if (corpus == null || !Files.isRegularFile(corpus)) {
        throw new Main.UsageException("no annotation file at --corpus; got " + corpus);
      }
      if (stories == null) {
        throw new Main.UsageException("--corpus needs --stories; got none");
      }
      Arguments.requireFolder("--stories", stories);
      List<CorpusStory> read = CommitmentCorpus.read(corpus, stories, split);
      for (CorpusStory s : read) {
        problems.addAll(s.problems());
        List<Commitment> predicted = miner.extract(s.article()).commitments();
        score(evaluator, reliability, s.text(), s.gold(), predicted);
        listErrors(errorLines, s.name(), s.text(), s.gold(), predicted, evaluator);
      }
      articleCount = read.size();
    }
    CommitmentEvaluator.Scores s = evaluator.scores();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("articles", articleCount);
    out.put("gold", s.gold());
    out.put("predicted", s.predicted());
    out.put("tp", s.truePositives());
    out.put("precision", round(s.precision()));
    out.put("recall", round(s.recall()));
    out.put("f1", round(s.f1()));
    out.put("kind_accuracy", round(s.kindAccuracy()));
    out.put("amount_accuracy", round(s.amountAccuracy()));
    out.put("unlocated_evidence", s.unlocated());
    out.put("reliability", reliability.rows());
    if (!problems.isEmpty()) {
      out.put("unlocated_gold", problems);
    }
    if (errors != null) {
      Files.write(errors, errorLines, StandardCharsets.UTF_8);
    }
    PrintWriter w = spec.commandLine().getOut();
    w.println(ExtractionJson.mapper().writeValueAsString(out));
    w.flush();
    return Main.OK;
  }

  private static void score(CommitmentEvaluator evaluator, Reliability reliability, String text,
      List<CommitmentEvaluator.GoldCommitment> gold, List<Commitment> predicted) {
    List<Boolean> right = evaluator.add(text, gold, predicted);
    for (int i = 0; i < predicted.size(); i++) {
      reliability.add(predicted.get(i).confidence(), right.get(i));
    }
  }

  /** One line per missed gold commitment (MISS) and per wrong output (WRONG), after the article was scored. */
  private static void listErrors(List<String> lines, String article, String text,
      List<CommitmentEvaluator.GoldCommitment> gold, List<Commitment> predicted, CommitmentEvaluator evaluator) {
    List<Boolean> found = evaluator.lastGoldFound();
    for (int i = 0; i < gold.size(); i++) {
      if (!found.get(i)) {
        CommitmentEvaluator.GoldCommitment g = gold.get(i);
        lines.add(String.join("\t", article, "MISS", g.organization(), String.valueOf(g.kind()),
            g.amountValue() == null ? "-" : g.amountValue() + " " + g.currency(),
            oneLine(text.substring(g.start(), Math.min(text.length(), g.end())))));
      }
    }
    List<Boolean> right = evaluator.lastPredictedRight();
    for (int i = 0; i < predicted.size(); i++) {
      if (!right.get(i)) {
        Commitment p = predicted.get(i);
        lines.add(String.join("\t", article, "WRONG", p.organization(), String.valueOf(p.kind()),
            p.trigger() + " @" + p.confidence(), oneLine(p.evidence().text())));
      }
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static List<Commitment> extract(NewsMiner miner, Path file) throws IOException {
    List<Commitment> predicted = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    ArticleFiles.read(file, new ArticleSink() {
      @Override
      public void article(Article article) {
        predicted.addAll(miner.extract(article).commitments());
      }

      @Override
      public void problem(ReadProblem problem) {
        problems.add(problem.toString());
      }
    });
    if (!problems.isEmpty()) {
      throw new IOException(problems.get(0)); // a ReadProblem names its file already
    }
    return predicted;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
