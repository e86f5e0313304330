package dev.newsminer.commitment;

import dev.newsminer.Amount;
import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import dev.newsminer.Evidence;
import dev.newsminer.commitment.OrgMentions.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lenders of "commitments for" a loan: each organization named after "from" has committed
 * the money before it.
 *
 * <p>Not thread-safe; one per sentence.
 */
final class LenderReader extends SentenceStep {

  LenderReader(SentenceView sv) {
    super(sv);
  }

  /** The commitments of the lenders of every "commitments for" of the sentence, one per lender. */
  List<Commitment> read() {
    List<Commitment> out = new ArrayList<>();
    for (int t = 0; t + 2 < n; t++) {
      if ((lower[t].equals("commitment") || lower[t].equals("commitments")) && lower[t + 1].equals("for")) {
        lenders(t, out);
      }
    }
    return out;
  }

  /**
   * "has commitments for a one billion dlr credit line from Wells Fargo and a 1.25 billion loan from
   * Shearson": each lender named after "from" has committed the money before it. A bare number
   * ("1.25 billion") takes the currency of the amount before it in the sentence, as news writes it.
   */
  void lenders(int at, List<Commitment> out) {
    int segment = at + 2;
    String trigger = text.substring(tokens.get(at).start(), tokens.get(at + 1).end());
    Evidence evidence = sv.evidence();
    for (int k = segment; k + 1 < n; k++) {
      if (lower[k].equals(";") || tokens.get(k).tag().equals("VERB")) {
        return;
      }
      if (!lower[k].equals("from") || orgAt[k + 1] < 0) {
        continue;
      }
      Mention lender = ms.get(orgAt[k + 1]);
      Amount amount = amountIn(segment, k);
      String purpose = sv.span(segment, k);
      boolean known = false;
      for (Commitment c : out) {
        known |= c.organization().equals(lender.name()) && c.evidence().start() == sentence.start();
      }
      if (!known) {
        out.add(new Commitment(lender.name(), List.of(), CommitmentKind.FUNDING, trigger, amount, purpose, null, null,
            0.7, evidence));
      }
      segment = lender.end();
      k = segment - 1;
    }
  }

  /** The amount among tokens {@code [from, to)}: a parsed one, or a bare "1.25 billion" in the sentence's currency. */
  Amount amountIn(int from, int to) {
    int lo = tokens.get(from).start();
    int hi = tokens.get(to).start();
    String currency = null;
    for (MoneyParser.Money m : sv.money()) {
      if (m.start() >= lo && m.start() < hi && !m.perShare()) {
        return m.amount();
      }
      if (m.start() < lo) {
        currency = m.amount().currency();
      }
    }
    for (int k = from; k + 1 < to && currency != null; k++) {
      double scale = switch (lower[k + 1]) {
        case "billion", "bln" -> 1e9;
        case "million", "mln" -> 1e6;
        default -> 0;
      };
      if (scale > 0 && tokens.get(k).tag().equals("NUM")) {
        try {
          double v = Double.parseDouble(lower[k].replace(",", ""));
          return new Amount(v * scale, currency, false, text.substring(tokens.get(k).start(), tokens.get(k + 1).end()));
        } catch (NumberFormatException e) {
          return null; // a number written in words without a currency is left alone
        }
      }
    }
    return null;
  }
}
