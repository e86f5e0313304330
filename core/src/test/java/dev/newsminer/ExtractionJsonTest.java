package dev.newsminer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.article.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionJsonTest {

  private static final String TEXT = "IBM has committed approximately $100 million to universities.";

  @Test
  void writesTheContractFieldsWithTheirTypes() throws Exception {
    Article article = new Article("a1", "news/ibm.txt", null, "IBM funds AI", LocalDate.of(2024, 5, 29), TEXT);
    Organization ibm = new Organization("IBM", OrganizationType.COMPANY, List.of("IBM"), List.of(new Span(0, 3)));
    Commitment funding = new Commitment("IBM", List.of(), CommitmentKind.FUNDING, "committed",
        new Amount(1e8, "USD", true, "approximately $100 million"), "universities", "universities",
        new Timeframe("over the next five years", LocalDate.of(2029, 5, 29)), 0.9,
        new Evidence(TEXT, 0, TEXT.length()));
    Extraction x = new Extraction(article, NewsMiner.english().extract(article).sentences(), List.of(ibm),
        List.of(funding), List.of());

    JsonNode json = ExtractionJson.mapper().readTree(ExtractionJson.toJson(x, false));

    assertThat(json.fieldNames()).toIterable().containsExactly("id", "source", "url", "title", "published",
        "stats", "organizations", "commitments", "errors");
    assertThat(json.get("url").isNull()).isTrue();
    assertThat(json.get("published").asText()).isEqualTo("2024-05-29");
    assertThat(json.get("stats").get("sentences").isInt()).isTrue();
    assertThat(json.get("stats").get("tokens").asInt()).isEqualTo(10);
    JsonNode org = json.get("organizations").get(0);
    assertThat(org.fieldNames()).toIterable().containsExactly("name", "type", "aliases", "mentions", "spans");
    assertThat(org.get("type").asText()).isEqualTo("COMPANY");
    assertThat(org.get("mentions").asInt()).isEqualTo(1);
    assertThat(org.get("spans").get(0).get("end").asInt()).isEqualTo(3);
    JsonNode c = json.get("commitments").get(0);
    assertThat(c.fieldNames()).toIterable().containsExactly("organization", "partners", "kind", "trigger", "amount",
        "purpose", "beneficiary", "timeframe", "confidence", "evidence");
    assertThat(c.get("amount").get("value").asDouble()).isEqualTo(1e8);
    assertThat(c.get("amount").get("approximate").asBoolean()).isTrue();
    assertThat(c.get("timeframe").get("until").asText()).isEqualTo("2029-05-29");
    assertThat(c.get("evidence").get("text").asText()).isEqualTo(TEXT.substring(
        c.get("evidence").get("start").asInt(), c.get("evidence").get("end").asInt()));
    assertThat(json.get("errors").isArray()).isTrue();
  }

  @Test
  void addsTheTextOnlyWhenAskedFor() throws Exception {
    Extraction x = NewsMiner.english().extract(Article.of("a.txt", "T", TEXT));
    assertThat(ExtractionJson.mapper().readTree(ExtractionJson.toJson(x, true)).get("text").asText()).isEqualTo(TEXT);
    assertThat(ExtractionJson.mapper().readTree(ExtractionJson.toJson(x, false)).has("text")).isFalse();
    assertThat(ExtractionJson.toJson(x, false)).doesNotContain("\n");
  }
}
