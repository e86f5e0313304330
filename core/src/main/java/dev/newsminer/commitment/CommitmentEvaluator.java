package dev.newsminer.commitment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsminer.Amount;
import dev.newsminer.Commitment;
import dev.newsminer.CommitmentKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores extracted commitments against gold annotations as {@code docs/commitments.md} says: a
 * prediction matches a gold commitment of the same article when their evidence overlaps and they
 * name the same organization (after dropping legal suffixes and possessives; an acronym matches its
 * expansion; for a partnership a partner's name counts too). Precision, recall and F1 count the
 * matches; kind and amount accuracy (value within 1 %, same currency) are over matched pairs.
 *
 * <p>Not thread-safe: add the articles from one thread, then read {@link #scores()}.
 *
 * <pre>{@code
 * CommitmentEvaluator eval = new CommitmentEvaluator();
 * for (GoldArticle g : CommitmentEvaluator.readGold(Path.of("dev.jsonl"))) {
 *   eval.add(articleText, g.commitments(), extracted);
 * }
 * System.out.println(eval.scores().f1());
 * }</pre>
 */
public final class CommitmentEvaluator {

  /**
   * A gold commitment.
   *
   * @param organization the committer's name
   * @param partners     its partners' names; never null
   * @param kind         its kind
   * @param amountValue  the amount's value, or null when it states none
   * @param currency     the amount's ISO 4217 currency, or null
   * @param start        char offset of its evidence in the article file's text
   * @param end          char offset just past the evidence (exclusive)
   */
  public record GoldCommitment(String organization, List<String> partners, CommitmentKind kind, Double amountValue,
      String currency, int start, int end) {

    /**
     * Copies the partners.
     *
     * @param organization the committer's name
     * @param partners     its partners' names; never null
     * @param kind         its kind
     * @param amountValue  the amount's value, or null when it states none
     * @param currency     the amount's ISO 4217 currency, or null
     * @param start        char offset of its evidence in the article file's text
     * @param end          char offset just past the evidence (exclusive)
     */
    public GoldCommitment {
      partners = List.copyOf(partners);
    }
  }

  /**
   * The gold commitments of one article.
   *
   * @param newid       the article's number; its file is {@code NNNNN.txt}
   * @param commitments its commitments; never null
   */
  public record GoldArticle(int newid, List<GoldCommitment> commitments) {

    /**
     * Copies the list.
     *
     * @param newid       the article's number; its file is {@code NNNNN.txt}
     * @param commitments its commitments; never null
     */
    public GoldArticle {
      commitments = List.copyOf(commitments);
    }
  }

  /**
   * The scores.
   *
   * @param gold           gold commitments
   * @param predicted      predicted commitments
   * @param truePositives  matched pairs
   * @param precision      matched / predicted
   * @param recall         matched / gold
   * @param f1             harmonic mean of precision and recall
   * @param kindAccuracy   share of matched pairs with the same kind
   * @param amountAccuracy share of matched pairs whose gold has an amount that got it right
   * @param unlocated      predictions whose evidence text was not found in the article
   */
  public record Scores(int gold, int predicted, int truePositives, double precision, double recall, double f1,
      double kindAccuracy, double amountAccuracy, int unlocated) {}

  private static final Set<String> SUFFIXES = Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
      "ltd", "limited", "plc", "ag", "sa", "nv", "bv", "gmbh", "llc", "lp", "group", "holdings", "holding", "the", "cos");
  private static final Set<String> ACRONYM_SKIP = Set.of("of", "and", "&", "for", "de");

  private int truePositives;
  private int falsePositives;
  private int falseNegatives;
  private int kindRight;
  private int amountRight;
  private int amountGold;
  private int unlocated;
  private List<Boolean> lastGoldFound = List.of();
  private List<Boolean> lastPredictedRight = List.of();

  /**
   * Adds one article.
   *
   * @param text      the article file's text, which the gold offsets refer to. Must not be {@code null}.
   * @param gold      its gold commitments. Must not be {@code null}.
   * @param predicted the commitments extracted from it; their evidence is found in {@code text} by
   *                  its sentence text, so any reading of the file may have produced them
   * @return for each prediction, in order, whether it matched a gold commitment
   */
  public List<Boolean> add(String text, List<GoldCommitment> gold, List<Commitment> predicted) {
    Set<Integer> used = new HashSet<>();
    List<Boolean> matched = new ArrayList<>(predicted.size());
    for (Commitment p : predicted) {
      int[] span = locate(text, p.evidence().text());
      if (span == null) {
        unlocated++;
      }
      Integer hit = null;
      for (int gi = 0; gi < gold.size() && span != null; gi++) {
        GoldCommitment g = gold.get(gi);
        if (used.contains(gi) || span[1] <= g.start() || span[0] >= g.end()) {
          continue;
        }
        List<String> names = new ArrayList<>();
        names.add(g.organization());
        if (g.kind() == CommitmentKind.PARTNERSHIP) {
          names.addAll(g.partners());
        }
        if (names.stream().anyMatch(n -> sameOrganization(p.organization(), n))) {
          hit = gi;
          if (p.kind() == g.kind()) {
            break;
          }
        }
      }
      matched.add(hit != null);
      if (hit == null) {
        falsePositives++;
        continue;
      }
      used.add(hit);
      truePositives++;
      GoldCommitment g = gold.get(hit);
      if (p.kind() == g.kind()) {
        kindRight++;
      }
      if (g.amountValue() != null) {
        amountGold++;
        Amount a = p.amount();
        if (a != null && a.currency().equals(g.currency())
            && Math.abs(a.value() - g.amountValue()) <= 0.01 * Math.abs(g.amountValue())) {
          amountRight++;
        }
      }
    }
    falseNegatives += gold.size() - used.size();
    List<Boolean> found = new ArrayList<>(gold.size());
    for (int gi = 0; gi < gold.size(); gi++) {
      found.add(used.contains(gi));
    }
    lastGoldFound = List.copyOf(found);
    lastPredictedRight = List.copyOf(matched);
    return matched;
  }

  /**
   * Which gold commitments of the article added last were matched: what an error listing reads.
   *
   * @return for each gold commitment of the last {@link #add} call, in order, whether a prediction matched it
   */
  public List<Boolean> lastGoldFound() {
    return lastGoldFound;
  }

  /**
   * Which predictions of the article added last matched a gold commitment, as {@link #add} returned.
   *
   * @return for each prediction of the last {@link #add} call, in order, whether it matched
   */
  public List<Boolean> lastPredictedRight() {
    return lastPredictedRight;
  }

  /**
   * The scores over the articles added so far.
   *
   * @return the counts, precision, recall and F1 over the articles added so far
   */
  public Scores scores() {
    double p = truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    double r = truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Scores(truePositives + falseNegatives, truePositives + falsePositives, truePositives, p, r, f,
        truePositives == 0 ? 0 : (double) kindRight / truePositives, amountGold == 0 ? 0 : (double) amountRight / amountGold,
        unlocated);
  }

  /**
   * Whether two names name the same organization: equal after dropping legal suffixes, possessives
   * and a leading "the"; one the acronym of the other; or a short form of two words or more that
   * starts the other, which has at most one word more.
   *
   * @param a an organization's name. Must not be {@code null}.
   * @param b another organization's name. Must not be {@code null}.
   * @return true when both names are taken to name the same organization
   */
  public static boolean sameOrganization(String a, String b) {
    List<String> ta = normalize(a == null ? "" : a);
    List<String> tb = normalize(b == null ? "" : b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return false;
    }
    if (ta.equals(tb)) {
      return true;
    }
    if (ta.size() == 1 && ta.get(0).equals(acronym(tb)) || tb.size() == 1 && tb.get(0).equals(acronym(ta))) {
      return true;
    }
    List<String> shorter = ta.size() < tb.size() ? ta : tb;
    List<String> longer = ta.size() < tb.size() ? tb : ta;
    return shorter.size() >= 2 && longer.subList(0, shorter.size()).equals(shorter)
        && longer.size() - shorter.size() <= 1;
  }

  static List<String> normalize(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean possessive = c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == 's'
          && (i + 2 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
      if (possessive) {
        i++;
        b.append(' ');
      } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '&') {
        b.append(c);
      } else {
        b.append(' ');
      }
    }
    List<String> tokens = new ArrayList<>();
    for (String t : b.toString().split(" ")) {
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    while (!tokens.isEmpty() && SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
      tokens.remove(tokens.size() - 1);
    }
    while (!tokens.isEmpty() && tokens.get(0).equals("the")) {
      tokens.remove(0);
    }
    return tokens;
  }

  private static String acronym(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    for (String t : tokens) {
      if (!ACRONYM_SKIP.contains(t)) {
        b.append(t.charAt(0));
      }
    }
    return b.toString();
  }

  /**
   * Where {@code sentence} is in {@code text}: exactly, else with any run of whitespace for a space.
   *
   * @param text     the text to look in. Must not be {@code null}.
   * @param sentence the sentence to look for. Must not be {@code null}.
   * @return its start and end (char offsets, end exclusive), or null when it is not there or is empty
   */
  public static int[] locate(String text, String sentence) {
    if (sentence == null || sentence.isEmpty()) {
      return null;
    }
    int i = text.indexOf(sentence);
    if (i >= 0) {
      return new int[] {i, i + sentence.length()};
    }
    String[] words = sentence.trim().split("\\s+");
    for (int from = text.indexOf(words[0]); from >= 0; from = text.indexOf(words[0], from + 1)) {
      int pos = from + words[0].length();
      boolean ok = true;
      for (int w = 1; w < words.length && ok; w++) {
        int ws = pos;
        while (ws < text.length() && Character.isWhitespace(text.charAt(ws))) {
          ws++;
        }
        ok = ws > pos && text.startsWith(words[w], ws);
        pos = ws + words[w].length();
      }
      if (ok) {
        return new int[] {from, pos};
      }
    }
    return null;
  }

  /**
   * Reads gold annotations: one JSON object per line, {@code {"newid", "commitments": [{"organization",
   * "partners", "kind", "amount": {"value", "currency"} | null, "evidence": {"start", "end"}}]}}.
   *
   * @param file the gold file, UTF-8 JSON lines. Must not be {@code null}.
   * @return the annotated articles in file order
   * @throws IOException when the file cannot be read or a line is not such an object, naming the line
   */
  public static List<GoldArticle> readGold(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode d = mapper.readTree(line);
          List<GoldCommitment> cs = new ArrayList<>();
          for (JsonNode c : d.path("commitments")) {
            List<String> partners = new ArrayList<>();
            c.path("partners").forEach(p -> partners.add(p.asText()));
            JsonNode amount = c.path("amount");
            boolean hasAmount = amount.isObject() && amount.hasNonNull("value");
            cs.add(new GoldCommitment(c.path("organization").asText(), partners,
                CommitmentKind.valueOf(c.path("kind").asText()), hasAmount ? amount.get("value").asDouble() : null,
                hasAmount ? amount.path("currency").asText() : null, c.path("evidence").path("start").asInt(),
                c.path("evidence").path("end").asInt()));
          }
          if (!d.hasNonNull("newid")) {
            throw new IOException("newid is missing");
          }
          out.add(new GoldArticle(d.get("newid").asInt(), cs));
        } catch (IOException | IllegalArgumentException e) {
          throw new IOException(file + ":" + lineNo + ": not a gold record; " + e.getMessage(), e);
        }
      }
    }
    return out;
  }
}
