package dev.newsminer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsminer.ExtractionJson;
import dev.newsminer.cli.serve.SearchServer;
import dev.newsminer.index.ArticleIndex;
import dev.newsminer.index.OrganizationCount;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in headless Chromium over an index of the examples: typing a query, clicking a
 * facet, the commitments table, an organization's chart, the messages for no hits, a malformed
 * query and an organization without commitments, and article markup shown as text. Screenshots go
 * to {@code target/screenshots/}. Skips, saying why, where Debian's {@code chromium} and
 * {@code chromium-driver} are not installed or the browser cannot start.
 */
class SearchPageBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static ChromeDriver browser;
  private static ArticleIndex index;
  private static SearchServer server;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    Optional<Path> chromium = executable("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
    Optional<Path> driver = executable("CHROMEDRIVER", "chromedriver");
    assumeTrue(chromium.isPresent() && driver.isPresent(),
        "browser tests skipped: no chromium and chromedriver on PATH (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--window-size=1280,900", "--lang=en-US", "--no-first-run", "--disable-extensions");
    try {
      // The driver's path is given, so Selenium Manager never tries to download one.
      browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
          .usingAnyFreePort().build(), options);
    } catch (RuntimeException e) {
      assumeTrue(false, "browser tests skipped: chromium cannot start here: " + e.getMessage().lines().findFirst().orElse(""));
    }
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    index = ArticleIndex.openReadOnly(ExamplesIndex.folder());
    server = SearchServer.start(index, "127.0.0.1", 0);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      index.close();
    }
  }

  private static Optional<Path> executable(String variable, String... names) {
    String configured = System.getenv(variable);
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    return Stream.of(names).flatMap(n -> Stream.of(path.split(":")).map(d -> Path.of(d, n)))
        .filter(Files::isExecutable).findFirst();
  }

  private static void open(String fragment) {
    browser.get(server.uri() + (fragment.isEmpty() ? "" : "#" + fragment));
    waitUntilLoaded();
  }

  /** Waits until the page has finished its last request. */
  private static void waitUntilLoaded() {
    wait.until(d -> !"true".equals(d.findElement(By.tagName("body")).getAttribute("aria-busy"))
        && (!d.findElements(By.cssSelector("#summary .total")).isEmpty()
            || d.findElement(By.id("message")).isDisplayed()
            || d.findElement(By.id("organization")).isDisplayed()));
  }

  private static void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  private static String summary() {
    return browser.findElement(By.id("summary")).getText();
  }

  private static int total() {
    return Integer.parseInt(browser.findElement(By.cssSelector("#summary .total")).getText().replace(",", ""));
  }

  private static void search(String query) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(query, Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().contains("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    waitUntilLoaded();
  }

  @Test
  void everythingIsListedWithFacetsAndAClickOnAFacetFiltersByIt() throws IOException {
    open("");
    assertThat(total()).isEqualTo(index.articleCount());
    assertThat(browser.findElements(By.cssSelector(".facet-group"))).hasSizeGreaterThanOrEqualTo(3);
    screenshot("1-all-articles");

    search("research");
    int matching = total();
    assertThat(summary()).containsPattern("match(es)? research");
    List<WebElement> marks = browser.findElements(By.cssSelector(".hit .snippet mark"));
    assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText().toLowerCase()).startsWith("research"));

    WebElement facet = browser.findElement(By.cssSelector("button.facet[data-dim=organization]"));
    String organization = facet.findElement(By.className("label")).getText();
    int count = Integer.parseInt(facet.findElement(By.className("count")).getText());
    facet.click();
    wait.until(d -> d.getCurrentUrl().contains("org="));
    waitUntilLoaded();
    assertThat(total()).isEqualTo(count).isLessThanOrEqualTo(matching);
    assertThat(summary()).contains("by " + organization);
    assertThat(browser.findElement(By.cssSelector("button.facet.active")).getText()).startsWith(organization);
    assertThat(browser.findElements(By.cssSelector(".hit"))).allSatisfy(hit ->
        assertThat(hit.findElements(By.cssSelector("a.org"))).extracting(WebElement::getText).contains(organization));
    screenshot("2-query-and-facet");
  }

  @Test
  void theCommitmentsViewIsATableWithEvidence() throws IOException {
    open("q=*:*&commitments=true");
    List<WebElement> headers = browser.findElements(By.cssSelector("#results table.commitments th"));
    assertThat(headers).extracting(WebElement::getText)
        .containsExactly("DATE", "ORGANIZATION", "KIND", "AMOUNT", "PURPOSE", "EVIDENCE");
    List<WebElement> rows = browser.findElements(By.cssSelector("#results table.commitments tbody tr"));
    assertThat(rows).hasSize(Math.min(10, total()));
    assertThat(browser.findElement(By.id("pages")).getText()).contains("1–10 of " + total());
    assertThat(rows.get(0).findElements(By.tagName("td")).get(5).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("#results table.commitments td.num .amount"))).isNotEmpty();
    screenshot("3-commitments");
  }

  @Test
  void anOrganizationShowsItsCommitmentsPerYearAsBars() throws IOException {
    open("q=*:*");
    OrganizationCount busiest = index.organizations(1000).stream().filter(o -> o.commitments() > 0)
        .max(java.util.Comparator.comparingInt(OrganizationCount::commitments)).orElseThrow();
    open("q=*:*&org=" + URLEncoder.encode(busiest.name(), StandardCharsets.UTF_8));
    browser.findElement(By.xpath("//div[@class='orgs']/a[text()=" + xpathLiteral(busiest.name()) + "]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#organization h2")));
    waitUntilLoaded();
    assertThat(browser.findElement(By.cssSelector("#organization h2")).getText()).startsWith(busiest.name());
    List<WebElement> bars = browser.findElements(By.cssSelector("#organization svg rect.bar"));
    assertThat(bars).isNotEmpty();
    assertThat(bars).allSatisfy(b -> assertThat(Double.parseDouble(b.getAttribute("height"))).isPositive());
    wait.until(d -> !d.findElements(By.cssSelector("#organization table.commitments")).isEmpty());
    screenshot("4-organization");
  }

  private static String xpathLiteral(String s) {
    return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
  }

  @Test
  void noHitsAMalformedQueryAndAnOrganizationWithoutCommitmentsEachSaySo() throws Exception {
    open("q=*:*");
    search("zebrafish");
    WebElement message = browser.findElement(By.id("message"));
    assertThat(message.getText()).startsWith("No articles match.");
    assertThat(browser.findElements(By.cssSelector(".hit"))).isEmpty();
    screenshot("5-no-hits");

    search("invest AND (");
    assertThat(message.getText()).startsWith("This query is not valid Lucene syntax.").contains("Cannot parse");
    assertThat(browser.findElements(By.cssSelector(".hit"))).isEmpty();
    screenshot("6-malformed-query");

    String quiet = index.organizations(1000).stream().filter(o -> o.commitments() == 0).findFirst().orElseThrow().name();
    open("view=org&name=" + URLEncoder.encode(quiet, StandardCharsets.UTF_8).replace("+", "%20"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-commitments")));
    assertThat(browser.findElement(By.id("no-commitments")).getText()).isEqualTo(quiet
        + " made no commitments in the indexed articles: they only mention it.");
    assertThat(browser.findElements(By.cssSelector("#organization svg"))).isEmpty();
    screenshot("7-organization-without-commitments");
  }

  @Test
  void markupInArticlesIsShownAsTextAndNeverRun() throws Exception {
    open("q=*:*");
    search("robotics");
    WebElement hit = browser.findElement(By.cssSelector(".hit"));
    assertThat(hit.findElement(By.tagName("h3")).getText()).isEqualTo(ExamplesIndex.HOSTILE_TITLE);
    assertThat(hit.findElement(By.className("snippet")).getText()).contains("Acme & Sons", "<img src=x onerror=\"window.");
    assertThat(hit.findElements(By.cssSelector("script, img, b"))).isEmpty();
    Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : window.__pwned;");
    assertThat(pwned).isNull();
    assertThat(hit.findElements(By.cssSelector(".snippet mark"))).extracting(WebElement::getText).contains("robotics");
    screenshot("8-markup-as-text");

    JsonNode viaApi = ExtractionJson.mapper().readTree(new java.net.URL(server.uri() + "api/search?q=robotics").openStream());
    assertThat(viaApi.get("hits").get(0).get("title").asText()).isEqualTo(ExamplesIndex.HOSTILE_TITLE);
  }
}
