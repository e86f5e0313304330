package dev.newsminer.entity;

import java.util.List;

/**
 * One organization of a document as the {@link DocumentResolver} resolved it: the gazetteer entry it
 * is (if any), every mention of it and the aliases the text gave with them. Immutable.
 *
 * @param entry        the gazetteer organization, or null
 * @param mentions     its mentions, sentence by sentence; never empty
 * @param extraAliases aliases that are no mention themselves, such as tickers; may be empty
 */
record MentionGroup(GazetteerEntry entry, List<Mention> mentions, List<String> extraAliases) {

  /** Copies the lists. */
  MentionGroup {
    mentions = List.copyOf(mentions);
    extraAliases = List.copyOf(extraAliases);
  }

  /** The mention that comes first in the document. */
  Mention first() {
    Mention best = mentions.get(0);
    for (Mention m : mentions) {
      if (m.sentence() < best.sentence() || m.sentence() == best.sentence() && m.start() < best.start()) {
        best = m;
      }
    }
    return best;
  }

  /** The same organization with only {@code kept} as its mentions. */
  MentionGroup withMentions(List<Mention> kept) {
    return new MentionGroup(entry, kept, extraAliases);
  }
}
