package org.refrain.reports.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium and its chromedriver, as the browser tests use them: {@code chromium} and
 * {@code chromedriver} in {@code /usr/bin} or else on the PATH. Nothing is ever downloaded: a
 * machine without them skips the browser tests, unless {@value #REQUIRE} is set (CI sets it), when
 * they fail.
 */
record ChromiumInstallation(Path browser, Path driver) {

  /** The environment variable that turns a missing browser from a skip into a failure. */
  static final String REQUIRE = "REFRAIN_REQUIRE_BROWSER";

  static final String INSTALL = "apt-get install -y chromium chromium-driver";

  /**
   * The installation on this machine; when the browser or the driver is missing, a skip (an aborted
   * assumption) or, with {@value #REQUIRE} set, a failure, either way one line saying what is
   * missing and how to install it.
   */
  static ChromiumInstallation requireOrSkip() {
    return requireOrSkip(searchPath(System.getenv("PATH")), System.getenv(REQUIRE) != null);
  }

  /** As {@link #requireOrSkip()}, looking in {@code dirs} in order; {@code required} fails. */
  static ChromiumInstallation requireOrSkip(List<Path> dirs, boolean required) {
    Optional<Path> browser = find(dirs, "chromium");
    Optional<Path> driver = find(dirs, "chromedriver");
    if (browser.isPresent() && driver.isPresent()) {
      return new ChromiumInstallation(browser.get(), driver.get());
    }
    List<String> missing = new ArrayList<>();
    if (browser.isEmpty()) {
      missing.add("chromium");
    }
    if (driver.isEmpty()) {
      missing.add("chromedriver");
    }
    String line =
        "browser test needs "
            + String.join(" and ", missing)
            + " (looked in /usr/bin and on the PATH); install with: "
            + INSTALL;
    if (required) {
      return fail(line + " (" + REQUIRE + " is set, so this fails instead of skipping)");
    }
    return Assumptions.abort(line);
  }

  /** {@code /usr/bin}, then the directories of {@code path} (may be null). */
  static List<Path> searchPath(String path) {
    List<Path> dirs = new ArrayList<>();
    dirs.add(Path.of("/usr/bin"));
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          dirs.add(Path.of(dir));
        }
      }
    }
    return dirs;
  }

  private static Optional<Path> find(List<Path> dirs, String name) {
    return dirs.stream()
        .map(dir -> dir.resolve(name))
        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
        .findFirst();
  }
}
