package dev.newsminer.commitment;

import dev.newsminer.Timeframe;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the timeframes that commitments state ("over the next five years", "by 2030", "within 12
 * months", "in 1988", "this summer", "next year", "by the end of 2026") and resolves the date each
 * runs until.
 *
 * <p>A relative timeframe is resolved against the article's publication date: "over the next five
 * years" in an article of 2024-05-29 runs until 2029-05-29. When that date is unknown a relative
 * timeframe keeps its text and gets no {@code until}; an absolute one ("by 2030") is resolved to the
 * end of the period it names (2030-12-31) either way.
 *
 * <p>Thread-safe: it has no state. Example:
 *
 * <pre>{@code
 * Timeframe t = TimeframeParser.parse("over the next five years", LocalDate.of(2024, 5, 29));
 * // t.until() == 2029-05-29
 * }</pre>
 */
public final class TimeframeParser {

  /**
   * A timeframe found in a text.
   *
   * @param timeframe the timeframe; its text is the stretch {@code [start, end)}
   * @param start     char offset where it starts
   * @param end       char offset just past it (exclusive)
   */
  public record Found(Timeframe timeframe, int start, int end) {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
      Map.entry("dec", 12));

  /** Season and period names with the month they end in. */
  private static final Map<String, Integer> PERIOD_END_MONTH = Map.of("spring", 5, "summer", 8, "autumn", 11,
      "fall", 11, "winter", 12, "year", 12);

  private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("eighteen", 18),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("a", 1), Map.entry("several", -1),
      Map.entry("few", -1));

  private TimeframeParser() {}

  /**
   * Parses {@code text} as one timeframe.
   *
   * @param text      the timeframe, such as "within 12 months". Must not be {@code null}.
   * @param published the article's date, or null when unknown
   * @return the timeframe, or null when the text holds none
   */
  public static Timeframe parse(String text, LocalDate published) {
    List<Found> found = find(text, 0, text.length(), published);
    return found.isEmpty() ? null : found.get(0).timeframe();
  }

  /**
   * Finds every timeframe in {@code text[from, to)}, in text order.
   *
   * @param text      the text. Must not be {@code null}.
   * @param from      char offset to start at
   * @param to        char offset to stop at (exclusive)
   * @param published the article's date, or null when unknown
   * @return the timeframes found; an empty list when there are none
   */
  public static List<Found> find(String text, int from, int to, LocalDate published) {
    return find(text, Lexeme.lex(text, from, to), published);
  }

  /** As {@link #find(String, int, int, LocalDate)}, over the lexemes of the stretch, which a caller may share. */
  static List<Found> find(String text, List<Lexeme> lex, LocalDate published) {
    List<Found> out = new ArrayList<>();
    // match's two out-parameters, reused from word to word and reset as fresh ones would be
    int[] end = new int[1];
    LocalDate[] until = new LocalDate[1];
    int i = 0;
    while (i < lex.size()) {
      end[0] = 0;
      until[0] = null;
      if (match(lex, i, published, end, until)) {
        int start = lex.get(i).start();
        int stop = lex.get(end[0] - 1).end();
        out.add(new Found(new Timeframe(text.substring(start, stop), until[0]), start, stop));
        i = end[0];
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean match(List<Lexeme> lex, int i, LocalDate published, int[] end, LocalDate[] until) {
    Lexeme w = lex.get(i);
    String s = w.lower();
    int n = lex.size();
    switch (s) {
      case "over", "within", "during", "in", "for" -> {
        int k = i + 1;
        if (s.equals("for") && k + 1 < n && lex.get(k).is("at") && lex.get(k + 1).is("least")) {
          k += 2;
        }
        if (k < n && lex.get(k).is("the")) {
          k++;
        }
        boolean next = false;
        if (k < n && (lex.get(k).is("next") || lex.get(k).is("coming") || lex.get(k).is("following"))) {
          next = true;
          k++;
        }
        int count = k < n ? count(lex.get(k)) : 0;
        if (count != 0 && k + 1 < n && unit(lex.get(k + 1).lower()) != null) {
          String unit = unit(lex.get(k + 1).lower());
          end[0] = k + 2;
          if (published != null && count > 0 && !s.equals("for")) {
            until[0] = plus(published, count, unit);
          }
          return !s.equals("in") || next || lex.get(k).type() == Lexeme.Type.NUMBER || count > 1;
        }
        if (next && k < n && unit(lex.get(k).lower()) != null) {
          // "over the coming months", "in the next year"
          end[0] = k + 1;
          if (published != null && !lex.get(k).lower().endsWith("s")) {
            until[0] = plus(published, 1, unit(lex.get(k).lower()));
          }
          return true;
        }
        if (s.equals("in") || s.equals("during")) {
          return yearOrMonth(lex, i + 1, published, end, until);
        }
        return false;
      }
      case "by", "until", "till", "before" -> {
        int k = i + 1;
        boolean endOf = false;
        if (k < n && lex.get(k).is("the")) {
          k++;
        }
        if (k + 1 < n && (lex.get(k).is("end") || lex.get(k).is("middle")) && lex.get(k + 1).is("of")) {
          k += 2;
          endOf = true;
        } else if (k + 1 < n && (lex.get(k).is("end") || lex.get(k).is("mid")) && lex.get(k + 1).is("-")) {
          k += 2;
          endOf = true;
        }
        if (endOf && k + 1 < n && lex.get(k).is("the") && lex.get(k + 1).is("year")) {
          end[0] = k + 2;
          until[0] = published == null ? null : LocalDate.of(published.getYear(), 12, 31);
          return true;
        }
        if (endOf && k + 2 < n && lex.get(k).is("this") && lex.get(k + 1).is("year")) {
          end[0] = k + 2;
          until[0] = published == null ? null : LocalDate.of(published.getYear(), 12, 31);
          return true;
        }
        if (endOf && k + 1 < n && lex.get(k).is("next") && lex.get(k + 1).is("year")) {
          end[0] = k + 2;
          until[0] = published == null ? null : LocalDate.of(published.getYear() + 1, 12, 31);
          return true;
        }
        return yearOrMonth(lex, k, published, end, until);
      }
      case "this", "next", "later", "early", "late" -> {
        int k = i + 1;
        int offset = s.equals("next") ? 1 : 0;
        if ((s.equals("later") || s.equals("early") || s.equals("late")) && k < n
            && (lex.get(k).is("this") || lex.get(k).is("next"))) {
          offset = lex.get(k).is("next") ? 1 : 0;
          k++;
        } else if (!s.equals("this") && !s.equals("next")) {
          return false;
        }
        if (k >= n) {
          return false;
        }
        String period = lex.get(k).lower();
        if (period.equals("month") || period.equals("week") || period.equals("quarter")) {
          end[0] = k + 1;
          if (published != null) {
            LocalDate d = published;
            if (period.equals("month")) {
              until[0] = YearMonth.from(d).plusMonths(offset).atEndOfMonth();
            } else if (period.equals("week")) {
              until[0] = d.plusWeeks(offset).plusDays(7 - d.getDayOfWeek().getValue());
            } else {
              int q = (d.getMonthValue() - 1) / 3 + offset;
              until[0] = YearMonth.of(d.getYear(), 1).plusMonths(q * 3L + 2).atEndOfMonth();
            }
          }
          return true;
        }
        Integer month = PERIOD_END_MONTH.get(period);
        if (month == null) {
          return false;
        }
        end[0] = k + 1;
        if (published != null) {
          until[0] = YearMonth.of(published.getYear() + offset, month).atEndOfMonth();
        }
        return true;
      }
      case "from", "starting", "beginning" -> {
        // a start date: the commitment runs from then on, with no end stated
        boolean found = yearOrMonth(lex, i + 1, published, end, until);
        until[0] = null;
        return found;
      }
      case "tomorrow" -> {
        end[0] = i + 1;
        until[0] = published == null ? null : published.plusDays(1);
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** "2030", "fiscal 1988", "December", "March 2026", "mid-1988", "early 2026" from {@code k}. */
  private static boolean yearOrMonth(List<Lexeme> lex, int k, LocalDate published, int[] end, LocalDate[] until) {
    int n = lex.size();
    if (k < n && (lex.get(k).is("fiscal") || lex.get(k).is("early") || lex.get(k).is("late") || lex.get(k).is("mid"))) {
      k++;
      if (k < n && lex.get(k).is("-")) {
        k++;
      }
    }
    if (k >= n) {
      return false;
    }
    int year = year(lex.get(k));
    if (year > 0) {
      end[0] = k + 1;
      until[0] = LocalDate.of(year, 12, 31);
      return true;
    }
    Integer month = MONTHS.get(lex.get(k).lower());
    if (month == null || !Character.isUpperCase(lex.get(k).text().charAt(0))
        || lex.get(k).is("may") && !(k + 1 < n && year(lex.get(k + 1)) > 0)) {
      return false;
    }
    if (k + 1 < n && year(lex.get(k + 1)) > 0) {
      end[0] = k + 2;
      until[0] = YearMonth.of(year(lex.get(k + 1)), month).atEndOfMonth();
      return true;
    }
    if (k + 1 < n && lex.get(k + 1).type() == Lexeme.Type.NUMBER) {
      return false; // a day of the month: "by March 31" is a date too, but needs its year
    }
    end[0] = k + 1;
    if (published != null) {
      int y = month >= published.getMonthValue() ? published.getYear() : published.getYear() + 1;
      until[0] = YearMonth.of(y, month).atEndOfMonth();
    }
    return true;
  }

  private static int year(Lexeme l) {
    if (l.type() != Lexeme.Type.NUMBER || l.text().length() != 4) {
      return -1;
    }
    int y = 0;
    for (int i = 0; i < 4; i++) {
      char c = l.text().charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      y = y * 10 + (c - '0');
    }
    return y >= 1900 && y <= 2100 ? y : -1;
  }

  private static int count(Lexeme l) {
    if (l.type() == Lexeme.Type.NUMBER) {
      if (l.text().length() > 3) {
        return 0;
      }
      int v = 0;
      for (int i = 0; i < l.text().length(); i++) {
        char c = l.text().charAt(i);
        if (c < '0' || c > '9') {
          return 0;
        }
        v = v * 10 + (c - '0');
      }
      return v;
    }
    Integer v = SMALL_NUMBERS.get(l.lower());
    return v == null ? 0 : v;
  }

  private static String unit(String w) {
    return switch (w) {
      case "year", "years" -> "year";
      case "month", "months" -> "month";
      case "week", "weeks" -> "week";
      case "day", "days" -> "day";
      case "decade", "decades" -> "decade";
      default -> null;
    };
  }

  private static LocalDate plus(LocalDate d, int count, String unit) {
    return switch (unit) {
      case "year" -> d.plusYears(count);
      case "month" -> d.plusMonths(count);
      case "week" -> d.plusWeeks(count);
      case "day" -> d.plusDays(count);
      default -> d.plusYears(10L * count);
    };
  }
}
