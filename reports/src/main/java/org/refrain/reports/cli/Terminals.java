package org.refrain.reports.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the process writes to a terminal, for what only a person watching should see. */
final class Terminals {

  private Terminals() {}

  /**
   * True when standard error is a terminal. Java cannot ask this of stderr directly: on Linux the
   * file descriptor's link names the device ({@code /dev/pts/3}); elsewhere a console (stdin and
   * stdout both terminals) is taken as the sign. {@code TERM=dumb} (an editor's shell) is never
   * one.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
