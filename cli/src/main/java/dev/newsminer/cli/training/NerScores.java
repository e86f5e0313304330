package dev.newsminer.cli.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Span-level scores of a name recognizer against gold annotations, per entity type: a predicted
 * name counts only when its first token, last token and type all match a gold name.
 *
 * @param documents the number of documents read
 * @param sentences the number of sentences read
 * @param tokens    the number of tokens read
 * @param perType   the scores of each entity type found in the gold data or the predictions, by type
 * @param unlisted  the recall on gold organization names that the gazetteer does not list, or
 *                  {@code null} when it was not asked for
 */
@JsonPropertyOrder({"documents", "sentences", "tokens", "per_type", "unlisted_org"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NerScores(int documents, int sentences, int tokens,
    @JsonProperty("per_type") Map<String, TypeScore> perType,
    @JsonProperty("unlisted_org") Unlisted unlisted) {

  /** Scores without the unlisted recall. */
  public NerScores(int documents, int sentences, int tokens, Map<String, TypeScore> perType) {
    this(documents, sentences, tokens, perType, null);
  }

  /**
   * How many of the gold organization names that the gazetteer does not list were found exactly.
   *
   * @param found unlisted gold names that the recognizer found with their exact span
   * @param gold  gold organization names that the gazetteer does not list
   */
  @JsonPropertyOrder({"recall", "found", "gold"})
  public record Unlisted(int found, int gold) {

    /** Validates the counts: {@code 0 <= found <= gold}. */
    public Unlisted {
      if (found < 0 || found > gold) {
        throw new IllegalArgumentException("counts must satisfy 0 <= found <= gold; got " + found + ", " + gold);
      }
    }

    /** The share of unlisted gold names found; 0 when there are none. */
    @JsonProperty("recall")
    public double recall() {
      return gold == 0 ? 0 : Math.round((double) found / gold * 1e6) / 1e6;
    }
  }

  /** Validates the counts and copies the map, keeping its order. */
  public NerScores {
    if (documents < 0 || sentences < 0 || tokens < 0) {
      throw new IllegalArgumentException("counts must be >= 0; got " + documents + ", " + sentences + ", " + tokens);
    }
    perType = Collections.unmodifiableMap(new LinkedHashMap<>(perType));
  }

  /**
   * The counts of one entity type and the precision, recall and F1 they give.
   *
   * @param tp   predicted names that match a gold name
   * @param gold gold names
   * @param pred predicted names
   */
  @JsonPropertyOrder({"precision", "recall", "f1", "tp", "gold", "pred"})
  public record TypeScore(int tp, int gold, int pred) {

    /** Validates the counts: {@code 0 <= tp <= min(gold, pred)}. */
    public TypeScore {
      if (tp < 0 || tp > gold || tp > pred) {
        throw new IllegalArgumentException("counts must satisfy 0 <= tp <= gold, pred; got " + tp + ", " + gold + ", " + pred);
      }
    }

    /** The share of predicted names that are right; 0 when nothing was predicted. */
    @JsonProperty("precision")
    public double precision() {
      return pred == 0 ? 0 : round((double) tp / pred);
    }

    /** The share of gold names that were found; 0 when there are none. */
    @JsonProperty("recall")
    public double recall() {
      return gold == 0 ? 0 : round((double) tp / gold);
    }

    /** The harmonic mean of precision and recall. */
    @JsonProperty("f1")
    public double f1() {
      double p = pred == 0 ? 0 : (double) tp / pred;
      double r = gold == 0 ? 0 : (double) tp / gold;
      return p + r == 0 ? 0 : round(2 * p * r / (p + r));
    }

    private static double round(double x) {
      return Math.round(x * 1e6) / 1e6;
    }
  }
}
