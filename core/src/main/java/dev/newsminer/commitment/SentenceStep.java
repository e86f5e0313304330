package dev.newsminer.commitment;

import dev.newsminer.Sentence;
import dev.newsminer.Token;
import dev.newsminer.commitment.OrgMentions.Mention;
import java.util.List;

/**
 * A step of reading one sentence for commitments, with the sentence's arrays at hand under short
 * names ({@code lower[k]}, {@code orgAt[k]}) so that its rules read like the phrases they match.
 *
 * <p>Not thread-safe: a step lives as long as the reading of its sentence, on one thread.
 */
abstract class SentenceStep {

  final SentenceView sv;
  final String text;
  final Sentence sentence;
  final List<Token> tokens;
  final int n;
  final String[] lower;
  final String[] lemma;
  final List<Mention> ms;
  final int[] orgAt;

  SentenceStep(SentenceView sv) {
    this.sv = sv;
    this.text = sv.text;
    this.sentence = sv.sentence;
    this.tokens = sv.tokens;
    this.n = sv.n;
    this.lower = sv.lower;
    this.lemma = sv.lemma;
    this.ms = sv.ms;
    this.orgAt = sv.orgAt;
  }
}
