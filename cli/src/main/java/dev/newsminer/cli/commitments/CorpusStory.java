package dev.newsminer.cli.commitments;

import dev.newsminer.article.Article;
import dev.newsminer.commitment.CommitmentEvaluator.GoldCommitment;
import java.util.List;

/**
 * One story of the commitment corpus, ready to extract and score.
 *
 * @param name    the story's name ({@code web-007})
 * @param number  its number (7), which decides its split
 * @param text    its file's text with the name marks removed; the gold offsets refer to it
 * @param article the article as newsminer reads such a file (headline line, then the body)
 * @param gold    its annotated commitments, with evidence offsets into {@code text}
 * @param problems one line per annotation whose evidence was not found in the text (left out of {@code gold})
 */
public record CorpusStory(String name, int number, String text, Article article, List<GoldCommitment> gold,
    List<String> problems) {

  /** Copies the lists. */
  public CorpusStory {
    gold = List.copyOf(gold);
    problems = List.copyOf(problems);
  }
}
