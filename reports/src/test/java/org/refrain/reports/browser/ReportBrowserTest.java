package org.refrain.reports.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * The HTML report ({@code index.html} of {@code refrain report}) in a headless Chromium, end to
 * end: the bundled letters plus a hostile one ({@link HostileCorpusReport}), the page opened from
 * disk with the network off ({@link HeadlessChromium}). It checks the DOM contract the report
 * follows: chapters and their table of contents, charts drawn by Vega with captions and data
 * tables, sortable, filterable and shortened tables, the demand heat map linking into its chapter,
 * a letter's markup shown as text and never run, and printing. Screenshots of the top and of each
 * chapter go to {@code target/screenshots/}.
 *
 * <p>Skipped when Chromium or chromedriver is missing, unless {@value ChromiumInstallation#REQUIRE}
 * is set, as in CI ({@link ChromiumInstallation}).
 */
class ReportBrowserTest {

  /**
   * The chapters in page order: each a {@code section.chapter} with this id, linked from the toc.
   */
  static final List<String> CHAPTERS =
      List.of("summary", "letters", "demands", "language", "reuse", "signatories", "quality");

  /** Charts the sample corpus must have, each a {@code figure.chart} with this id. */
  static final List<String> CHARTS =
      List.of(
          "chart-timeline",
          "chart-demand-matrix",
          "chart-demand-years",
          "chart-rhetoric",
          "chart-similarity",
          "chart-signatory-changes");

  /** Marks of a drawn Vega chart: items of a mark group, or a mark group's paths and rects. */
  static final String MARKS =
      "svg .role-mark > *, svg g[class*='mark-'] path, svg g[class*='mark-'] rect";

  /** Screenshots are at most this tall. */
  static final int MAX_SHOT_HEIGHT = 6000;

  private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");

  private static HeadlessChromium chromium;
  private static ReportPage page;

  /** Why every test is skipped (no browser on this machine), or null. */
  private static TestAbortedException noBrowser;

  @BeforeAll
  static void openReport(@TempDir Path dir) throws IOException {
    ChromiumInstallation installation;
    try {
      installation = ChromiumInstallation.requireOrSkip();
    } catch (TestAbortedException skip) {
      // Skipped test by test, not here: Surefire counts a class skipped in @BeforeAll as no tests,
      // and prints no reason for a skip, so the reason goes on the build's output once.
      System.err.println("ReportBrowserTest skipped: " + skip.getMessage());
      noBrowser = skip;
      return;
    }
    Path index = HostileCorpusReport.write(dir);
    chromium = HeadlessChromium.start(installation, TARGET.resolve("chromedriver.log"));
    page = new ReportPage(chromium.driver(), index);
  }

  @AfterAll
  static void quitBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void loadAfresh() {
    if (noBrowser != null) {
      Assumptions.abort(noBrowser.getMessage());
    }
    chromium.console(); // drops what earlier tests logged
    page.open();
  }

  @Test
  void logsNoErrorAndFetchesNothing() {
    page.settle();
    page.scrollThroughPage();
    List<String> severe = new ArrayList<>();
    for (LogEntry entry : chromium.console()) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        severe.add(entry.getMessage());
      }
    }
    List<String> fetched =
        page.strings("return performance.getEntriesByType('resource').map(e => e.name);");
    assertAll(
        () -> assertEquals(List.of(), severe, "SEVERE entries in the browser console"),
        () ->
            assertEquals(
                List.of(), fetched, "resources the page fetched (it must inline all it uses)"));
  }

  @Test
  void tableOfContentsLinksEveryChapterInPageOrder() {
    for (String id : CHAPTERS) {
      assertEquals(
          1,
          driver().findElements(By.cssSelector("nav#toc a[href='#" + id + "']")).size(),
          "links in nav#toc to #" + id);
    }
    List<String> order =
        page.strings(
            "return Array.from(document.querySelectorAll('section.chapter')).map(s => s.id);");
    assertEquals(
        CHAPTERS,
        order.stream().filter(CHAPTERS::contains).toList(),
        "the chapters' order; the ids of section.chapter in page order are " + order);
  }

  @Test
  void everyChartIsDrawnWithCaptionAndTable() {
    List<String> ids =
        page.strings(
            "return Array.from(document.querySelectorAll('figure.chart')).map(f => f.id);");
    for (String id : CHARTS) {
      assertTrue(ids.contains(id), "no figure.chart#" + id + "; the charts are " + ids);
    }
    page.awaitCharts();
    for (WebElement figure : driver().findElements(By.cssSelector("figure.chart"))) {
      String name = page.describe(figure);
      assertFalse(figure.findElements(By.cssSelector("svg")).isEmpty(), name + " has no svg");
      assertFalse(
          figure.findElements(By.cssSelector(MARKS)).isEmpty(),
          name + " has an svg but no mark in it (" + MARKS + ")");
      List<WebElement> captions = figure.findElements(By.cssSelector("figcaption"));
      assertFalse(
          captions.isEmpty() || page.text(captions.get(0)).isEmpty(),
          name + " has no figcaption with text");
      assertFalse(
          figure.findElements(By.cssSelector("details.chart-table table")).isEmpty(),
          name + " has no details.chart-table holding a table");
    }
  }

  @Test
  void lettersTableSortsByWordsBothWays() {
    WebElement block = page.tableBlock("table-letters");
    int column = page.column(block, "words");
    WebElement th = block.findElements(By.cssSelector("table.data thead th")).get(column);
    List<WebElement> buttons = th.findElements(By.cssSelector("button.sort"));
    assertEquals(1, buttons.size(), "th button.sort in the words column of #table-letters");
    for (String order : List.of("ascending", "descending")) {
      page.click(buttons.get(0));
      Comparator<Double> comparator =
          order.equals("ascending") ? Comparator.naturalOrder() : Comparator.reverseOrder();
      List<Double> words =
          page.eventually(
              () -> numbers(page.columnTexts(block, column)),
              w -> w.stream().sorted(comparator).toList().equals(w));
      assertEquals(
          words.stream().sorted(comparator).toList(),
          words,
          "#table-letters words after clicking its sort button for " + order + " order");
      assertEquals(order, th.getAttribute("aria-sort"), "aria-sort of the words th");
    }
  }

  @Test
  void signatoriesTableFiltersAndClears() {
    WebElement block = page.tableBlock("table-signatories");
    List<WebElement> inputs = block.findElements(By.cssSelector("input.table-filter"));
    assertEquals(1, inputs.size(), "input.table-filter in the #table-signatories block");
    WebElement filter = inputs.get(0);
    List<String> before = page.visibleRows(block);
    assertFalse(before.isEmpty(), "#table-signatories shows no row");
    List<String> rows = page.rowTexts(block);
    String needle = needle(page.firstVisibleRowCells(block), rows);
    String lower = ReportPage.words(needle);
    page.scrollTo(filter);
    filter.sendKeys(needle.toUpperCase(Locale.ROOT));
    List<String> shown =
        page.eventually(
            () -> page.visibleRows(block),
            s ->
                s.size() < rows.size()
                    && s.stream().allMatch(r -> ReportPage.words(r).contains(lower)));
    assertFalse(shown.isEmpty(), "typing \"" + needle.toUpperCase(Locale.ROOT) + "\" shows no row");
    assertTrue(
        shown.size() < rows.size(),
        "typing \"" + needle + "\" hid none of the " + rows.size() + " rows of #table-signatories");
    for (String row : shown) {
      assertTrue(
          ReportPage.words(row).contains(lower),
          "a row left shown by the filter \"" + needle + "\" lacks it: " + row.strip());
    }
    filter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    assertEquals(
        before,
        page.eventually(() -> page.visibleRows(block), before::equals),
        "rows of #table-signatories shown once the filter is cleared");
  }

  @Test
  void longTablesShowTheirFirstRowsAndTheRestOnRequest() {
    // A chart's table sits in a closed <details>: open them, as a reader would, to reach it.
    ((org.openqa.selenium.JavascriptExecutor) driver())
        .executeScript("document.querySelectorAll('details').forEach(d => { d.open = true; });");
    List<WebElement> buttons =
        driver().findElements(By.cssSelector("div.table-block button.show-all"));
    assertFalse(
        buttons.isEmpty(),
        "no div.table-block has a button.show-all, though #table-signatories has "
            + page.rowTexts(page.tableBlock("table-signatories")).size()
            + " rows");
    for (WebElement button : buttons) {
      WebElement block = page.blockOf(button);
      String name = page.describe(block);
      int total = page.rowTexts(block).size();
      int shown = page.visibleRows(block).size();
      assertTrue(
          shown > 0 && shown < total,
          name + " shows " + shown + " of its " + total + " rows before button.show-all");
      page.click(button);
      assertEquals(
          total,
          page.eventually(() -> page.visibleRows(block).size(), n -> n == total),
          "rows of " + name + " shown after button.show-all");
    }
  }

  @Test
  void clickingAHeatMapCellGoesToItsDemand() throws IOException {
    List<WebElement> figures =
        driver().findElements(By.cssSelector("figure.chart#chart-demand-matrix"));
    assertEquals(1, figures.size(), "figure.chart#chart-demand-matrix elements");
    page.awaitCharts("figure.chart#chart-demand-matrix");
    List<WebElement> cells =
        figures.get(0).findElements(By.cssSelector("svg g.mark-rect.role-mark > *"));
    if (cells.isEmpty()) {
      cells = figures.get(0).findElements(By.cssSelector("svg .role-mark > *"));
    }
    assertFalse(cells.isEmpty(), "#chart-demand-matrix has no mark to click (svg .role-mark > *)");
    String hash = clickUntilTheHashChanges(cells);
    Object target =
        page.script(
            "return document.getElementById(decodeURIComponent(arguments[0].slice(1)));", hash);
    assertNotNull(target, "location.hash " + hash + " after the heat map click names no element");
    WebElement element = (WebElement) target;
    assertEquals(
        Boolean.TRUE,
        page.script("return arguments[0].closest('section#demands') !== null;", element),
        "the element " + hash + " is not inside section#demands");
    assertTrue(element.isDisplayed(), "the element " + hash + " is not displayed");
    // What the reader sees after the click: the evidence row, in view and marked.
    assertEquals(
        Boolean.TRUE,
        page.script(
            "const r = arguments[0].getBoundingClientRect();"
                + " return r.bottom > 0 && r.top < window.innerHeight;",
            element),
        "the element " + hash + " is scrolled into view");
    Files.write(
        Files.createDirectories(TARGET.resolve("screenshots")).resolve("report-evidence-click.png"),
        driver().getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  @Test
  void hostileLetterIsShownAsTextAndNeverRuns() {
    page.settle();
    assertEquals("undefined", hostile(), "typeof window.__refrainHostile after load");
    page.scrollThroughPage();
    page.script(
        "document.querySelectorAll('details').forEach(d => d.open = true);"
            + "document.querySelectorAll('button.show-all').forEach(b => b.click());");
    page.scrollThroughPage();
    assertEquals("undefined", hostile(), "typeof window.__refrainHostile after scrolling it all");
    assertEquals(
        0L,
        page.script("return document.querySelectorAll('img[src=\"x\"]').length;"),
        "img[src=\"x\"] elements (the letter's <img> must stay text)");
    assertEquals(
        List.of(),
        page.strings(
            "return Array.from(document.querySelectorAll('*')).flatMap(e =>"
                + " Array.from(e.attributes).filter(a =>"
                + " (a.name.startsWith('on') && a.value.includes('refrainHostile'))"
                + " || (/^(href|src|action|formaction|xlink:href)$/.test(a.name)"
                + " && /^\\s*javascript:|evil\\.example/i.test(a.value)))"
                + ".map(a => e.tagName.toLowerCase() + ' ' + a.name + '=' + a.value));"),
        "attributes made from the letter's text (event handlers, javascript: or evil.example"
            + " links)");
    String text =
        (String)
            page.script(
                "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT,"
                    + " {acceptNode: n => n.parentElement.closest('script, style, template')"
                    + " ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});"
                    + "let text = ''; while (walker.nextNode()) text += walker.currentNode.data;"
                    + "return text;");
    for (String markup : List.of("onerror=", "<script>")) {
      assertTrue(
          text.contains(markup),
          "the page's text (outside scripts and styles) lacks \""
              + markup
              + "\": the hostile letter's markup was dropped, not escaped");
    }
  }

  @Test
  void screenshotsOfTheTopAndEveryChapter() throws IOException {
    page.settle();
    Path dir = Files.createDirectories(TARGET.resolve("screenshots"));
    page.script("window.scrollTo(0, 0);");
    savePng(dir.resolve("report-top.png"), driver().getScreenshotAs(OutputType.BYTES));
    List<String> ids =
        page.strings(
            "return Array.from(document.querySelectorAll('section.chapter')).map(s => s.id);");
    assertFalse(ids.isEmpty(), "no section.chapter to take a screenshot of");
    for (String id : ids) {
      savePng(
          dir.resolve("report-" + id + ".png"),
          chromium.screenshotOf("section.chapter#" + id, MAX_SHOT_HEIGHT));
    }
  }

  @Test
  void printsToAPdfOfSeveralPages() {
    page.settle();
    byte[] pdf = Base64.getDecoder().decode(driver().print(new PrintOptions()).getContent());
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(raw.startsWith("%PDF-"), "printing gave no PDF");
    // Chromium writes each page object's dictionary uncompressed.
    Matcher pages = Pattern.compile("/Type\\s*/Page(?![A-Za-z])").matcher(raw);
    int count = 0;
    while (pages.find()) {
      count++;
    }
    assertTrue(count > 1, "the printed report has " + count + " page(s)");
  }

  private static ChromeDriver driver() {
    return chromium.driver();
  }

  private static String hostile() {
    return (String) page.script("return typeof window.__refrainHostile;");
  }

  /**
   * Clicks the centre of each cell in turn (an empty cell may link nowhere) until {@code
   * location.hash} changes; returns the new hash, or fails saying how many cells it tried.
   */
  private static String clickUntilTheHashChanges(List<WebElement> cells) {
    String before = (String) page.script("return location.hash;");
    List<WebElement> tried = cells.subList(0, Math.min(cells.size(), 10));
    for (WebElement cell : tried) {
      page.scrollTo(cell);
      new Actions(driver()).moveToElement(cell).click().perform();
      try {
        return new WebDriverWait(driver(), Duration.ofSeconds(2))
            .until(
                d -> {
                  String now = (String) page.script("return location.hash;");
                  return now.length() > 1 && !now.equals(before) ? now : null;
                });
      } catch (TimeoutException e) {
        // try the next cell
      }
    }
    return fail(
        "clicking the centre of "
            + tried.size()
            + " mark(s) of #chart-demand-matrix left location.hash at \""
            + before
            + "\"");
  }

  /**
   * A word to filter by that not every row holds: of the words of four or more letters in the first
   * of {@code cells} that has any (a name, more likely searched than a count), the one in the
   * fewest {@code rows}, the longest of those.
   */
  private static String needle(List<String> cells, List<String> rows) {
    Pattern word = Pattern.compile("\\p{L}{4,}");
    String cell =
        cells.stream()
            .filter(c -> word.matcher(c).find())
            .findFirst()
            .orElseGet(() -> fail("no word to filter by in the first row: " + cells));
    Matcher words = word.matcher(cell);
    String best = null;
    long bestCount = Long.MAX_VALUE;
    while (words.find()) {
      String lower = ReportPage.words(words.group());
      long count = rows.stream().filter(r -> ReportPage.words(r).contains(lower)).count();
      if (count < bestCount || count == bestCount && words.group().length() > best.length()) {
        best = words.group();
        bestCount = count;
      }
    }
    return best;
  }

  /** The cells as numbers ("1,234" is 1234), failing on a cell that is none. */
  private static List<Double> numbers(List<String> cells) {
    List<Double> numbers = new ArrayList<>();
    for (String cell : cells) {
      try {
        numbers.add(Double.parseDouble(cell.replaceAll("[^0-9.\\-]", "")));
      } catch (NumberFormatException e) {
        fail("cell \"" + cell + "\" of a numeric column is not a number");
      }
    }
    return numbers;
  }

  private static void savePng(Path file, byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image, file.getFileName() + " is not an image");
    assertEquals(HeadlessChromium.WIDTH, image.getWidth(), "width of " + file.getFileName());
    Files.write(file, png);
  }
}
