package org.refrain.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * How long HTML reports take to open in a real browser: each file is opened in Debian's headless
 * Chromium (the browser test's), {@code --runs} times in a fresh tab, and the table gives its size,
 * when its DOM was ready, when it had loaded and when every chart was drawn (the page's {@code
 * data-drawn}, milliseconds from navigation), the median of the runs. Prints a Markdown table.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.HtmlOpenBenchmark
 *     [--runs 3] [--browser /usr/bin/chromium] [--driver /usr/bin/chromedriver] FILE.html...</pre>
 */
public final class HtmlOpenBenchmark {

  private static final List<String> ARGUMENTS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--host-resolver-rules=MAP * ~NOTFOUND",
          "--window-size=1280,900");

  private static final java.util.logging.Logger QUIET =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  private HtmlOpenBenchmark() {}

  public static void main(String[] args) throws IOException {
    int runs = 3;
    Path browser = Path.of("/usr/bin/chromium");
    Path driverPath = Path.of("/usr/bin/chromedriver");
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--browser" -> browser = Path.of(args[++i]);
        case "--driver" -> driverPath = Path.of(args[++i]);
        default -> files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty()) {
      System.err.println("usage: HtmlOpenBenchmark [--runs N] FILE.html...");
      System.exit(2);
    }
    System.setProperty("SE_OFFLINE", "true");
    // No CDP binding for this Chromium's version: Selenium warns on every session, and none is
    // used.
    QUIET.setLevel(java.util.logging.Level.SEVERE);
    Path profile = Files.createTempDirectory("refrain-open-bench-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(ARGUMENTS);
    options.addArguments("--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driverPath.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    StringBuilder table = new StringBuilder();
    table.append("| file | MB | DOM ready ms | loaded ms | charts drawn ms | runs |\n");
    table.append("|---|---:|---:|---:|---:|---:|\n");
    try {
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
      for (Path file : files) {
        double[][] times = new double[3][runs];
        for (int r = 0; r < runs; r++) {
          driver.get("about:blank");
          driver.get(file.toAbsolutePath().toUri().toString());
          awaitDrawn(driver);
          Object t =
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "const n = performance.getEntriesByType('navigation')[0];"
                          + " return [n.domContentLoadedEventEnd, n.loadEventEnd,"
                          + " Number(document.documentElement.getAttribute('data-drawn'))];");
          List<?> values = (List<?>) t;
          for (int k = 0; k < 3; k++) {
            times[k][r] = ((Number) values.get(k)).doubleValue();
          }
        }
        table.append(
            String.format(
                Locale.ROOT,
                "| %s | %.2f | %.0f | %.0f | %.0f | %d |%n",
                file,
                Files.size(file) / 1e6,
                median(times[0]),
                median(times[1]),
                median(times[2]),
                runs));
      }
    } finally {
      driver.quit();
    }
    System.out.print(table);
  }

  /** Waits, up to a minute, for the page to say every chart is drawn. */
  private static void awaitDrawn(ChromeDriver driver) {
    long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.getAttribute('data-drawn');")
        == null) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("the page's charts were not drawn within a minute");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
