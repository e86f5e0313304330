package dev.newsminer.entity;

/**
 * One place where a document names an organization, as the layers of {@link OrganizationFinder}
 * find it: a run of tokens in one sentence. Immutable: a step that changes a mention makes a new
 * one, and a step that drops it leaves it out of the list it returns.
 *
 * @param sentence   the sentence's index in the document
 * @param start      the first token, inclusive
 * @param end        the last token, exclusive; greater than {@code start}
 * @param source     which layer found it
 * @param entry      the gazetteer organization it names, or null
 * @param extraAlias an alias that the text gives with it and that is not a mention itself, such as a
 *                   ticker, or null
 * @param definedBy  for an acronym defined in parentheses, the mention it abbreviates; otherwise null
 * @param unit       whether it names a regional unit of a known organization ("Ford Australia")
 */
record Mention(int sentence, int start, int end, Source source, GazetteerEntry entry, String extraAlias,
    Mention definedBy, boolean unit) {

  /**
   * Which layer found a mention, for measuring each layer's contribution; {@code RESULTS} is the
   * patterns' reading of a results line or a standings table, whose names are teams.
   */
  enum Source { MODEL, GAZETTEER, PATTERN, ACRONYM, DOCUMENT, RESULTS }

  /** Checks the token span. */
  Mention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("token indexes must satisfy 0 <= start < end; got " + start + ", " + end);
    }
  }

  /** A mention with nothing known about it but where it is and which layer found it. */
  Mention(int sentence, int start, int end, Source source) {
    this(sentence, start, end, source, null, null, null, false);
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Mention other) {
    return sentence == other.sentence && start < other.end && other.start < end;
  }

  boolean sameSpan(Mention other) {
    return sentence == other.sentence && start == other.start && end == other.end;
  }

  /** The same mention over other tokens of its sentence. */
  Mention withSpan(int newStart, int newEnd) {
    return newStart == start && newEnd == end ? this
        : new Mention(sentence, newStart, newEnd, source, entry, extraAlias, definedBy, unit);
  }

  /** The same mention read as another gazetteer organization, or as none ({@code null}). */
  Mention withEntry(GazetteerEntry newEntry) {
    return newEntry == entry ? this : new Mention(sentence, start, end, source, newEntry, extraAlias, definedBy, unit);
  }

  /** The same mention with an alias the text gives with it. */
  Mention withExtraAlias(String alias) {
    return new Mention(sentence, start, end, source, entry, alias, definedBy, unit);
  }

  /** The same mention as the acronym of {@code longForm}. */
  Mention abbreviating(Mention longForm) {
    return new Mention(sentence, start, end, source, entry, extraAlias, longForm, unit);
  }

  /** A known name extended to the place after it, read as the organization's regional unit. */
  Mention asUnit(int newEnd) {
    return new Mention(sentence, start, newEnd, source, null, extraAlias, definedBy, true);
  }

  @Override
  public String toString() {
    return source + "[" + sentence + ":" + start + "-" + end + "]";
  }
}
