package org.refrain.reports.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;
import org.refrain.reports.web.ServedCorpus;

/**
 * {@code refrain serve} on the bundled corpus in a headless Chromium, used as a person uses it:
 * letters and a letter's demands, a search narrowed by a facet, two letters compared, a draft
 * checked, and the skip link reached by keyboard. Each step leaves a screenshot in {@code
 * target/screenshots/web-*.png}; no step may log an error in the browser's console.
 *
 * <p>Skipped when Chromium or chromedriver is missing, unless {@value ChromiumInstallation#REQUIRE}
 * is set ({@link ChromiumInstallation}).
 */
class WebBrowserTest {

  static final String UNGA = "2020-10-14_unga75-and-eu_joint-letters#1";
  static final String EU = "2020-10-14_unga75-and-eu_joint-letters#2";
  static final String MOON = "2022-03-24_hrc49_letter-to-president-moon#1";

  /** The 2022 letter's opening paragraph as its file has it, with a new paragraph after it. */
  static final String DRAFT =
      "Dear President Moon Jae-in,\n\n"
          + "We are writing on behalf of 28 non-governmental organizations and coalitions, and four"
          + " individuals from 6 different countries to urge your government to engage fully with"
          + " the international community, and act in response to the dire human rights situation"
          + " in the Democratic People\u2019s Republic of Korea (DPRK) by resuming South Korea\u2019s"
          + " co-sponsorship of the annual resolution on the matter at the 49th UN Human Rights"
          + " Council.\n\n"
          + "Farmers in remote provinces see their harvests requisitioned each autumn by local"
          + " officials, leaving households without seed grain for the spring.\n\n"
          + "Sincerely,\nCitizens' Alliance\n";

  private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");

  private static HeadlessChromium chromium;
  private static ServedCorpus served;
  private static TestAbortedException noBrowser;

  @BeforeAll
  static void serveAndOpen(@TempDir Path dir) throws IOException {
    ChromiumInstallation installation;
    try {
      installation = ChromiumInstallation.requireOrSkip();
    } catch (TestAbortedException skip) {
      System.err.println("WebBrowserTest skipped: " + skip.getMessage());
      noBrowser = skip;
      return;
    }
    served = ServedCorpus.bundled(dir);
    chromium =
        HeadlessChromium.startForLoopback(installation, TARGET.resolve("chromedriver-web.log"));
  }

  @AfterAll
  static void quit() {
    if (chromium != null) {
      chromium.close();
    }
    if (served != null) {
      served.close();
    }
  }

  @BeforeEach
  void skipWithoutBrowser() {
    if (noBrowser != null) {
      Assumptions.abort(noBrowser.getMessage());
    }
    chromium.console(); // drops what earlier tests logged
  }

  @Test
  void aLetterFromTheListShowsItsDemands() throws IOException {
    open("/letters");
    assertEquals(6, driver().findElements(By.cssSelector("table.data tbody tr")).size());
    shot("web-letters");
    click(driver().findElement(By.linkText(UNGA)));
    await(By.cssSelector("p.para"));
    assertEquals(
        "2020-10-14 \u00b7 UN General Assembly \u00b7 UNGA 75", text(By.cssSelector("h1")));
    assertTrue(driver().getCurrentUrl().contains("/letters/"), driver().getCurrentUrl());
    List<WebElement> asks = driver().findElements(By.cssSelector("p.para mark.ask"));
    assertFalse(asks.isEmpty(), "no demand marked as asked for in the letter's text");
    assertFalse(asks.get(0).getAttribute("title").isBlank(), "an ask mark says which demand");
    List<WebElement> demands =
        driver().findElements(By.cssSelector("section[aria-labelledby=demands] li a"));
    assertFalse(demands.isEmpty(), "the Demands section lists none");
    String href = demands.get(0).getAttribute("href");
    String hash = href.substring(href.indexOf('#') + 1);
    assertFalse(
        driver().findElements(By.id(hash)).isEmpty(), "the demand links to a mark: " + href);
    List<String> signers =
        driver().findElements(By.cssSelector("section[aria-labelledby=signatories] li")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(signers.contains("Human Asia \u00b7 South Korea"), "signatories: " + signers);
    shot("web-letter");
    noConsoleErrors();
  }

  @Test
  void searchNarrowedByAFacet() throws IOException {
    open("/letters");
    click(driver().findElement(By.linkText("Search")));
    WebElement box = await(By.id("q"));
    box.sendKeys("kwanliso", Keys.ENTER);
    await(By.cssSelector("li.hit"));
    assertTrue(summary().contains("in 2 letters"), summary());
    Set<String> letters = new TreeSet<>();
    for (WebElement meta : driver().findElements(By.cssSelector("li.hit .meta"))) {
      letters.add(meta.getText().split(" ")[0]);
    }
    assertEquals(Set.of(UNGA, EU), letters);
    shot("web-search");
    click(facet("UNGA 75"));
    WebElement chip = await(By.cssSelector("p.chips a.chip"));
    assertEquals("venue: UNGA 75 \u2715", chip.getText());
    assertEquals("kwanliso", driver().findElement(By.id("q")).getAttribute("value"));
    assertTrue(summary().contains("in 2 letters"), summary()); // both are to UNGA 75
    click(facet("UN General Assembly"));
    await(By.cssSelector("li.hit"));
    assertEquals(
        List.of("addressee: UN General Assembly \u2715", "venue: UNGA 75 \u2715"), chips());
    assertTrue(summary().endsWith("in 1 letter."), summary());
    shot("web-search-facet");
    click(driver().findElement(By.cssSelector("p.chips a.chip")));
    await(By.cssSelector("li.hit"));
    assertEquals(
        List.of("venue: UNGA 75 \u2715"),
        chips(),
        "the chips once the addressee's is clicked away");
    noConsoleErrors();
  }

  @Test
  void twoLettersCompared() throws IOException {
    open("/letters");
    click(driver().findElement(By.linkText("Compare")));
    new Select(await(By.id("compare-a"))).selectByValue(UNGA);
    new Select(driver().findElement(By.id("compare-b"))).selectByValue(EU);
    click(driver().findElement(By.cssSelector("form button[type=submit]")));
    await(By.cssSelector("div.row"));
    List<WebElement> rows = driver().findElements(By.cssSelector("div.row"));
    assertTrue(rows.size() > 3, rows.size() + " aligned rows");
    assertEquals(
        UNGA,
        new Select(driver().findElement(By.id("compare-a")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    shot("web-compare");
    noConsoleErrors();
  }

  @Test
  void aDraftShowsItsReusedOpenerAndAMissingDemand() throws IOException {
    open("/letters");
    click(driver().findElement(By.linkText("Draft check")));
    WebElement area = await(By.id("draft-text"));
    ((JavascriptExecutor) driver())
        .executeScript("arguments[0].value = arguments[1];", area, DRAFT.substring(0, 40));
    area.sendKeys(DRAFT.substring(40)); // typed in part: paste is the browser's, not the page's
    shot("web-draft-form");
    click(driver().findElement(By.id("draft-check")));
    WebElement mark = await(By.cssSelector("#draft p.para mark a"));
    String target = mark.getAttribute("href");
    String id = target.substring(target.indexOf('#') + 1);
    WebElement match = driver().findElement(By.id(id));
    assertTrue(match.getText().contains("2022-03-24"), "the mark links to " + match.getText());
    WebElement opener =
        driver()
            .findElement(
                By.xpath(
                    "//section[@id='draft']//p[@class='para'][starts-with(normalize-space(),'We are writing')]"));
    assertFalse(opener.findElements(By.cssSelector("mark")).isEmpty(), "opener not marked");
    WebElement fresh =
        driver()
            .findElement(
                By.xpath("//section[@id='draft']//p[@class='para'][contains(.,'Farmers')]"));
    assertTrue(fresh.findElements(By.cssSelector("mark")).isEmpty(), "new paragraph marked");
    List<String> missing =
        driver().findElements(By.cssSelector("h3.missing-demand")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(
        missing.stream().anyMatch(m -> m.toLowerCase(java.util.Locale.ROOT).contains("accountab")),
        "missing demands: " + missing);
    assertEquals(
        DRAFT.strip(),
        driver()
            .findElement(By.id("draft-text"))
            .getAttribute("value")
            .strip()
            .replace("\r\n", "\n"));
    shot("web-draft");
    WebElement copy = driver().findElement(By.cssSelector("button.copy"));
    assertEquals("Copy this wording", copy.getText());
    click(copy);
    new WebDriverWait(driver(), Duration.ofSeconds(5))
        .until(d -> !copy.getText().equals("Copy this wording"));
    assertEquals("Copied", copy.getText(), "the wording went to the clipboard");
    click(mark);
    assertEquals("#" + id, ((JavascriptExecutor) driver()).executeScript("return location.hash;"));
    noConsoleErrors();
  }

  @Test
  void theSkipLinkComesFirstAndLeadsToTheContent() throws IOException {
    open("/letters");
    new Actions(driver()).sendKeys(Keys.TAB).perform();
    WebElement first = driver().switchTo().activeElement();
    assertEquals("a", first.getTagName());
    assertEquals("skip", first.getAttribute("class"));
    assertTrue(first.isDisplayed(), "the focused skip link is visible");
    shot("web-skip");
    new Actions(driver()).sendKeys(Keys.ENTER).perform();
    new WebDriverWait(driver(), Duration.ofSeconds(5))
        .until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
    new Actions(driver()).sendKeys(Keys.TAB).perform();
    WebElement next = driver().switchTo().activeElement();
    assertTrue(
        (Boolean)
            ((JavascriptExecutor) driver())
                .executeScript(
                    "return document.getElementById('main').contains(arguments[0]);", next),
        "Tab after the skip link goes into main, not the nav: " + next.getText());
    noConsoleErrors();
  }

  @Test
  void everyNavPageLooksRight() throws IOException {
    for (String[] page :
        List.of(
            new String[] {"/reuse", "web-reuse"},
            new String[] {"/demands", "web-demands"},
            new String[] {"/signatories", "web-signatories"})) {
      open(page[0]);
      shot(page[1]);
    }
    noConsoleErrors();
    open("/nothing-here");
    assertEquals("Not found", text(By.cssSelector("main h1")));
    shot("web-not-found");
  }

  // ---- helpers

  private static ChromeDriver driver() {
    return chromium.driver();
  }

  private static void open(String path) {
    driver().get(served.url(path));
    await(By.cssSelector("main h1"));
  }

  private static WebElement await(By by) {
    return new WebDriverWait(driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static String summary() {
    return text(By.cssSelector("p.summary"));
  }

  private static List<String> chips() {
    return driver().findElements(By.cssSelector("p.chips a.chip")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The facet link reading {@code value}. */
  private static WebElement facet(String value) {
    return driver()
        .findElement(By.xpath("//aside//a[@class='facet'][normalize-space()='" + value + "']"));
  }

  private static String text(By by) {
    return driver().findElement(by).getText();
  }

  private static void click(WebElement element) {
    ((JavascriptExecutor) driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private static void noConsoleErrors() {
    List<String> severe =
        chromium.console().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
    assertEquals(List.of(), severe, "errors in the browser console");
  }

  /** The whole page (up to 6000 px tall), as {@code target/screenshots/NAME.png}. */
  private static void shot(String name) throws IOException {
    Path dir = Files.createDirectories(TARGET.resolve("screenshots"));
    Files.write(dir.resolve(name + ".png"), chromium.screenshotOf("body", 6000));
  }
}
