package dev.newsminer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes a money value in JSON as people write numbers: whole amounts without a fraction
 * ({@code 1500000000}), others with only the digits they have ({@code 1.25}), never in exponent
 * form. Jackson would write a {@code double} of 1.5 billion as {@code 1.5E9}.
 */
final class PlainNumber extends StdSerializer<Double> {

  PlainNumber() {
    super(Double.class);
  }

  /** The shortest plain decimal form of {@code value}: {@code "1500000000"}, {@code "0.5"}. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  @Override
  public void serialize(Double value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeNumber(plain(value));
  }
}
