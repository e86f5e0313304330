package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import dev.newsminer.cli.serve.SearchServer;
import dev.newsminer.index.ArticleIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON API of {@code newsminer serve} over plain HTTP: the same answers as the command line's
 * {@code --json}, one-line errors, bounds, and a server that sees what {@code index} commits.
 */
class ServeApiTest {

  private static ArticleIndex index;
  private static SearchServer server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    index = ArticleIndex.openReadOnly(ExamplesIndex.folder());
    server = SearchServer.start(index, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    index.close();
  }

  private record Answer(int status, String body, String contentType) {
    JsonNode json() throws IOException {
      return ExtractionJson.mapper().readTree(body);
    }
  }

  private static Answer get(URI base, String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
  }

  private static Answer get(String pathAndQuery) throws IOException, InterruptedException {
    return get(server.uri(), pathAndQuery);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** One CLI search and the same search over HTTP: option pairs become query parameters. */
  private record Case(String query, String[] options, String parameters) {
    static Case of(String query, String parameters, String... options) {
      return new Case(query, options, parameters);
    }
  }

  @Test
  void searchAnswersTheSameJsonAsTheSearchCommand() throws Exception {
    Path ix = ExamplesIndex.folder();
    List<Case> cases = List.of(
        Case.of("*:*", ""),
        Case.of("*:*", "&commitments=true&limit=50", "--commitments", "--limit", "50"),
        Case.of("quantum", ""),
        Case.of("\"wind farms\"", ""),
        Case.of("research OR recycling", "&sort=date&limit=3", "--sort", "date", "--limit", "3"),
        Case.of("*:*", "&org=IBM", "--org", "IBM"),
        Case.of("*:*", "&kind=FUNDING&commitments=true", "--kind", "FUNDING", "--commitments"),
        Case.of("*:*", "&min=1000000000&currency=EUR&commitments=true", "--min-amount", "1000000000", "--currency",
            "EUR", "--commitments"),
        Case.of("*:*", "&from=2025-01-01&to=2025-06-30", "--from", "2025-01-01", "--to", "2025-06-30"),
        Case.of("Acme", ""),
        Case.of("nothingmatchesthis", ""));
    for (Case c : cases) {
      CommandRun cli = new CommandRun();
      List<String> args = new ArrayList<>(List.of("search", c.query(), "--index", ix.toString(), "--json"));
      args.addAll(List.of(c.options()));
      assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
      Answer api = get("/api/search?q=" + enc(c.query()) + c.parameters());
      assertThat(api.status()).as(c.query() + c.parameters()).isEqualTo(200);
      assertThat(api.contentType()).isEqualTo("application/json; charset=utf-8");
      assertThat(api.json()).as(c.query() + c.parameters()).isEqualTo(ExtractionJson.mapper().readTree(cli.out()));
    }
  }

  @Test
  void orgsAnswerTheSameJsonAsTheOrgsCommand() throws Exception {
    CommandRun cli = new CommandRun();
    assertThat(cli.run("orgs", "--index", ExamplesIndex.folder().toString(), "--json", "--top", "5")).isZero();
    assertThat(get("/api/orgs?top=5").json()).isEqualTo(ExtractionJson.mapper().readTree(cli.out()));
  }

  @Test
  void anOrganizationIsProfiledByItsNameOrAnAlias() throws Exception {
    JsonNode orgs = get("/api/orgs?top=1000").json();
    java.util.Set<String> names = new java.util.HashSet<>();
    orgs.forEach(o -> names.add(o.get("name").asText()));
    int withAlias = 0;
    for (JsonNode org : orgs) {
      JsonNode profile = get("/api/orgs/" + enc(org.get("name").asText()).replace("+", "%20")).json();
      assertThat(profile.get("name")).isEqualTo(org.get("name"));
      assertThat(profile.get("type")).isEqualTo(org.get("type"));
      assertThat(profile.get("articles")).isEqualTo(org.get("articles"));
      assertThat(profile.get("commitments")).isEqualTo(org.get("commitments"));
      int dated = 0;
      for (JsonNode n : profile.get("commitments_by_year")) {
        dated += n.asInt();
      }
      assertThat(dated).isLessThanOrEqualTo(profile.get("commitments").asInt());
      for (JsonNode alias : profile.get("aliases")) {
        if (names.contains(alias.asText())) {
          continue; // also the name of an organization of its own (Nestle beside Nestlé): that one answers
        }
        withAlias++;
        assertThat(get("/api/orgs/" + enc(alias.asText()).replace("+", "%20")).json().get("name"))
            .isEqualTo(org.get("name"));
      }
    }
    assertThat(withAlias).as("aliases among the examples' organizations").isPositive();
    Answer unknown = get("/api/orgs/Nobody%20Such%20Company");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("error").asText()).isEqualTo("no organization named Nobody Such Company in the index");
  }

  @Test
  void anOffsetPagesThroughTheHits() throws Exception {
    JsonNode first3 = get("/api/search?q=*:*&sort=date&limit=3").json().get("hits");
    JsonNode page = get("/api/search?q=*:*&sort=date&limit=2&offset=1").json().get("hits");
    assertThat(page).hasSize(2);
    assertThat(page.get(0)).isEqualTo(first3.get(1));
    assertThat(page.get(1)).isEqualTo(first3.get(2));
  }

  @Test
  void badRequestsGet400WithOneLine() throws Exception {
    Answer malformed = get("/api/search?q=" + enc("invest AND ("));
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("error").asText()).startsWith("invalid query: Cannot parse 'invest AND ('")
        .doesNotContain("\n");
    assertThat(get("/api/search?limit=" + (SearchServer.MAX_LIMIT + 1)).json().get("error").asText())
        .isEqualTo("limit must be an integer from 1 to 100; got 101");
    assertThat(get("/api/search?offset=" + (SearchServer.MAX_OFFSET + 1)).status()).isEqualTo(400);
    assertThat(get("/api/search?offset=-1").status()).isEqualTo(400);
    assertThat(get("/api/search?from=May%203").json().get("error").asText())
        .isEqualTo("from must be a date YYYY-MM-DD; got May 3");
    assertThat(get("/api/search?kind=GIFT").json().get("error").asText()).startsWith("kind must be one of [FUNDING");
    assertThat(get("/api/search?min=lots").status()).isEqualTo(400);
    assertThat(get("/api/search?currency=dollars&min=1").status()).isEqualTo(400);
    assertThat(get("/api/search?commitments=yes").status()).isEqualTo(400);
    assertThat(get("/api/search?qq=typo").json().get("error").asText()).startsWith("unknown parameter qq");
    assertThat(get("/api/orgs?top=0").status()).isEqualTo(400);
    assertThat(get("/api/search?q=" + "x".repeat(3000)).status()).isEqualTo(400);
  }

  @Test
  void unknownPathsGet404AndOtherMethods405() throws Exception {
    assertThat(get("/api/nothing").status()).isEqualTo(404);
    assertThat(get("/api/nothing").json().get("error").asText()).startsWith("no such API: /api/nothing");
    assertThat(get("/etc/passwd").status()).isEqualTo(404);
    assertThat(get("/../pom.xml").status()).isEqualTo(404);
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/search"))
        .POST(HttpRequest.BodyPublishers.ofString("q=x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void thePageAndItsFilesComeFromTheJarWithAStrictPolicy() throws Exception {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.uri()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"app.js\"").doesNotContain("http://", "https://");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(get("/app.js").contentType()).startsWith("text/javascript");
    assertThat(get("/app.js").body()).doesNotContain("innerHTML", "insertAdjacentHTML", "document.write", "eval(");
    assertThat(get("/app.css").contentType()).startsWith("text/css");
  }

  @Test
  void aRequestForAnotherHostIsRefusedOnLoopback() throws Exception {
    // A page elsewhere reaching this server through its own host name (DNS rebinding) sends that name.
    URI uri = server.uri();
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /api/orgs HTTP/1.1\r\nHost: attacker.example:" + uri.getPort() + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      assertThat(status).isEqualTo("HTTP/1.1 403 Forbidden");
    }
    assertThat(get(URI.create("http://localhost:" + uri.getPort() + "/"), "/api/orgs").status()).isEqualTo(200);
  }

  @Test
  void seesWhatTheIndexCommandCommitsWhileServing() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("one.txt"), "SIEMENS TO BUILD PLANT\nSiemens will invest 20 mln dlrs in a plant.\n");
    Path ix = dir.resolve("ix");
    CommandRun cli = new CommandRun();
    assertThat(cli.run("index", in.toString(), "--index", ix.toString())).isZero();
    try (ArticleIndex live = ArticleIndex.openReadOnly(ix); SearchServer s = SearchServer.start(live, "127.0.0.1", 0)) {
      assertThat(get(s.uri(), "/api/search?q=*:*").json().get("total").asInt()).isEqualTo(1);
      Files.writeString(in.resolve("two.txt"), "TOYOTA TO BUILD PLANT\nToyota will invest 30 mln dlrs in a plant.\n");
      assertThat(cli.run("index", in.toString(), "--index", ix.toString())).isZero();
      assertThat(get(s.uri(), "/api/search?q=*:*").json().get("total").asInt()).isEqualTo(2);
      assertThat(get(s.uri(), "/api/orgs/Toyota").status()).isEqualTo(200);
    }
  }

  @Test
  void theServeCommandPrintsItsAddressAndStopsOnASignal() throws Exception {
    Path log = dir.resolve("serve.log");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--index", ExamplesIndex.folder().toString(), "--port", "0")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (Files.readString(log).isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      String first = Files.readString(log).lines().findFirst().orElse("");
      assertThat(first).matches("newsminer: serving .* at http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C stops\\)");
      URI uri = URI.create(first.replaceAll(".* at (\\S+) .*", "$1"));
      assertThat(get(uri, "/api/orgs?top=2").json()).hasSize(2);
      child.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops the server and closes the index
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(log)).doesNotContain("Exception");
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void aTakenPortIsAOneLineUsageError() throws Exception {
    CommandRun cli = new CommandRun();
    assertThat(cli.run("serve", "--index", ExamplesIndex.folder().toString(), "--port",
        String.valueOf(server.uri().getPort()))).isEqualTo(2);
    assertThat(cli.err().strip()).startsWith("newsminer: cannot listen on 127.0.0.1:" + server.uri().getPort()).doesNotContain("\n");
    assertThat(cli.run("serve", "--index", dir.resolve("none").toString())).isEqualTo(2);
  }
}
