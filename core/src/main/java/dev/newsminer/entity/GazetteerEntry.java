package dev.newsminer.entity;

import dev.newsminer.OrganizationType;
import java.util.List;
import java.util.Objects;

/**
 * One organization of a {@link Gazetteer}: its canonical name, its type and the other names it goes
 * by (aliases, acronyms, former names), with two notes on how some of those names read.
 *
 * @param name       the canonical name, such as "General Motors"
 * @param type       what kind of organization it is
 * @param aliases    the other names, such as "GM" and "General Motors Corp"; may be empty
 * @param contextual the names (among the canonical name and the aliases) that are also a common
 *                   word or a place, such as "Target" or "Liverpool", and count only where the
 *                   words around them say it is the organization ({@link AmbiguousNames}); may be
 *                   empty
 * @param standalone the short acronyms (two or three letters) that name this organization on their
 *                   own, such as "SEC" or "ECB", without the article spelling the name out; may be
 *                   empty
 */
public record GazetteerEntry(String name, OrganizationType type, List<String> aliases, List<String> contextual,
    List<String> standalone) {

  /**
   * Validates the name and copies the lists.
   *
   * @param name       the canonical name, such as "General Motors"
   * @param type       what kind of organization it is
   * @param aliases    the other names, such as "GM" and "General Motors Corp"; may be empty
   * @param contextual the names (among the canonical name and the aliases) that are also a common
   *                   word or a place, such as "Target" or "Liverpool", and count only where the
   *                   words around them say it is the organization ({@link AmbiguousNames}); may be
   *                   empty
   * @param standalone the short acronyms (two or three letters) that name this organization on their
   *                   own, such as "SEC" or "ECB", without the article spelling the name out; may be
   *                   empty
   */
  public GazetteerEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank; got " + name);
    }
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    contextual = List.copyOf(contextual);
    standalone = List.copyOf(standalone);
  }

  /**
   * An organization whose names all read as the organization wherever they stand.
   *
   * @param name    the canonical name, such as "General Motors"
   * @param type    what kind of organization it is
   * @param aliases the other names, such as "GM" and "General Motors Corp"; may be empty
   */
  public GazetteerEntry(String name, OrganizationType type, List<String> aliases) {
    this(name, type, aliases, List.of(), List.of());
  }

  /**
   * Whether {@code name}, one of this organization's names, counts only with context.
   *
   * @param name the canonical name or one of the aliases
   * @return true when a mention of {@code name} needs a nearby cue before it counts
   */
  public boolean needsContext(String name) {
    return contextual.contains(name);
  }

  /**
   * Whether {@code acronym}, one of this organization's names, names it on its own.
   *
   * @param acronym the canonical name or one of the aliases
   * @return true when a mention of {@code acronym} counts without a nearby cue
   */
  public boolean standsAlone(String acronym) {
    return standalone.contains(acronym);
  }
}
