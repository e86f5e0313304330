package dev.newsminer.entity;

/**
 * One place where a document names an organization, as the layers of {@link OrganizationFinder}
 * find it: a run of tokens in one sentence. Mutable while a document is being resolved, then
 * dropped; never shared between threads.
 */
final class Mention {

  /** Which layer found a mention, for measuring each layer's contribution. */
  enum Source { MODEL, GAZETTEER, PATTERN, ACRONYM, DOCUMENT }

  final int sentence;
  int start;
  int end;
  final Source source;
  /** The gazetteer organization it names, or null. */
  GazetteerEntry entry;
  /** An alias that the text gives with it and that is not a mention itself, such as a ticker, or null. */
  String extraAlias;
  /** For an acronym defined in parentheses, the mention it abbreviates; otherwise null. */
  Mention definedBy;
  /** The organization it was resolved to. */
  DocumentResolver.Group group;
  /** Whether the mention names a regional unit of a known organization ("Ford Australia"). */
  boolean unit;
  /** Whether this mention only holds in a sentence with other evidence, such as a derived short form. */
  boolean derived;

  Mention(int sentence, int start, int end, Source source) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("token indexes must satisfy 0 <= start < end; got " + start + ", " + end);
    }
    this.sentence = sentence;
    this.start = start;
    this.end = end;
    this.source = source;
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Mention other) {
    return sentence == other.sentence && start < other.end && other.start < end;
  }

  @Override
  public String toString() {
    return source + "[" + sentence + ":" + start + "-" + end + "]";
  }
}
