package dev.newsminer.cli.gazetteer;

import dev.newsminer.OrganizationType;
import java.util.List;

/**
 * One organization as a source list gives it, before the lists are merged into the gazetteer.
 *
 * @param name       the name news uses for it, such as "Cisco Systems"
 * @param type       what kind of organization it is
 * @param aliases    its other names, such as "Cisco Systems Inc"
 * @param contextual names (among the name and the aliases) that the source knows count only in
 *                   context, such as a club's city
 * @param standalone short acronyms that name it on their own (only the hand-curated list has them)
 */
record ListedOrganization(String name, OrganizationType type, List<String> aliases, List<String> contextual,
    List<String> standalone) {

  ListedOrganization {
    name = clean(name);
    aliases = aliases.stream().map(ListedOrganization::clean).filter(a -> !a.isEmpty()).distinct().toList();
    contextual = contextual.stream().map(ListedOrganization::clean).toList();
    standalone = List.copyOf(standalone);
  }

  /** A name without the gazetteer's separators (TAB, '|') or runs of spaces. */
  static String clean(String name) {
    return name.replace('\t', ' ').replace('|', ' ').replaceAll("\\s+", " ").strip();
  }

  ListedOrganization(String name, OrganizationType type, List<String> aliases) {
    this(name, type, aliases, List.of(), List.of());
  }

  /** The name and then the aliases. */
  List<String> names() {
    List<String> out = new java.util.ArrayList<>(aliases.size() + 1);
    out.add(name);
    out.addAll(aliases);
    return out;
  }
}
