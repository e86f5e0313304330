package dev.newsminer.commitment;

import dev.newsminer.Commitment;
import dev.newsminer.Organization;
import dev.newsminer.Sentence;
import dev.newsminer.article.Article;
import dev.newsminer.commitment.OrgMentions.Mention;
import dev.newsminer.entity.Countries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds what organizations commit to in an article, sentence by sentence: the trigger ("committed",
 * "agreed to acquire", "will invest", "aims to", "joined forces", "X's pledge of"), the committer
 * (resolved through "it", "the company", "the bank" to the organization meant), its partners, the
 * kind, the money, purpose, beneficiary and timeframe, following {@code docs/commitments.md}.
 *
 * <p>The work is done in steps that can be read and tested apart: {@link TriggerFinder} finds the
 * candidate triggers, {@link ClauseCues} reads what frames them, {@link CommitterFinder} finds who
 * commits, {@link FieldReader} and {@link KindRules} read the fields and the kind, {@link Restatements}
 * keeps one commitment per statement, and {@link CommitmentScorer} keeps the candidates its model finds
 * likely right, with that likelihood as their confidence.
 *
 * <p>It leaves out forecasts and expectations, other people's speculation, negated and refused
 * commitments, routine notices (dividends, earnings dates) and completed facts.
 *
 * <p>Thread-safe: it holds only immutable word lists and a read-only model, so one instance serves
 * every thread.
 *
 * <pre>{@code
 * CommitmentExtractor extractor = new CommitmentExtractor();
 * List<Commitment> found = extractor.extract(article, sentences, organizations);
 * }</pre>
 */
public final class CommitmentExtractor {

  private final Countries countries;
  private final CommitmentScorer scorer;

  /** Creates an extractor with the bundled word lists, country names and scorer model. */
  public CommitmentExtractor() {
    this(CommitmentScorer.bundled());
  }

  /**
   * Creates an extractor that keeps what {@code scorer} keeps.
   *
   * @param scorer the scorer; {@link CommitmentScorer#rulesOnly()} keeps every candidate. Must not be {@code null}.
   */
  public CommitmentExtractor(CommitmentScorer scorer) {
    this(Countries.bundled(), scorer);
  }

  CommitmentExtractor(Countries countries, CommitmentScorer scorer) {
    this.countries = countries;
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  /**
   * Extracts the commitments an article states.
   *
   * @param article       the article; its text is what the offsets refer to. Must not be {@code null}.
   * @param sentences     its sentences with tagged tokens, in text order. Must not be {@code null}.
   * @param organizations the organizations the article names, with their mentions; names they leave
   *                      out may still be found by their form ("Eskey Inc"). Must not be {@code null}.
   * @return the commitments in text order; an empty list when there are none
   */
  public List<Commitment> extract(Article article, List<Sentence> sentences, List<Organization> organizations) {
    return scorer.score(candidates(article, sentences, organizations));
  }

  /**
   * The candidate commitments of an article as the rules read them, before the scorer keeps some:
   * what a scorer is trained on.
   *
   * @param article       the article. Must not be {@code null}.
   * @param sentences     its sentences with tagged tokens, in text order. Must not be {@code null}.
   * @param organizations the organizations the article names. Must not be {@code null}.
   * @return the candidates in text order; an empty list when there are none
   */
  public List<Candidate> candidates(Article article, List<Sentence> sentences, List<Organization> organizations) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(organizations, "organizations");
    String text = article.text();
    OrgMentions mentions = OrgMentions.of(text, sentences, organizations, countries);
    Focus focus = new Focus();
    List<Candidate> out = new ArrayList<>();
    Set<String> seenAmounts = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      List<Mention> ms = mentions.in(i);
      if (!sentence.tokens().isEmpty()) {
        new SentenceReader(new SentenceView(text, sentence, ms, article.published()), focus, i).read(out, seenAmounts);
      }
      focus.after(sentence, ms);
    }
    return out;
  }
}
