package dev.newsminer.cli;

import dev.newsminer.ExtractionJson;
import dev.newsminer.NewsMiner;
import dev.newsminer.article.Article;
import dev.newsminer.article.ArticleFiles;
import dev.newsminer.article.ArticleSink;
import dev.newsminer.article.ReadProblem;
import dev.newsminer.commitment.Commitment;
import dev.newsminer.commitment.CommitmentEvaluator;
import dev.newsminer.commitment.CommitmentEvaluator.GoldArticle;
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

/** {@code newsminer eval-commitments}: extracts commitments from annotated articles and scores them. */
@Command(name = "eval-commitments", mixinStandardHelpOptions = true,
    description = "Score commitment extraction against gold annotations (docs/commitments.md); prints JSON.")
final class EvalCommitmentsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE", required = true,
      description = "Gold annotations, JSON Lines: newid, commitments with evidence offsets.")
  Path gold;

  @Option(names = "--articles", paramLabel = "DIR", required = true,
      description = "The folder with the articles as NNNNN.txt.")
  Path articles;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(gold)) {
      throw new Main.UsageException("no gold file at --gold; got " + gold);
    }
    Arguments.requireFolder("--articles", articles);
    List<GoldArticle> golds = CommitmentEvaluator.readGold(gold);
    NewsMiner miner = NewsMiner.english();
    CommitmentEvaluator evaluator = new CommitmentEvaluator();
    for (GoldArticle g : golds) {
      Path file = articles.resolve(String.format("%05d.txt", g.newid()));
      if (!Files.isRegularFile(file)) {
        throw new IOException(file + ": article of newid " + g.newid() + " not found");
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
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
      evaluator.add(text, g.commitments(), predicted);
    }
    CommitmentEvaluator.Scores s = evaluator.scores();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("gold", s.gold());
    out.put("predicted", s.predicted());
    out.put("tp", s.truePositives());
    out.put("precision", round(s.precision()));
    out.put("recall", round(s.recall()));
    out.put("f1", round(s.f1()));
    out.put("kind_accuracy", round(s.kindAccuracy()));
    out.put("amount_accuracy", round(s.amountAccuracy()));
    out.put("unlocated_evidence", s.unlocated());
    PrintWriter w = spec.commandLine().getOut();
    w.println(ExtractionJson.mapper().writeValueAsString(out));
    w.flush();
    return Main.OK;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
