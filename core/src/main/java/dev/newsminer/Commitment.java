package dev.newsminer;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * What an organization committed to, as one sentence of an article states it.
 *
 * @param organization the committer's canonical name
 * @param partners     other organizations committing jointly or named as the counterpart; never null
 * @param kind         what kind of commitment it is
 * @param trigger      the word or phrase that carries it ("committed", "agreed to acquire")
 * @param amount       the money involved, or null when none is stated
 * @param purpose      what it is for, a short phrase, or null
 * @param beneficiary  who receives it, or null when not named
 * @param timeframe    when it runs or is due, or null when not stated
 * @param confidence   how sure the extractor is, from 0 to 1
 * @param evidence     the sentence that states it
 */
@JsonPropertyOrder({"organization", "partners", "kind", "trigger", "amount", "purpose", "beneficiary",
    "timeframe", "confidence", "evidence"})
public record Commitment(String organization, List<String> partners, CommitmentKind kind, String trigger,
    Amount amount, String purpose, String beneficiary, Timeframe timeframe, double confidence,
    Evidence evidence) {

  /**
   * Validates the required fields and copies the partner list.
   *
   * @param organization the committer's canonical name
   * @param partners     other organizations committing jointly or named as the counterpart; never null
   * @param kind         what kind of commitment it is
   * @param trigger      the word or phrase that carries it ("committed", "agreed to acquire")
   * @param amount       the money involved, or null when none is stated
   * @param purpose      what it is for, a short phrase, or null
   * @param beneficiary  who receives it, or null when not named
   * @param timeframe    when it runs or is due, or null when not stated
   * @param confidence   how sure the extractor is, from 0 to 1
   * @param evidence     the sentence that states it
   */
  public Commitment {
    if (organization == null || organization.isBlank()) {
      throw new IllegalArgumentException("organization must not be blank; got " + organization);
    }
    partners = List.copyOf(partners);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(trigger, "trigger");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1]; got " + confidence);
    }
    Objects.requireNonNull(evidence, "evidence");
  }
}
