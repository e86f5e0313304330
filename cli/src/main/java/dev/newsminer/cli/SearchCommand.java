package dev.newsminer.cli;

import dev.newsminer.CommitmentKind;
import dev.newsminer.ExtractionJson;
import dev.newsminer.index.ArticleIndex;
import dev.newsminer.index.SearchHit;
import dev.newsminer.index.SearchRequest;
import dev.newsminer.index.SearchResult;
import dev.newsminer.index.Snippet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsminer search}: Lucene query syntax plus filters over an index folder. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search an index: Lucene query syntax over title and body (or evidence and purpose"
        + " with --commitments), with filters, facets and highlighted snippets.")
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", description = "Lucene query, e.g. '\"AI research\" AND fund*'; '*:*' matches all.")
  String query;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index folder.")
  Path indexDir;

  @Option(names = "--org", paramLabel = "NAME", description = "Only articles naming (commitments by) this organization.")
  String organization;

  @Option(names = "--kind", paramLabel = "K", description = "Only this commitment kind: ${COMPLETION-CANDIDATES}.")
  CommitmentKind kind;

  @Option(names = "--min-amount", paramLabel = "X", description = "Only commitments of at least this amount.")
  Double minAmount;

  @Option(names = "--max-amount", paramLabel = "X", description = "Only commitments of at most this amount.")
  Double maxAmount;

  @Option(names = "--currency", paramLabel = "C", description = "Currency of the amount bounds (default: USD).")
  String currency;

  @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after DATE (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before DATE (YYYY-MM-DD).")
  String to;

  @Option(names = "--limit", paramLabel = "N", description = "How many hits (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance or date (default: ${DEFAULT-VALUE}).")
  String sort = "relevance";

  @Option(names = "--commitments", description = "Search commitment documents instead of articles.")
  boolean commitments;

  @Option(names = "--json", description = "Print JSON for machines.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (limit < 1) {
      throw new Main.UsageException("--limit must be >= 1; got " + limit);
    }
    if (!sort.equals("relevance") && !sort.equals("date")) {
      throw new Main.UsageException("--sort must be relevance or date; got " + sort);
    }
    requireNumber("--min-amount", minAmount);
    requireNumber("--max-amount", maxAmount);
    if (currency != null && !currency.matches("[A-Za-z]{3}")) {
      throw new Main.UsageException("--currency must be an ISO 4217 code such as USD; got " + currency);
    }
    SearchRequest request = SearchRequest.of(query).withOrganization(organization).withKind(kind)
        .withAmount(minAmount, maxAmount, currency).withDates(date("--from", from), date("--to", to))
        .withLimit(limit).sortedByDate(sort.equals("date")).overCommitments(commitments);
    SearchResult result;
    try (ArticleIndex index = Arguments.openIndex(indexDir)) {
      index.verify();
      result = index.search(request);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ExtractionJson.mapper().writeValueAsString(result));
    } else {
      print(result, out);
    }
    out.flush();
    return Main.OK;
  }

  private static void requireNumber(String option, Double value) {
    if (value != null && (value.isNaN() || value.isInfinite())) {
      throw new Main.UsageException(option + " must be a finite number; got " + value);
    }
  }

  private static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new Main.UsageException(option + " must be a date YYYY-MM-DD; got " + value);
    }
  }

  /** "1 article matches", "37 commitments match; the first 10 are shown (--limit N for more)". */
  static String summary(long total, int shown, boolean commitments) {
    String noun = commitments ? (total == 1 ? "commitment" : "commitments") : (total == 1 ? "article" : "articles");
    String line = total + " " + noun + (total == 1 ? " matches" : " match");
    return shown < total ? line + "; the first " + shown + " are shown (--limit N for more)" : line;
  }

  private void print(SearchResult result, PrintWriter out) {
    out.println(summary(result.total(), result.hits().size(), commitments));
    int n = 0;
    for (SearchHit hit : result.hits()) {
      n++;
      out.printf("%n%2d. %s%s  [%s]%n", n, hit.published() == null ? "" : hit.published() + "  ", hit.title(), hit.id());
      if (hit.kind() != null) {
        out.printf("    %s %s%s%n", hit.kind(), String.join(", ", hit.organizations()),
            hit.amount() == null ? "" : "  " + hit.amount().text());
      } else if (!hit.organizations().isEmpty()) {
        out.println("    organizations: " + String.join(", ", hit.organizations()));
      }
      for (Snippet snippet : hit.snippets()) {
        String plain = snippet.marked("[", "]");
        out.println("    … " + plain + (plain.endsWith("…") ? "" : " …"));
      }
    }
    for (Map.Entry<String, Map<String, Integer>> facet : result.facets().entrySet()) {
      if (!facet.getValue().isEmpty()) {
        StringBuilder line = new StringBuilder();
        facet.getValue().forEach((label, count) -> line.append(line.length() == 0 ? "" : ", ").append(label)
            .append(" (").append(count).append(')'));
        out.printf("%n%s: %s", facet.getKey().replace('_', ' ').toLowerCase(Locale.ROOT), line);
      }
    }
    out.println();
  }
}
