package dev.newsminer.bench;

import dev.newsminer.Extraction;
import dev.newsminer.NewsMiner;
import dev.newsminer.Sentence;
import dev.newsminer.article.Article;
import dev.newsminer.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed-seed sample of articles with the output of the text stage for each, so that the stages
 * after it can be measured alone: article {@code i} has sentences {@code sentences.get(i)} and
 * {@code tokens[i]} tokens.
 */
final class AnalyzedSample {

  final List<Article> articles;
  final List<List<Sentence>> sentences;
  final int[] tokens;

  private AnalyzedSample(List<Article> articles, List<List<Sentence>> sentences, int[] tokens) {
    this.articles = articles;
    this.sentences = sentences;
    this.tokens = tokens;
  }

  /** {@code n} articles of the benchmark corpus, analyzed. */
  static AnalyzedSample of(int n) {
    Corpus corpus = Corpus.find();
    List<Article> articles = corpus.sample(n);
    if (articles.isEmpty()) {
      throw new IllegalStateException("no readable articles in the " + corpus.name() + " corpus");
    }
    TextAnalyzer analyzer = new TextAnalyzer();
    List<List<Sentence>> sentences = new ArrayList<>(articles.size());
    int[] tokens = new int[articles.size()];
    long total = 0;
    for (int i = 0; i < articles.size(); i++) {
      List<Sentence> s = analyzer.analyze(articles.get(i).text());
      sentences.add(s);
      for (Sentence sentence : s) {
        tokens[i] += sentence.tokens().size();
      }
      total += tokens[i];
    }
    System.out.printf("%n# input: %d %s articles, %d tokens (%.1f per article)%n", articles.size(), corpus.name(),
        total, (double) total / articles.size());
    return new AnalyzedSample(List.copyOf(articles), List.copyOf(sentences), tokens);
  }

  int size() {
    return articles.size();
  }

  /** The whole {@link NewsMiner#extract} of every article, in sample order, for the stages after it. */
  List<Extraction> extractions() {
    NewsMiner miner = NewsMiner.english();
    List<Extraction> extractions = new ArrayList<>(articles.size());
    for (Article article : articles) {
      extractions.add(miner.extract(article));
    }
    return List.copyOf(extractions);
  }
}
