package dev.newsminer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * An organization named in an article, with every place it is named.
 *
 * @param name    its canonical name, such as "IBM" or "General Motors"
 * @param type    what kind of organization it is
 * @param aliases the names it goes by in the article or the gazetteer, canonical name included
 * @param spans   every mention in the article text, in text order
 */
@JsonPropertyOrder({"name", "type", "aliases", "mentions", "spans"})
public record Organization(String name, OrganizationType type, List<String> aliases, List<Span> spans) {

  /**
   * Validates the name and copies the lists.
   *
   * @param name    its canonical name, such as "IBM" or "General Motors"
   * @param type    what kind of organization it is
   * @param aliases the names it goes by in the article or the gazetteer, canonical name included
   * @param spans   every mention in the article text, in text order
   */
  public Organization {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank; got " + name);
    }
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    spans = List.copyOf(spans);
  }

  /**
   * How many times the article names the organization.
   *
   * @return the number of mentions
   */
  @JsonProperty("mentions")
  public int mentions() {
    return spans.size();
  }
}
