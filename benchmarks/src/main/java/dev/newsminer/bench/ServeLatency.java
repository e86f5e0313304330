package dev.newsminer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import dev.newsminer.index.SearchRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long does {@code newsminer serve} take to answer? Sends the {@value QuerySet#SIZE} requests
 * of {@link QuerySet} as {@code /api/search} requests, one after another, to a running server and
 * reports the median and p99 of the wall-clock time from sending a request to having its whole
 * body, and of the server's own wall-clock and CPU time per request (its {@code Server-Timing}
 * header), then does the same for organization profiles and lists. On a machine that other
 * processes share, CPU time is the steadier figure: wall-clock time then includes waiting for a core. Run by {@code serve-latency.sh},
 * which builds the Reuters index, starts the server and stops it.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.newsminer.bench.ServeLatency build DIR [ARTICLES]
 * java -cp benchmarks/target/benchmarks.jar dev.newsminer.bench.ServeLatency measure URL
 * </pre>
 *
 * <p>{@code measure} first sends a warm-up set (another seed), as a server that has answered a
 * few pages would have seen, and reports it too, as the cold figures.
 */
public final class ServeLatency {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private ServeLatency() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("build")) {
      Path folder = Path.of(args[1]);
      int n = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
      if (SearchBenchmark.holdsIndex(folder)) {
        System.out.println("# index " + folder + " already built");
      } else {
        SearchBenchmark.build(Corpus.find(), folder, n);
      }
    } else if (args.length == 2 && args[0].equals("measure")) {
      measure(URI.create(args[1]));
    } else {
      System.err.println("usage: ServeLatency build DIR [ARTICLES] | measure URL");
      System.exit(2);
    }
  }

  private static void measure(URI base) throws Exception {
    Corpus corpus = Corpus.find();
    JsonNode top = json(base.resolve("/api/orgs?top=100"));
    List<String> orgs = new ArrayList<>();
    top.forEach(o -> orgs.add(o.get("name").asText()));
    JsonNode all = json(base.resolve("/api/search?q=*:*&limit=1"));
    System.out.printf("# server %s: %d articles, %d organizations for filters%n", base, all.get("total").asLong(),
        orgs.size());

    List<URI> warmUp = searches(base, QuerySet.generate(corpus.sample(500), orgs, Corpus.SEED + 1));
    List<URI> measured = searches(base, QuerySet.generate(corpus.sample(500), orgs, Corpus.SEED));
    report("search, cold (first " + warmUp.size() + " requests, another seed)", time(warmUp));
    report("search (" + measured.size() + " sequential /api/search requests)", time(measured));

    List<URI> profiles = new ArrayList<>();
    for (String org : orgs.subList(0, Math.min(50, orgs.size()))) {
      profiles.add(base.resolve("/api/orgs/" + URLEncoder.encode(org, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    report("organization profiles (" + profiles.size() + " /api/orgs/NAME, the top organizations)", time(profiles));
    List<URI> lists = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lists.add(base.resolve("/api/orgs?top=" + (i % 2 == 0 ? 20 : 1000)));
    }
    report("organization lists (20 /api/orgs, top 20 and 1000)", time(lists));
  }

  /** The API request of each search request, as the page sends it (10 hits a page). */
  static List<URI> searches(URI base, List<SearchRequest> requests) {
    List<URI> uris = new ArrayList<>();
    for (SearchRequest r : requests) {
      StringJoiner q = new StringJoiner("&");
      add(q, "q", r.query());
      add(q, "org", r.organization());
      add(q, "kind", r.kind() == null ? null : r.kind().name());
      add(q, "min", r.minAmount() == null ? null : String.valueOf(r.minAmount()));
      add(q, "max", r.maxAmount() == null ? null : String.valueOf(r.maxAmount()));
      add(q, "currency", r.minAmount() == null && r.maxAmount() == null ? null : r.currencyOrDefault());
      add(q, "from", r.from() == null ? null : r.from().toString());
      add(q, "to", r.to() == null ? null : r.to().toString());
      add(q, "sort", r.byDate() ? "date" : null);
      add(q, "commitments", r.commitments() ? "true" : null);
      add(q, "limit", "10");
      uris.add(base.resolve("/api/search?" + q));
    }
    return uris;
  }

  private static void add(StringJoiner q, String name, String value) {
    if (value != null) {
      q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  /**
   * Per request, in the order sent: the client's milliseconds from sending to having the whole
   * body, and the server's own wall-clock and CPU milliseconds from its Server-Timing header.
   * Every answer must be 200.
   */
  private static double[][] time(List<URI> uris) throws IOException, InterruptedException {
    double[][] ms = new double[3][uris.size()];
    for (int i = 0; i < uris.size(); i++) {
      long start = System.nanoTime();
      HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(uris.get(i)).build(), HttpResponse.BodyHandlers.ofByteArray());
      ms[0][i] = (System.nanoTime() - start) / 1e6;
      if (r.statusCode() != 200) {
        throw new IOException(uris.get(i) + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
      }
      String timing = r.headers().firstValue("Server-Timing").orElse("app;dur=0, cpu;dur=0");
      Matcher m = TIMING.matcher(timing);
      for (int k = 1; k <= 2 && m.find(); k++) {
        ms[k][i] = Double.parseDouble(m.group(1));
      }
    }
    return ms;
  }

  private static final Pattern TIMING = Pattern.compile("dur=([0-9.]+)");

  private static JsonNode json(URI uri) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    return ExtractionJson.mapper().readTree(r.body());
  }

  private static void report(String what, double[][] ms) {
    System.out.println(what);
    String[] names = {"client wall-clock", "server wall-clock", "server CPU"};
    for (int k = 0; k < 3; k++) {
      double[] sorted = ms[k].clone();
      Arrays.sort(sorted);
      System.out.printf("  %-18s n=%3d  median %7.2f ms  p99 %7.2f ms  max %7.2f ms  mean %7.2f ms%n", names[k],
          sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1],
          Arrays.stream(sorted).average().orElse(0));
    }
  }

  /** The nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
