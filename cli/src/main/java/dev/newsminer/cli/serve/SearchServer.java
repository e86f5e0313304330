package dev.newsminer.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsminer.CommitmentKind;
import dev.newsminer.ExtractionJson;
import dev.newsminer.index.ArticleIndex;
import dev.newsminer.index.OrganizationProfile;
import dev.newsminer.index.SearchRequest;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The search page and its JSON API over one index, on the JDK's built-in HTTP server.
 *
 * <p>The API answers what the command line's {@code --json} prints, written by the same
 * {@link ExtractionJson#mapper()}: {@code GET /api/search} as {@code newsminer search --json},
 * {@code GET /api/orgs} as {@code newsminer orgs --json}, and {@code GET /api/orgs/NAME} one
 * organization's {@link OrganizationProfile}. A request it cannot answer as asked gets 400 and
 * {@code {"error": "one line"}}; an unknown path 404. The index is only read; each request sees its
 * last commit, also one that {@code newsminer index} made while the server runs.
 *
 * <p>Thread-safe: requests are answered on a small pool of threads over the one shared index.
 *
 * <pre>{@code
 * try (ArticleIndex index = ArticleIndex.openReadOnly(folder);
 *      SearchServer server = SearchServer.start(index, "127.0.0.1", 0)) {
 *   System.out.println(server.uri());   // http://127.0.0.1:41234/
 * }
 * }</pre>
 */
public final class SearchServer implements Closeable {

  /** Most hits one search answers. */
  public static final int MAX_LIMIT = 100;
  /** Most hits a search may skip: deeper pages cost a collector of offset + limit entries. */
  public static final int MAX_OFFSET = 10_000;
  /** Most organizations {@code /api/orgs} lists. */
  public static final int MAX_TOP = 1_000;
  /** Largest response body, in bytes; a larger answer is refused rather than sent. */
  public static final int MAX_RESPONSE_BYTES = 4 << 20;

  private static final String NODELAY = "sun.net.httpserver.nodelay";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Set<String> SEARCH_PARAMETERS = Set.of("q", "org", "kind", "min", "max", "currency", "from",
      "to", "commitments", "limit", "offset", "sort");
  private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final ArticleIndex index;
  private final HttpServer http;
  private final ExecutorService workers;
  private final PageFiles page;
  private final boolean loopback;

  private SearchServer(ArticleIndex index, HttpServer http, ExecutorService workers, PageFiles page, boolean loopback) {
    this.index = index;
    this.http = http;
    this.workers = workers;
    this.page = page;
    this.loopback = loopback;
  }

  /**
   * Starts serving {@code index} on {@code host}:{@code port}.
   *
   * @param index the index to answer from; the caller keeps it and closes it after the server.
   *     Must not be {@code null}.
   * @param host  the address to listen on, e.g. {@code 127.0.0.1} (this machine only)
   * @param port  the port, or 0 for any free one ({@link #uri()} tells which)
   * @throws IOException when the address cannot be listened on (in use, not this machine's)
   */
  public static SearchServer start(ArticleIndex index, String host, int port) throws IOException {
    // The JDK's server writes a response's headers and body as two packets: without TCP_NODELAY
    // the body waits for the client's delayed ACK of the headers, about 40 ms per request.
    // The property is read once, when the first server of the JVM is made.
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    InetAddress address = InetAddress.getByName(host);
    HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 64);
    AtomicInteger threads = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "newsminer-http-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    SearchServer server = new SearchServer(index, http, workers, PageFiles.load(), address.isLoopbackAddress());
    http.createContext("/", server::handle);
    http.setExecutor(workers);
    http.start();
    return server;
  }

  /** The address of the page, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetSocketAddress a = http.getAddress();
    String host = a.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  /** Stops answering, letting requests in flight finish for up to a second; the index stays open. */
  @Override
  public void close() {
    http.stop(1);
    workers.shutdown();
    try {
      workers.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      Response response;
      try {
        response = route(exchange);
      } catch (BadRequest e) {
        response = Response.error(400, e.getMessage());
      } catch (IllegalArgumentException e) {
        response = Response.error(400, oneLine(e.getMessage()));
      } catch (IOException | RuntimeException e) {
        response = Response.error(500, oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
      // How long the answer took here, wall-clock and CPU (the standard Server-Timing header):
      // the benchmark reads it to tell the server's own time from a busy machine's.
      exchange.getResponseHeaders().set("Server-Timing", String.format(Locale.ROOT, "app;dur=%.3f, cpu;dur=%.3f",
          (System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6));
      send(exchange, response);
    }
  }

  private Response route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return Response.error(405, "only GET and HEAD are answered; got " + method);
    }
    if (loopback && !fromThisMachine(exchange.getRequestHeaders())) {
      // A page elsewhere could otherwise reach this server through a host name it controls
      // (DNS rebinding) and read the index.
      return Response.error(403, "a server on 127.0.0.1 answers requests for localhost only");
    }
    URI uri = exchange.getRequestURI();
    String path = uri.getPath();
    if (path.equals("/api/search")) {
      return json(search(QueryParameters.parse(uri.getRawQuery(), SEARCH_PARAMETERS)));
    }
    if (path.equals("/api/orgs")) {
      QueryParameters p = QueryParameters.parse(uri.getRawQuery(), Set.of("top"));
      return json(index.organizations(p.integer("top", 20, 1, MAX_TOP)));
    }
    if (path.startsWith("/api/orgs/")) {
      QueryParameters.parse(uri.getRawQuery(), Set.of());
      String name = path.substring("/api/orgs/".length());
      if (name.isBlank()) {
        throw new BadRequest("organization name must not be blank; got \"" + name + "\"");
      }
      Optional<OrganizationProfile> profile = index.organization(name);
      return profile.isPresent() ? json(profile.get())
          : Response.error(404, "no organization named " + name + " in the index");
    }
    if (path.startsWith("/api/")) {
      return Response.error(404, "no such API: " + path + "; there are /api/search, /api/orgs and /api/orgs/NAME");
    }
    PageFiles.File file = page.get(path);
    if (file == null) {
      return Response.error(404, "no such page: " + path);
    }
    return new Response(200, file.contentType(), file.bytes(), true);
  }

  private SearchRequest search(QueryParameters p) {
    String q = p.text("q");
    String kind = p.text("kind");
    String currency = p.text("currency");
    if (currency != null && !currency.matches("[A-Za-z]{3}")) {
      throw new BadRequest("currency must be an ISO 4217 code such as USD; got " + currency);
    }
    return SearchRequest.of(q == null ? "*:*" : q)
        .withOrganization(p.text("org"))
        .withKind(kind == null ? null : kind(kind))
        .withAmount(p.number("min"), p.number("max"), currency)
        .withDates(p.date("from"), p.date("to"))
        .withLimit(p.integer("limit", 10, 1, MAX_LIMIT))
        .withOffset(p.integer("offset", 0, 0, MAX_OFFSET))
        .sortedByDate(p.choice("sort", "relevance", "relevance", "date").equals("date"))
        .overCommitments(p.flag("commitments"));
  }

  private Response json(SearchRequest request) throws IOException {
    return json(index.search(request));
  }

  private static CommitmentKind kind(String value) {
    try {
      return CommitmentKind.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("kind must be one of " + Arrays.toString(CommitmentKind.values()) + "; got " + value);
    }
  }

  private static Response json(Object value) throws JsonProcessingException {
    byte[] body = ExtractionJson.mapper().writeValueAsBytes(value);
    if (body.length > MAX_RESPONSE_BYTES) {
      return Response.error(500, "the answer of " + body.length + " bytes is over the limit of " + MAX_RESPONSE_BYTES
          + "; ask for fewer hits");
    }
    return new Response(200, "application/json; charset=utf-8", body, false);
  }

  /** Whether the Host header names this machine: localhost or a loopback address, any port. */
  private static boolean fromThisMachine(Headers headers) {
    String host = headers.getFirst("Host");
    if (host == null) {
      return true;
    }
    String name = host.startsWith("[") ? host.substring(1, Math.max(1, host.indexOf(']')))
        : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
    name = name.toLowerCase(Locale.ROOT);
    return name.equals("localhost") || name.endsWith(".localhost") || name.equals("::1") || name.startsWith("127.");
  }

  private static void send(HttpExchange exchange, Response r) throws IOException {
    Headers h = exchange.getResponseHeaders();
    h.set("Content-Type", r.contentType());
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cache-Control", r.page() ? "no-cache" : "no-store");
    if (r.page()) {
      h.set("Content-Security-Policy", PAGE_POLICY);
    }
    if (r.status() == 405) {
      h.set("Allow", "GET, HEAD");
    }
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(r.status(), head ? -1 : r.body().length == 0 ? -1 : r.body().length);
    if (!head && r.body().length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(r.body());
      }
    }
  }

  private static String oneLine(String message) {
    String s = message == null ? "" : message.strip();
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl).strip();
  }

  /** What to send: status, type and body; {@code page} for the page's files, which get its policy. */
  private record Response(int status, String contentType, byte[] body, boolean page) {
    static Response error(int status, String message) {
      try {
        return new Response(status, "application/json; charset=utf-8",
            ExtractionJson.mapper().writeValueAsBytes(Map.of("error", message)), false);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The page's files, read once from the jar. */
  record PageFiles(Map<String, File> files) {
    record File(String contentType, byte[] bytes) {}

    static PageFiles load() throws IOException {
      return new PageFiles(Map.of(
          "/", read("index.html", "text/html; charset=utf-8"),
          "/app.js", read("app.js", "text/javascript; charset=utf-8"),
          "/app.css", read("app.css", "text/css; charset=utf-8")));
    }

    File get(String path) {
      return files.get(path.equals("/index.html") ? "/" : path);
    }

    private static File read(String name, String contentType) throws IOException {
      try (InputStream in = SearchServer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IOException("the page file " + name + " is missing from the jar");
        }
        return new File(contentType, in.readAllBytes());
      }
    }
  }
}
