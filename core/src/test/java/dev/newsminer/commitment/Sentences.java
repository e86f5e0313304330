package dev.newsminer.commitment;

import dev.newsminer.Organization;
import dev.newsminer.OrganizationType;
import dev.newsminer.Sentence;
import dev.newsminer.Span;
import dev.newsminer.entity.Countries;
import dev.newsminer.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;

/** Builds the view of a one-sentence text as the commitment steps read it, for the steps' own tests. */
final class Sentences {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private Sentences() {}

  /** The first sentence of {@code text}, with the named organizations (companies unless "Name=TYPE"). */
  static SentenceView view(String text, String... orgs) {
    List<Sentence> sentences = ANALYZER.analyze(text);
    List<Organization> organizations = new ArrayList<>();
    for (String spec : orgs) {
      String[] parts = spec.split("=");
      OrganizationType type = parts.length > 1 ? OrganizationType.valueOf(parts[1]) : OrganizationType.COMPANY;
      List<Span> spans = new ArrayList<>();
      for (int i = text.indexOf(parts[0]); i >= 0; i = text.indexOf(parts[0], i + 1)) {
        spans.add(new Span(i, i + parts[0].length()));
      }
      organizations.add(new Organization(parts[0], type, List.of(parts[0]), spans));
    }
    OrgMentions mentions = OrgMentions.of(text, sentences, organizations, Countries.bundled());
    return new SentenceView(text, sentences.get(0), mentions.in(0), null);
  }

  /** The text of tokens {@code [from, to)} of the view. */
  static String words(SentenceView v, int from, int to) {
    return v.text.substring(v.tokens.get(from).start(), v.tokens.get(to - 1).end());
  }
}
