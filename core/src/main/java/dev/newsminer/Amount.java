package dev.newsminer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;

/**
 * A sum of money as an article states it.
 *
 * @param value       the amount in units of the currency; for a range the upper bound. JSON writes it
 *                    as people write numbers: {@code 100000000}, {@code 1.5}, never {@code 1.0E8}
 * @param currency    its ISO 4217 code, such as "USD" or "JPY"
 * @param approximate whether the text hedges it ("about", "nearly", "up to", "more than")
 * @param text        the amount exactly as written
 */
@JsonPropertyOrder({"value", "currency", "approximate", "text"})
public record Amount(@JsonSerialize(using = PlainNumber.class) double value, String currency, boolean approximate, String text) {

  /**
   * Validates the fields.
   *
   * @param value       the amount in units of the currency; for a range the upper bound. JSON writes it
   *                    as people write numbers: {@code 100000000}, {@code 1.5}, never {@code 1.0E8}
   * @param currency    its ISO 4217 code, such as "USD" or "JPY"
   * @param approximate whether the text hedges it ("about", "nearly", "up to", "more than")
   * @param text        the amount exactly as written
   */
  public Amount {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value must be a finite number >= 0; got " + value);
    }
    if (currency == null || currency.length() != 3) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code; got " + currency);
    }
    Objects.requireNonNull(text, "text");
  }

  /** The amount as written, then its currency and value in plain digits: {@code "$1.5 billion (USD 1500000000)"}. */
  @Override
  public String toString() {
    return text + " (" + currency + " " + PlainNumber.plain(value) + ")";
  }
}
