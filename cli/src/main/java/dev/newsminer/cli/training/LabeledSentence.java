package dev.newsminer.cli.training;

import java.util.List;

/**
 * One sentence of a labeled corpus: its tokens and one BIO2 tag per token ({@code O},
 * {@code B-ORG}, {@code I-ORG}, ...).
 *
 * @param tokens        the tokens, none blank
 * @param tags          one BIO2 tag per token; an {@code I-} tag always continues a name of its type
 * @param documentStart whether a new document starts with this sentence
 */
public record LabeledSentence(List<String> tokens, List<String> tags, boolean documentStart) {

  /** Validates that there is one tag per token and that the tags are well-formed BIO2. */
  public LabeledSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence must have at least one token; got none");
    }
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException("tokens and tags must have the same size; got "
          + tokens.size() + " and " + tags.size());
    }
    String previous = "O";
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (tokens.get(i).isBlank()) {
        throw new IllegalArgumentException("tokens must not be blank; got token " + i);
      }
      if (!BioTags.isValid(tag)) {
        throw new IllegalArgumentException("tags must be O, B-TYPE or I-TYPE; got " + tag);
      }
      if (tag.startsWith("I-") && !BioTags.type(previous).equals(BioTags.type(tag))) {
        throw new IllegalArgumentException("an I- tag must continue a name of its type (BIO2); got "
            + tag + " after " + previous + " at token " + i);
      }
      previous = tag;
    }
  }

  /** The sentence's names as OpenNLP spans over token indexes, typed "ORG", "PER", ... */
  opennlp.tools.util.Span[] names() {
    List<opennlp.tools.util.Span> spans = new java.util.ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      if (start >= 0 && !tag.startsWith("I-")) {
        spans.add(new opennlp.tools.util.Span(start, i, type));
        start = -1;
      }
      if (tag.startsWith("B-")) {
        start = i;
        type = BioTags.type(tag);
      }
    }
    return spans.toArray(new opennlp.tools.util.Span[0]);
  }

  /** The tokens as an array, as OpenNLP takes them. */
  String[] tokenArray() {
    return tokens.toArray(new String[0]);
  }
}
