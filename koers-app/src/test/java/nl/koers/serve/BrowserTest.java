package nl.koers.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import nl.koers.SharedCorpus;
import nl.koers.document.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in Debian's headless Chromium, driven by Selenium, over a real server with the
 * seeds indexed and a hostile paper uploaded. Screenshots land in {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  /** A paper written to attack the page: markup that would run if it were ever parsed as HTML. */
  private static final String HOSTILE =
      """
      Tweede Kamer der Staten-Generaal

      Brief van de minister over de NAVO en de Verenigde Staten

      <script>window.__koersPwned = 'script';</script>
      <img src="x" onerror="window.__koersPwned = 'img'">
      <a href="javascript:window.__koersPwned='link'">klik</a> <b onmouseover="alert(1)">vet</b>
      De regering steunt de NAVO. Het kabinet zal de Kamer informeren.
      """;

  @TempDir static Path data;
  @TempDir static Path profile;
  private TestServer server;
  private ChromeDriver driver;
  private WebDriverWait wait;
  private String hostileId;

  @BeforeAll
  void start() throws IOException, InterruptedException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "browser tests need Debian's chromium and chromium-driver (./koers test installs them)");
    }
    Assumptions.assumeTrue(
        installed, "no /usr/bin/chromium or /usr/bin/chromedriver: run ./koers test to install");
    server = TestServer.start(data, TestServer.TOKEN, 8L << 20, List.of(SharedCorpus.seeds()));
    JsonNode upload =
        Json.mapper()
            .readTree(
                server
                    .upload(
                        TestServer.TOKEN,
                        Map.of("hostile.txt", HOSTILE.getBytes(StandardCharsets.UTF_8)))
                    .body());
    assertThat(upload.at("/results/0/status").asText()).isEqualTo("indexed");
    hostileId = upload.at("/results/0/id").asText();
    // the Tweede Kamer's records of seed 002, as `koers import tk` stores them
    TestServer.importTk(data, profile.resolveSibling(profile.getFileName() + "-tk"));

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1300,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // the driver path is given, so Selenium Manager never tries to download one
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    // a condition, not a pause: the wait ends as soon as the page is ready; the bound only turns a
    // page that never gets there into a failure, generous for a machine busy with another build
    wait = new WebDriverWait(driver, Duration.ofSeconds(120));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void searchPiriThenTheFirstHitShowsSeed002WithSignatoryAndReference() throws IOException {
    driver.get(server.base() + "/");
    WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    q.sendKeys("Piri");
    driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
    WebElement first =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits .hit-title")));
    assertThat(driver.getCurrentUrl()).contains("q=Piri");
    assertThat(driver.findElements(By.cssSelector("#hits .passage mark")))
        .anySatisfy(m -> assertThat(m.getText()).isEqualTo("Piri"));
    assertThat(driver.findElements(By.cssSelector("#facets a[data-facet=kind]"))).isNotEmpty();
    assertThat(unlabelledControls()).isZero();
    shot("search");

    first.click();
    WebElement signatories =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".signatories")));
    assertThat(driver.getCurrentUrl()).contains("paper.html?id=kst-21501-02-2976");
    assertThat(signatories.getText()).isEqualTo("C.C.J. Veldkamp");
    assertThat(driver.findElement(By.cssSelector("section.card")).getText())
        .contains("Kamer record")
        .contains("2024D44001");
    // its official pages: by its id, and by the Kamer's document number from the records
    assertThat(driver.findElements(By.cssSelector("section.card a.official")))
        .extracting(a -> a.getDomAttribute("href"))
        .containsExactly(
            "https://zoek.officielebekendmakingen.nl/kst-21501-02-2976.html",
            "https://www.tweedekamer.nl/kamerstukken/detail?id=2024D44001&did=2024D44001");
    // the signatory's span is cut where the entity Veldkamp starts inside it: join its pieces
    assertThat(
            driver.findElements(By.cssSelector("#text [data-type=signatory]")).stream()
                .map(WebElement::getText)
                .reduce("", String::concat))
        .isEqualTo("C.C.J. Veldkamp");
    WebElement ref =
        driver.findElement(
            By.cssSelector("#text a.ann-kamerstuk_ref[data-value='kst-21501-02-2958']"));
    assertThat(ref.isDisplayed()).isTrue();
    assertThat(ref.getText()).contains("2958");
    String highlighted = ref.getCssValue("background-color");
    assertThat(highlighted).isNotEqualTo("rgba(0, 0, 0, 0)");
    shot("paper");

    // the legend switches a type's highlight off and on again
    WebElement toggle =
        driver.findElement(By.cssSelector("fieldset.legend input[data-type=kamerstuk_ref]"));
    toggle.click();
    assertThat(ref.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
    toggle.click();
    assertThat(ref.getCssValue("background-color")).isEqualTo(highlighted);

    // the reference clicks through to the cited paper's placeholder page
    ref.click();
    wait.until(ExpectedConditions.urlContains("id=kst-21501-02-2958"));
    WebElement note =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paper .card")));
    assertThat(note.getText()).contains("not in the index");
    assertThat(driver.findElement(By.cssSelector("#paper .refs")).getText())
        .contains("kst-21501-02-2976");
  }

  @Test
  void anEnglishQuerySaysHowItWasReadAndFacetsShowEveryValueOnRequest() throws IOException {
    driver.get(
        server.base()
            + "/?q="
            + java.net.URLEncoder.encode(
                "sanctions against Belarus", java.nio.charset.StandardCharsets.UTF_8));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits .hit-title")));
    String count = driver.findElement(By.id("result-count")).getText();
    assertThat(count).contains("Read as English").contains("Also searched").contains("Wit-Rusland");
    driver.get(server.base() + "/?q=*");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#facets button.more")));
    int before = driver.findElements(By.cssSelector("#facets a[data-facet=entity]")).size();
    assertThat(before).isEqualTo(12);
    driver.findElement(By.cssSelector("#facets button.more")).click();
    assertThat(driver.findElements(By.cssSelector("#facets a[data-facet=entity]")).size())
        .isGreaterThan(before);
    shot("search-english");
  }

  @Test
  void followASearchThenANewMatchingPaperShowsOnTheWatchPageAndInTheFeed() throws Exception {
    driver.get(server.base() + "/?q=NAVO");
    WebElement follow =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".follow-button")));
    follow.click();
    WebElement name = driver.findElement(By.cssSelector(".follow-form input[name=watch-name]"));
    assertThat(name.getDomProperty("value")).isEqualTo("navo");
    name.clear();
    name.sendKeys("navo-browser");
    driver
        .findElement(By.cssSelector(".follow-form input[name=watch-token]"))
        .sendKeys(TestServer.TOKEN);
    driver.findElement(By.cssSelector(".follow-form button[type=submit]")).click();
    WebElement status =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".follow-status a")));
    assertThat(status.getText()).isEqualTo("navo-browser");
    assertThat(unlabelledControls()).isZero();
    shot("follow");

    // a matching paper arrives after the watch was added; the seeds and the hostile paper did not
    Path paper = SharedCorpus.dev().resolve("docs").resolve("kst-28676-503.txt");
    SharedCorpus.requireFile(paper, "dev paper kst-28676-503");
    String id =
        Json.mapper()
            .readTree(
                server
                    .upload(
                        TestServer.TOKEN, Map.of("kst-28676-503.txt", Files.readAllBytes(paper)))
                    .body())
            .at("/results/0/id")
            .asText();
    new nl.koers.watch.WatchRunner(data, List.of(), java.time.Clock.systemUTC())
        .run(new nl.koers.watch.WatchRunner.Options("navo-browser", false));

    status.click();
    WebElement item =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#navo-browser .watch-item a[href*='" + id + "']")));
    assertThat(driver.findElements(By.cssSelector("#navo-browser .watch-item"))).hasSize(1);
    assertThat(item.getText()).contains("NAVO");
    assertThat(driver.findElement(By.cssSelector("#navo-browser")).getText())
        .doesNotContain(hostileId);
    shot("watches");
    String feed = server.get("/v1/watches/navo-browser/feed.atom").body();
    assertThat(feed).contains("paper.html?id=" + id).doesNotContain(hostileId);
  }

  @Test
  void morelikeThisFromAPaperListsOtherPapers() throws IOException {
    driver.get(server.base() + "/paper.html?id=kst-21501-02-2976");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.more-like-this"))).click();
    WebElement first =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#hits .hit-title")));
    assertThat(driver.getCurrentUrl()).contains("like=kst-21501-02-2976");
    assertThat(first.getAttribute("href")).doesNotContain("kst-21501-02-2976");
  }

  @Test
  void footnoteMarksLinkToTheirNotesAndBack() throws IOException {
    driver.get(server.base() + "/paper.html?id=kst-21501-02-2244");
    WebElement mark =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#text a.footnote-ref")));
    assertThat(mark.getText()).isEqualTo("1");
    mark.click();
    wait.until(ExpectedConditions.urlContains("#fn-1"));
    WebElement note = driver.findElement(By.id("fn-1"));
    assertThat(note.getText()).contains("tweedekamer.nl");
    assertThat(note.findElement(By.cssSelector("a[href='#fnref-1']")).isDisplayed()).isTrue();
    assertThat(driver.findElements(By.cssSelector("[id^=fnref-]"))).hasSize(1);
  }

  @Test
  void theUnitedStatesPageChartsFourPointsOverTheSeeds() throws IOException {
    driver.get(server.base() + "/entity.html?id=united-states");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("figure.chart svg circle.stance-point")));
    List<WebElement> points =
        driver.findElements(By.cssSelector("figure.chart circle.stance-point"));
    assertThat(points).hasSize(4);
    assertThat(points)
        .extracting(p -> p.getDomAttribute("data-period"))
        .containsExactly("2018", "2020", "2024", "2025");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Verenigde Staten");
    assertThat(driver.findElements(By.cssSelector("blockquote"))).isNotEmpty();
    shot("entity-united-states");
  }

  @Test
  void theChartShowsWhatEachPointRestsOnWithLabelsThatNeverOverlap() throws IOException {
    Dimension desktop = driver.manage().window().getSize();
    try {
      // a narrow window and quarters: many labels for little width
      driver.manage().window().setSize(new Dimension(420, 900));
      driver.get(server.base() + "/entity.html?id=united-states&by=quarter");
      wait.until(
          ExpectedConditions.presenceOfElementLocated(
              By.cssSelector("figure.chart svg circle.stance-point")));
      assertThat(driver.findElements(By.cssSelector("figure.chart .count-label")))
          .isNotEmpty()
          .allSatisfy(l -> assertThat(l.getText()).matches("\\d+ s · \\d+ p"));
      assertThat(driver.findElements(By.cssSelector("figure.chart g.ci"))).isNotEmpty();
      assertThat(driver.findElement(By.id("chart-desc")).getText())
          .contains("95% confidence interval")
          .contains("Welch");
      Object overlaps =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "const boxes = [...document.querySelectorAll('figure.chart .period-label,"
                      + " figure.chart .count-label')].map(t => [t.classList[1],"
                      + " t.getBoundingClientRect()]);"
                      + "let n = 0; for (let i = 0; i < boxes.length; i++) for (let j = i + 1;"
                      + " j < boxes.length; j++) { const [ca, a] = boxes[i], [cb, b] = boxes[j];"
                      + " if (ca === cb && a.left < b.right && b.left < a.right) n++; } return n;");
      assertThat(((Number) overlaps).intValue()).isZero();
      // years without papers stay gaps: the line never spans 2020 → 2024
      Object segments =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "return document.querySelectorAll('figure.chart polyline.stance-line').length;");
      assertThat(((Number) segments).intValue())
          .isLessThan(
              driver.findElements(By.cssSelector("figure.chart circle.stance-point")).size());
      shot("entity-united-states-quarters-narrow");
    } finally {
      driver.manage().window().setSize(desktop);
    }
  }

  @Test
  void theGraphPageOpensOnTheMostCitedPapersWithALegend() throws IOException {
    driver.get(server.base() + "/graph.html");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graph-wrap svg a.node")));
    assertThat(driver.findElements(By.cssSelector(".graph-wrap svg .node"))).hasSizeGreaterThan(1);
    assertThat(driver.findElements(By.cssSelector(".graph-wrap svg path.edge"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("ul.graph-legend li[data-type]")))
        .extracting(WebElement::getText)
        .anyMatch(t -> t.startsWith("cites"))
        .anyMatch(t -> t.startsWith("reported in"))
        .anyMatch(t -> t.startsWith("answered by"));
    assertThat(driver.findElements(By.cssSelector(".graph-wrap svg .node-label")))
        .extracting(WebElement::getText)
        .anyMatch(t -> t.matches(".*· ~?\\d{4}-\\d{2}-\\d{2}"));
    shot("graph-most-cited");
    driver.get(server.base() + "/graph.html?layout=date");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graph-wrap svg .year-label")));
    shot("graph-by-date");
  }

  @Test
  void aHostilePaperRendersAsTextAndRunsNoScript() throws IOException {
    driver.manage().logs().get(LogType.BROWSER); // reading the log empties it: start clean
    driver.get(server.base() + "/paper.html?id=" + hostileId);
    WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("text")));
    assertThat(text.getText()).contains("<script>window.__koersPwned").contains("onerror=");
    assertThat(text.findElements(By.cssSelector("script, img, b, a[href^=javascript]"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("script"))).hasSize(1);
    for (WebElement img : driver.findElements(By.tagName("img"))) {
      throw new AssertionError("an image element appeared: " + img.getDomAttribute("src"));
    }
    Object pwned =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return window.__koersPwned === undefined ? null : window.__koersPwned;");
    assertThat(pwned).isNull();
    shot("paper-hostile");

    // its passage in search results is text too
    driver.get(server.base() + "/?q=onerror");
    WebElement passage =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .passage")));
    assertThat(passage.getText()).contains("onerror");
    assertThat(
            ((JavascriptExecutor) driver)
                .executeScript("return window.__koersPwned === undefined;"))
        .isEqualTo(true);

    List<LogEntry> log = driver.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(log)
        .noneSatisfy(
            e -> assertThat(e.getMessage()).containsIgnoringCase("Content Security Policy"))
        .noneSatisfy(e -> assertThat(e.getMessage()).contains("koersPwned"))
        .noneSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.SEVERE));
  }

  @Test
  void theGraphIsInteractiveAndClicksThroughToAPaper() throws IOException {
    driver.get(server.base() + "/graph.html?around=kst-21501-02-2976&depth=1");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graph-wrap svg a.node")));
    WebElement svg = driver.findElement(By.cssSelector(".graph-wrap svg"));
    String before = svg.getDomAttribute("viewBox");
    driver.findElement(By.xpath("//button[text()='Zoom in']")).click();
    assertThat(svg.getDomAttribute("viewBox")).isNotEqualTo(before);
    shot("graph");
    WebElement cited =
        driver.findElements(By.cssSelector(".graph-wrap svg a.node")).stream()
            .filter(a -> a.getDomAttribute("href").endsWith("kst-21501-02-2958"))
            .findFirst()
            .orElseThrow();
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", cited);
    wait.until(ExpectedConditions.urlContains("paper.html?id=kst-21501-02-2958"));
  }

  @Test
  void figuresAndCommitmentsTablesFilterAndOfferCsv() throws IOException {
    driver.get(server.base() + "/figures.html?entity=NAVO");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#table tbody tr")));
    int all = driver.findElements(By.cssSelector("#table tbody tr")).size();
    assertThat(all).isPositive();
    assertThat(driver.findElement(By.linkText("Download CSV")).getDomAttribute("href"))
        .isEqualTo("/v1/figures?entity=NAVO&format=csv");
    assertThat(unlabelledControls()).isZero();
    shot("figures");
    driver.get(server.base() + "/commitments.html");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#table tbody tr")));
    int commitments = driver.findElements(By.cssSelector("#table tbody tr")).size();
    driver.findElement(By.id("f-words")).sendKeys("Kamer");
    wait.until(d -> d.findElements(By.cssSelector("#table tbody tr")).size() < commitments);
    assertThat(driver.findElements(By.cssSelector("#table tbody tr")))
        .allSatisfy(
            r -> assertThat(r.getText().toLowerCase(java.util.Locale.ROOT)).contains("kamer"));
    shot("commitments");
  }

  @Test
  void onAPhoneTheSearchPageFitsTheScreen() throws IOException {
    Dimension desktop = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new Dimension(390, 844));
      driver.get(server.base() + "/?q=NAVO");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits li")));
      Object overflow =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(1);
      shot("search-phone");
    } finally {
      driver.manage().window().setSize(desktop);
    }
  }

  /** Form controls a screen reader could not name. */
  private long unlabelledControls() {
    Object n =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll('input, select, textarea')]"
                    + ".filter(c => c.type !== 'hidden' && c.labels.length === 0"
                    + " && !c.getAttribute('aria-label')).length;");
    return ((Number) n).longValue();
  }

  private void shot(String name) throws IOException {
    File f = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
