package org.refrain.reports.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** How the browser tests find Chromium, and skip or fail without it; no browser needed. */
class ChromiumInstallationTest {

  @TempDir Path dir;

  @Test
  void withoutBrowserOrDriverTheTestsAreSkippedWithOneLineSayingHowToInstall() {
    TestAbortedException skip =
        assertThrows(
            TestAbortedException.class,
            () -> ChromiumInstallation.requireOrSkip(List.of(dir), false));
    assertEquals(
        "browser test needs chromium and chromedriver (looked in /usr/bin and"
            + " on the PATH); install with: apt-get install -y chromium chromium-driver",
        skip.getMessage());
  }

  @Test
  void whenRequiredAMissingDriverFailsTheTestsInstead() throws IOException {
    executable(dir.resolve("chromium"));
    AssertionFailedError failure =
        assertThrows(
            AssertionFailedError.class,
            () -> ChromiumInstallation.requireOrSkip(List.of(dir), true));
    assertTrue(
        failure.getMessage().startsWith("browser test needs chromedriver (looked in"),
        failure.getMessage());
    assertTrue(
        failure.getMessage().contains("REFRAIN_REQUIRE_BROWSER is set"), failure.getMessage());
    assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
  }

  @Test
  void theFirstDirectoryHoldingAnExecutableWins() throws IOException {
    Path first = Files.createDirectory(dir.resolve("first"));
    Path second = Files.createDirectory(dir.resolve("second"));
    Files.writeString(first.resolve("chromium"), "not executable");
    executable(second.resolve("chromium"));
    executable(first.resolve("chromedriver"));
    executable(second.resolve("chromedriver"));
    assertEquals(
        new ChromiumInstallation(second.resolve("chromium"), first.resolve("chromedriver")),
        ChromiumInstallation.requireOrSkip(List.of(first, second), true));
  }

  @Test
  void searchesUsrBinBeforeThePath() {
    assertEquals(
        List.of(Path.of("/usr/bin"), Path.of("/opt/a"), Path.of("/opt/b")),
        ChromiumInstallation.searchPath("/opt/a::/opt/b"));
    assertEquals(List.of(Path.of("/usr/bin")), ChromiumInstallation.searchPath(null));
  }

  private static void executable(Path file) throws IOException {
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
