package org.refrain.reports.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML report as the browser tests see it: opening it, waiting for its charts, scrolling it,
 * and reading its tables through the DOM contract the report follows ({@code figure.chart
 * [data-rendered]}, {@code div.table-block table.data}, {@code th button.sort}, {@code
 * input.table-filter}, {@code button.show-all}).
 */
final class ReportPage {

  /** How long the page has to draw every chart. */
  static final Duration CHARTS = Duration.ofSeconds(10);

  /** How long a table has to answer a click or a key (it may debounce). */
  static final Duration REACTION = Duration.ofSeconds(3);

  private static final String ROWS = "table.data > tbody > tr";

  private final ChromeDriver driver;
  private final Path index;

  ReportPage(ChromeDriver driver, Path index) {
    this.driver = driver;
    this.index = index;
  }

  /** Loads the report afresh, at its top, with no hash. */
  void open() {
    driver.get("about:blank");
    driver.get(index.toUri().toString());
  }

  /** Waits until every {@code figure.chart} is drawn, or fails naming those that are not. */
  void awaitCharts() {
    awaitCharts("figure.chart");
  }

  /**
   * Waits until every chart {@code selector} matches says {@code data-rendered="true"}, scrolling
   * each pending one into view in turn (a page may draw charts only once they are seen), or fails
   * naming those that do not.
   */
  void awaitCharts(String selector) {
    try {
      new WebDriverWait(driver, CHARTS).until(d -> pendingCharts(selector).isEmpty());
    } catch (TimeoutException e) {
      fail(
          "charts without data-rendered=\"true\" after "
              + CHARTS.toSeconds()
              + " s: "
              + pendingCharts(selector));
    }
  }

  /**
   * Waits as {@link #awaitCharts()} does but without failing, for tests about something else: what
   * they check must hold whether or not the charts drew, and the chart tests say when they did not.
   */
  void settle() {
    try {
      new WebDriverWait(driver, CHARTS).until(d -> pendingCharts("figure.chart").isEmpty());
    } catch (TimeoutException e) {
      // reported by the chart tests
    }
  }

  private List<String> pendingCharts(String selector) {
    return strings(
        "const pending = Array.from(document.querySelectorAll(arguments[0]))"
            + ".filter(f => f.getAttribute('data-rendered') !== 'true');"
            + "if (pending.length) pending[0].scrollIntoView({block: 'center'});"
            + "return pending.map(f => f.id || f.outerHTML.slice(0, 80));",
        selector);
  }

  /**
   * Scrolls from the top to the bottom half a viewport at a time, letting two animation frames pass
   * at each step, so whatever the page does on scrolling is done; then back to the top.
   */
  void scrollThroughPage() {
    driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const frames = () => new Promise(r =>"
            + " requestAnimationFrame(() => requestAnimationFrame(r)));"
            + "(async () => {"
            + " for (let y = 0; y < document.documentElement.scrollHeight;"
            + " y += window.innerHeight / 2) { window.scrollTo(0, y); await frames(); }"
            + " window.scrollTo(0, 0); await frames(); done(); })();");
  }

  /** The {@code div.table-block} that is, or holds, the element with {@code id}. */
  WebElement tableBlock(String id) {
    String selector = "div.table-block#" + id + ", div.table-block:has(#" + id + ")";
    List<WebElement> blocks = driver.findElements(By.cssSelector(selector));
    assertEquals(1, blocks.size(), "elements matching " + selector);
    return blocks.get(0);
  }

  /** The {@code div.table-block} that holds {@code element}. */
  WebElement blockOf(WebElement element) {
    return (WebElement) script("return arguments[0].closest('div.table-block');", element);
  }

  /**
   * The index of the column of {@code block}'s table headed {@code name}, compared without case or
   * the marks a sort button may add ("words ▲").
   */
  int column(WebElement block, String name) {
    List<String> names =
        strings(
            "return Array.from(arguments[0].querySelectorAll('table.data thead th'))"
                + ".map(th => th.textContent);",
            block);
    for (int i = 0; i < names.size(); i++) {
      if (words(names.get(i)).equals(words(name))) {
        return i;
      }
    }
    return fail("no column \"" + name + "\" in " + describe(block) + "; its headers: " + names);
  }

  /** The text of cell {@code column} of every body row of {@code block}, hidden or not. */
  List<String> columnTexts(WebElement block, int column) {
    return strings(
        "return Array.from(arguments[0].querySelectorAll(arguments[1]))"
            + ".map(r => r.cells[arguments[2]] ? r.cells[arguments[2]].textContent.trim() : '');",
        block,
        ROWS,
        column);
  }

  /** The text of every body row of {@code block}, hidden or not, in order. */
  List<String> rowTexts(WebElement block) {
    return strings(
        "return Array.from(arguments[0].querySelectorAll(arguments[1])).map(r => r.textContent);",
        block,
        ROWS);
  }

  /** The text of every body row of {@code block} that is rendered, in order. */
  List<String> visibleRows(WebElement block) {
    return strings(
        "return Array.from(arguments[0].querySelectorAll(arguments[1]))"
            + ".filter(r => r.getClientRects().length > 0"
            + " && getComputedStyle(r).visibility !== 'hidden')"
            + ".map(r => r.textContent);",
        block,
        ROWS);
  }

  /** The text of each cell of the first rendered body row of {@code block}. */
  List<String> firstVisibleRowCells(WebElement block) {
    return strings(
        "const row = Array.from(arguments[0].querySelectorAll(arguments[1]))"
            + ".find(r => r.getClientRects().length > 0);"
            + "return row ? Array.from(row.cells).map(c => c.textContent.trim()) : [];",
        block,
        ROWS);
  }

  /** Clicks {@code element} as a user would, after scrolling it to the middle of the viewport. */
  void click(WebElement element) {
    scrollTo(element);
    element.click();
  }

  void scrollTo(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
  }

  /**
   * What {@code read} gives once {@code done} holds of it, or after {@link #REACTION} what it gives
   * then (for the caller to assert on, with its own message).
   */
  <T> T eventually(Supplier<T> read, Predicate<T> done) {
    AtomicReference<T> last = new AtomicReference<>();
    try {
      new WebDriverWait(driver, REACTION)
          .until(
              d -> {
                last.set(read.get());
                return done.test(last.get());
              });
    } catch (TimeoutException e) {
      // the caller asserts on the last value, with its own message
    }
    return last.get();
  }

  Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  @SuppressWarnings("unchecked")
  List<String> strings(String script, Object... args) {
    Object result = script(script, args);
    assertTrue(result instanceof List, "script returned " + result + ": " + script);
    return new ArrayList<>((List<String>) result);
  }

  /** {@code element}'s text content, trimmed (its text even when it is not displayed). */
  String text(WebElement element) {
    return ((String) script("return arguments[0].textContent;", element)).trim();
  }

  /** A short name for an element in failure messages: tag and id, or its opening markup. */
  String describe(WebElement element) {
    return (String)
        script(
            "const e = arguments[0]; return e.id ? e.tagName.toLowerCase() + '#' + e.id"
                + " : e.outerHTML.slice(0, 100);",
            element);
  }

  /** {@code s} in lower case with only its letters, digits and single spaces. */
  static String words(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
