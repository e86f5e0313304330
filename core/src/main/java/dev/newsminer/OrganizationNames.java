package dev.newsminer;

import dev.newsminer.entity.Countries;
import dev.newsminer.internal.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives every commitment's organization and partners the canonical name the article's
 * {@code organizations[]} use, so that one organization has one name in the whole output: the
 * commitment stage reads names as the sentence writes them ("Nestle", "Nissan"), the organization
 * stage gives the gazetteer's or the fullest form ("Nestlé", "Nissan Motor"). A name is matched to
 * an organization's canonical name or one of its aliases ignoring case, accents and a trailing legal
 * form. A committer or partner that is none of the organizations, such as a country acting as its
 * government ("Kenya will provide …"), joins {@code organizations[]} under the name it has.
 */
final class OrganizationNames {

  private static final Pattern LEGAL_FORM = Pattern.compile(
      "(,?\\s+(inc|corp|corporation|co|company|ltd|limited|plc|ag|sa|se|nv|bv|gmbh|llc|lp|group|holdings?))+\\.?$");

  private final Map<String, String> canonical = new HashMap<>();

  OrganizationNames(List<Organization> organizations) {
    // canonical names first, so that an alias two organizations share never hides one's own name
    for (Organization o : organizations) {
      canonical.putIfAbsent(key(o.name()), o.name());
    }
    for (Organization o : organizations) {
      for (String alias : o.aliases()) {
        canonical.putIfAbsent(key(alias), o.name());
      }
    }
  }

  /** The commitments with their organization and partners named as {@code organizations[]} names them. */
  List<Commitment> apply(List<Commitment> commitments) {
    if (canonical.isEmpty() || commitments.isEmpty()) {
      return commitments;
    }
    List<Commitment> out = new ArrayList<>(commitments.size());
    for (Commitment c : commitments) {
      String organization = name(c.organization());
      List<String> partners = new ArrayList<>(c.partners().size());
      for (String p : c.partners()) {
        String partner = name(p);
        if (!partner.equals(organization) && !partners.contains(partner)) {
          partners.add(partner);
        }
      }
      out.add(organization.equals(c.organization()) && partners.equals(c.partners()) ? c
          : new Commitment(organization, partners, c.kind(), c.trigger(), c.amount(), c.purpose(),
              c.beneficiary(), c.timeframe(), c.confidence(), c.evidence()));
    }
    return out;
  }

  /**
   * The organizations, followed by one for every committer or partner of {@code commitments} that
   * names none of them: typed GOVERNMENT when it is a country, else OTHER, with a span wherever
   * {@code text} names it as a whole word.
   */
  List<Organization> complete(List<Organization> organizations, List<Commitment> commitments, String text) {
    List<Organization> out = null;
    for (Commitment c : commitments) {
      List<String> names = new ArrayList<>(1 + c.partners().size());
      names.add(c.organization());
      names.addAll(c.partners());
      for (String name : names) {
        if (canonical.containsKey(key(name))) {
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(organizations);
        }
        OrganizationType type = Countries.bundled().country(name) != null ? OrganizationType.GOVERNMENT
            : OrganizationType.OTHER;
        out.add(new Organization(name, type, List.of(name), wholeWords(text, name)));
        canonical.put(key(name), name);
      }
    }
    return out == null ? organizations : out;
  }

  /** Where {@code text} has {@code name} with no letter or digit right before or after it. */
  private static List<Span> wholeWords(String text, String name) {
    List<Span> spans = new ArrayList<>();
    for (int at = text.indexOf(name); at >= 0 && !name.isEmpty(); at = text.indexOf(name, at + name.length())) {
      int end = at + name.length();
      boolean before = at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
      boolean after = end < text.length() && Character.isLetterOrDigit(text.charAt(end));
      if (!before && !after) {
        spans.add(new Span(at, end));
      }
    }
    return spans;
  }

  /** The canonical name for {@code name}, or {@code name} itself when no organization goes by it. */
  String name(String name) {
    String found = canonical.get(key(name));
    return found != null ? found : name;
  }

  /** Case, accents, surrounding space and a trailing legal form do not tell two names apart. */
  static String key(String name) {
    String lower = Folding.fold(name).strip();
    String bare = LEGAL_FORM.matcher(lower).replaceFirst("");
    return bare.isEmpty() ? lower : bare;
  }
}
