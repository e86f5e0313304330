package dev.newsminer.commitment;

import dev.newsminer.Amount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsminer.ExtractionJson;
import org.junit.jupiter.api.Test;

class AmountTest {

  @Test
  void jsonWritesValuesAsPeopleWriteNumbers() throws JsonProcessingException {
    String json = ExtractionJson.mapper().writeValueAsString(new Amount(1.5e9, "USD", false, "$1.5 billion"));
    assertThat(json).isEqualTo("{\"value\":1500000000,\"currency\":\"USD\",\"approximate\":false,\"text\":\"$1.5 billion\"}");

    assertThat(ExtractionJson.mapper().writeValueAsString(new Amount(1.5e12, "USD", true, "about $1.5 trillion")))
        .contains("\"value\":1500000000000,");
    assertThat(ExtractionJson.mapper().writeValueAsString(new Amount(0.25, "GBP", false, "25p")))
        .contains("\"value\":0.25,");
  }

  @Test
  void toStringReadsLikeTheArticleThenGivesThePlainValue() {
    assertThat(new Amount(1e8, "USD", true, "approximately $100 million"))
        .hasToString("approximately $100 million (USD 100000000)");
  }
}
