package dev.newsminer.cli.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a request's query string, read as the typed values the API takes. Every
 * getter checks its value and throws {@link BadRequest} with a "rule; got value" message.
 */
final class QueryParameters {

  /** Longest value accepted for any parameter, in chars. */
  static final int MAX_VALUE_CHARS = 2_000;

  private final Map<String, String> values = new LinkedHashMap<>();

  private QueryParameters() {}

  /**
   * Parses a raw (still percent-encoded) query string; null or empty gives no parameters.
   *
   * @throws BadRequest when a name is not in {@code known}, is given twice or a value is too long
   */
  static QueryParameters parse(String rawQuery, Set<String> known) {
    QueryParameters p = new QueryParameters();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return p;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!known.contains(name)) {
        throw new BadRequest("unknown parameter " + name + "; known: " + String.join(", ", known));
      }
      if (value.length() > MAX_VALUE_CHARS) {
        throw new BadRequest(name + " must be at most " + MAX_VALUE_CHARS + " chars; got " + value.length());
      }
      if (p.values.put(name, value) != null) {
        throw new BadRequest(name + " must be given once; got it twice");
      }
    }
    return p;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("query string must be percent-encoded UTF-8; got " + s);
    }
  }

  /** The value, stripped; null when absent or blank. */
  String text(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** An integer within [min, max], or {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new BadRequest(name + " must be an integer from " + min + " to " + max + "; got " + v);
  }

  /** A finite number, or null when absent. */
  Double number(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new BadRequest(name + " must be a number; got " + v);
  }

  /** A date YYYY-MM-DD, or null when absent. */
  LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be a date YYYY-MM-DD; got " + v);
    }
  }

  /** true or false, false when absent. */
  boolean flag(String name) {
    String v = text(name);
    if (v == null || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw new BadRequest(name + " must be true or false; got " + v);
  }

  /** One of {@code choices}, or {@code fallback} when absent. */
  String choice(String name, String fallback, String... choices) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    for (String c : choices) {
      if (c.equals(v)) {
        return v;
      }
    }
    throw new BadRequest(name + " must be one of " + String.join(", ", choices) + "; got " + v);
  }
}
