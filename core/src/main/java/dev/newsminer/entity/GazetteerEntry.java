package dev.newsminer.entity;

import java.util.List;
import java.util.Objects;

/**
 * One organization of a {@link Gazetteer}: its canonical name, its type and the other names it goes
 * by (aliases, acronyms, former names).
 *
 * @param name    the canonical name, such as "General Motors"
 * @param type    what kind of organization it is
 * @param aliases the other names, such as "GM" and "General Motors Corp"; may be empty
 */
public record GazetteerEntry(String name, OrganizationType type, List<String> aliases) {

  /** Validates the name and copies the aliases. */
  public GazetteerEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank; got " + name);
    }
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
  }
}
