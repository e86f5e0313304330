package dev.newsminer.commitment;

import dev.newsminer.OrganizationType;
import dev.newsminer.Sentence;
import dev.newsminer.Token;
import dev.newsminer.commitment.OrgMentions.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What "it", "the company" and "the bank" may refer to in an article: the organizations named so far,
 * the last sentence's subject and the article's lead organization.
 *
 * <p>Not thread-safe; one per article.
 */
final class Focus {
  final List<Mention> seen = new ArrayList<>();
  Mention lastSubject;
  Mention lead;

  void after(Sentence sentence, List<Mention> ms) {
    List<Token> tokens = sentence.tokens();
    boolean possessive = !ms.isEmpty() && ms.get(0).end() < tokens.size()
        && tokens.get(ms.get(0).end()).text().equals("'s");
    if (!ms.isEmpty() && !possessive) {
      Mention first = ms.get(0);
      boolean beforeVerb = true;
      for (int t = 0; t < first.first() && beforeVerb; t++) {
        beforeVerb = !tokens.get(t).tag().equals("VERB");
      }
      if (beforeVerb && first.type() != OrganizationType.GOVERNMENT || lastSubject == null) {
        lastSubject = first;
        lead = lead == null ? first : lead;
        sentencesSinceSubject = 0;
        seen.addAll(ms);
        return;
      }
    }
    sentencesSinceSubject++;
    seen.addAll(ms);
  }

  int sentencesSinceSubject;

  /** What "it" refers to: the last sentence's subject when it was recent, else the most named so far. */
  Mention pronoun() {
    if (lastSubject != null && sentencesSinceSubject <= 1) {
      return lastSubject;
    }
    if (lead != null) {
      return lead;
    }
    Mention top = mostNamed(null);
    return top != null ? top : lastSubject;
  }

  /** The organization named most often so far (the latest on a tie), of the given type unless null. */
  Mention mostNamed(String type) {
    Map<String, Integer> counts = new HashMap<>();
    Mention best = null;
    int bestCount = 0;
    for (Mention m : seen) {
      if (type != null && !(m.type().name().equals(type) || type.equals("COMPANY") && companyLike(m.type()))) {
        continue;
      }
      int c = counts.merge(m.name(), 1, Integer::sum);
      if (c >= bestCount) {
        best = m;
        bestCount = c;
      }
    }
    return best;
  }

  /** Whether "the company" may name an organization of this type: any business, not a government or a school. */
  static boolean companyLike(OrganizationType type) {
    return type == OrganizationType.COMPANY || type == OrganizationType.OTHER || type == OrganizationType.BANK
        || type == OrganizationType.MEDIA;
  }

  Mention definite(String preferredType, List<Mention> inSentence, int before) {
    for (int k = inSentence.size() - 1; k >= 0; k--) {
      Mention m = inSentence.get(k);
      if (m.end() <= before && m.type().name().equals(preferredType) && !preferredType.equals("COMPANY")) {
        return m;
      }
    }
    if (preferredType.equals("COMPANY")) {
      // news refers back to the company it is about: the last subject when recent, else the lead's
      if (lastSubject != null && sentencesSinceSubject <= 1 && companyLike(lastSubject.type())) {
        return lastSubject;
      }
      if (lead != null && companyLike(lead.type())) {
        return lead;
      }
      Mention top = mostNamed("COMPANY");
      if (top != null) {
        return top;
      }
    }
    // "The bank said it would keep Lakeside's staff": the bank the article is about, not the last one named
    if (lastSubject != null && sentencesSinceSubject <= 1 && lastSubject.type().name().equals(preferredType)) {
      return lastSubject;
    }
    if (lead != null && lead.type().name().equals(preferredType)) {
      return lead;
    }
    for (int k = seen.size() - 1; k >= 0; k--) {
      Mention m = seen.get(k);
      if (m.type().name().equals(preferredType)
          || preferredType.equals("ALLIANCE") && m.name().toLowerCase(Locale.ROOT).contains("alliance")
          || preferredType.equals("BANK") && m.name().toLowerCase(Locale.ROOT).contains("bank")) {
        return m;
      }
    }
    return preferredType.equals("COMPANY") ? pronoun() : null;
  }
}
