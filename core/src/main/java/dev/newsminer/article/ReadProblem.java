package dev.newsminer.article;

import java.util.Objects;

/**
 * Why one input, or one record of it, could not be read. Immutable and thread-safe.
 *
 * @param source   the file or URL that failed; never null
 * @param location where in it, such as {@code "line 7"} or {@code "record 3"}; empty for the whole input
 * @param reason   what was wrong, one line; never null
 */
public record ReadProblem(String source, String location, String reason) {

  /**
   * Validates the fields; see the record description.
   *
   * @param source   the file or URL that failed; never null
   * @param location where in it, such as {@code "line 7"} or {@code "record 3"}; empty for the whole input
   * @param reason   what was wrong, one line; never null
   * @throws NullPointerException when a field is null
   */
  public ReadProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * A problem with a whole input.
   *
   * @param source the file or URL that failed; never null
   * @param reason what was wrong, one line; never null
   * @return the problem
   * @throws NullPointerException when {@code source} or {@code reason} is null
   */
  public static ReadProblem of(String source, String reason) {
    return new ReadProblem(source, "", reason);
  }

  /** One line in the form {@code source: reason} or {@code source: line 7: reason}. */
  @Override
  public String toString() {
    return location.isEmpty() ? source + ": " + reason : source + ": " + location + ": " + reason;
  }
}
