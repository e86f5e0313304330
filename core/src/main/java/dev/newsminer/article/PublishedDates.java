package dev.newsminer.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates in the forms news sources write them: ISO dates and timestamps,
 * RFC 1123 (HTTP and RSS), "May 29, 2024", "29 May 2024" and Reuters' "26-FEB-1987 15:01:01.79".
 */
final class PublishedDates {

  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final List<DateTimeFormatter> WRITTEN = List.of(
      formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("MMM. d, uuuu"),
      formatter("d MMMM uuuu"), formatter("d MMM uuuu"), formatter("dd-MMM-uuuu"),
      formatter("EEEE, MMMM d, uuuu"), formatter("EEE, MMM d, uuuu"));

  private PublishedDates() {}

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /** A date written out in running text: "November 19, 2019", "Nov. 19 2019", "19 November 2019". */
  private static final Pattern WRITTEN_IN_TEXT = Pattern.compile(
      "(?i)\\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
          + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4}))\\b");

  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
      "nov", "dec");

  /** The first date written out in {@code text} (a byline, a dateline), or null. */
  static LocalDate find(String text) {
    Matcher m = WRITTEN_IN_TEXT.matcher(text);
    while (m.find()) {
      boolean monthFirst = m.group(1) != null;
      String month = (monthFirst ? m.group(1) : m.group(5)).toLowerCase(Locale.ROOT);
      int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
      int year = Integer.parseInt(monthFirst ? m.group(3) : m.group(6));
      try {
        return LocalDate.of(year, MONTHS.indexOf(month.substring(0, 3)) + 1, day);
      } catch (java.time.DateTimeException e) {
        // not a real date ("Feb 31"); look further
      }
    }
    return null;
  }

  /** The date written in {@code value}, or null when it is not a date this class knows. */
  static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.isEmpty() || s.length() > 64) {
      return null;
    }
    Matcher iso = ISO_DATE.matcher(s);
    if (iso.find()) {
      try {
        return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // not RFC 1123; try the written forms
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // not an offset timestamp
    }
    String datePart = s.replaceFirst("\\s+\\d{1,2}:\\d{2}.*$", "").replaceFirst("\\s*,$", "");
    for (DateTimeFormatter f : WRITTEN) {
      try {
        return LocalDate.parse(datePart, f);
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    return null;
  }
}
