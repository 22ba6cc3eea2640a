package org.refrain.reports.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Chromium driven through Debian's chromedriver, with the network off: every host name
 * resolves to nothing, the network is emulated offline, and nothing in the browser fetches updates,
 * components or sync. The window is {@value #WIDTH} px wide, the profile a fresh temporary
 * directory, and the console is recorded. Close it to quit the browser (a shutdown hook does so if
 * the JVM ends first), so no Chromium process outlives the tests.
 */
final class HeadlessChromium implements AutoCloseable {

  static final int WIDTH = 1280;
  static final int HEIGHT = 900;

  private static final List<String> ARGUMENTS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--host-resolver-rules=MAP * ~NOTFOUND",
          "--window-size=" + WIDTH + "," + HEIGHT);

  /**
   * Selenium's CDP logger, kept referenced so its level holds: with no CDP binding for this
   * Chromium's version on the class path ("Unable to find CDP implementation matching 156") it
   * warns on every session, and the tests use none (CDP commands go through chromedriver).
   */
  private static final Logger CDP_BINDINGS = Logger.getLogger("org.openqa.selenium.devtools");

  private final ChromeDriver driver;
  private final Path profile;
  private final Thread reaper;
  private boolean closed;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.reaper = new Thread(this::quit, "quit headless chromium");
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts the browser of {@code installation}, chromedriver writing its log to {@code driverLog}.
   * Selenium Manager is never asked for anything: the driver's path is given, and should it run
   * anyway it is told to stay offline.
   */
  static HeadlessChromium start(ChromiumInstallation installation, Path driverLog)
      throws IOException {
    return start(installation, driverLog, false);
  }

  /**
   * As {@link #start(ChromiumInstallation, Path)}, but reaching 127.0.0.1 (a local server under
   * test): host names still resolve to nothing, and no other address is asked for anything.
   */
  static HeadlessChromium startForLoopback(ChromiumInstallation installation, Path driverLog)
      throws IOException {
    return start(installation, driverLog, true);
  }

  private static HeadlessChromium start(
      ChromiumInstallation installation, Path driverLog, boolean loopback) throws IOException {
    CDP_BINDINGS.setLevel(Level.SEVERE);
    // Selenium passes system properties named SE_* to Selenium Manager as its environment.
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty(
        ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, installation.driver().toString());
    Files.createDirectories(driverLog.getParent());
    Path profile = Files.createTempDirectory("refrain-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(installation.browser().toFile());
    options.addArguments(ARGUMENTS);
    if (loopback) {
      options.addArguments("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
    }
    options.addArguments("--user-data-dir=" + profile);
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(installation.driver().toFile())
            .usingAnyFreePort()
            .withLogFile(driverLog.toFile())
            .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      delete(profile);
      throw e;
    }
    HeadlessChromium chromium = new HeadlessChromium(driver, profile);
    try {
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      if (!loopback) {
        driver.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
      }
    } catch (RuntimeException e) {
      chromium.close();
      throw e;
    }
    return chromium;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** The console entries logged since the last call, oldest first. */
  List<LogEntry> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /**
   * A PNG of the page's full width and the vertical extent of the element matched by the CSS {@code
   * selector}, captured beyond the viewport (so a tall section comes out whole), at most {@code
   * maxHeight} px tall.
   */
  byte[] screenshotOf(String selector, int maxHeight) {
    @SuppressWarnings("unchecked")
    Map<String, Number> box =
        (Map<String, Number>)
            driver.executeScript(
                "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                    + "return {y: r.top + window.scrollY, height: r.height,"
                    + " width: window.innerWidth};",
                selector);
    double height = Math.max(1, Math.min(box.get("height").doubleValue(), maxHeight));
    Map<String, Object> clip =
        Map.of(
            "x",
            0,
            "y",
            box.get("y").doubleValue(),
            "width",
            box.get("width").doubleValue(),
            "height",
            height,
            "scale",
            1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "clip", clip, "captureBeyondViewport", true));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  /** Quits the browser and its driver and deletes the profile; safe to call twice. */
  @Override
  public void close() {
    quit();
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: nothing to remove
    }
  }

  private synchronized void quit() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      driver.quit();
    } finally {
      delete(profile);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | UncheckedIOException e) {
      // A profile left in the temporary directory harms nothing; Chromium may still be writing.
    }
  }
}
