package org.refrain.benchmarks.jvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time and peak resident set of a child process, as GNU {@code time} reports them when the
 * child runs under it ({@code /usr/bin/time -f "%e %U %S %M" -o FILE}): exact, since it reads the
 * child's {@code wait4} resource usage after exit, all threads included. Without GNU time the
 * runner polls {@code /proc} instead ({@link ProcPoller}).
 *
 * @param cpuSeconds user + system seconds; NaN when unknown
 * @param peakRssBytes maximum resident set; -1 when unknown
 */
record ResourceUse(double cpuSeconds, long peakRssBytes) {

  static final Path GNU_TIME = Path.of("/usr/bin/time");

  /** The file GNU time writes, in the child's directory. */
  static final String FILE = "time.txt";

  private static final Pattern LINE =
      Pattern.compile("^([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+)$", Pattern.MULTILINE);

  static ResourceUse unknown() {
    return new ResourceUse(Double.NaN, -1);
  }

  /** The arguments that run a command under GNU time, writing to {@link #FILE}. */
  static List<String> prefix() {
    return List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", FILE);
  }

  /**
   * GNU time's output: the last line of four numbers (a failed command adds a line before it,
   * "Command exited with non-zero status 1" or "Command terminated by signal 9").
   */
  static ResourceUse parse(String text) {
    Matcher m = LINE.matcher(text);
    ResourceUse use = unknown();
    while (m.find()) {
      use =
          new ResourceUse(
              Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3)),
              Long.parseLong(m.group(4)) * 1024);
    }
    return use;
  }

  static ResourceUse read(Path file) {
    try {
      return Files.exists(file) ? parse(Files.readString(file)) : unknown();
    } catch (IOException e) {
      return unknown();
    }
  }

  /** Whether {@link #GNU_TIME} is there and takes GNU's {@code -f} and {@code -o}. */
  static boolean gnuTimeAvailable() {
    if (!Files.isExecutable(GNU_TIME)) {
      return false;
    }
    try {
      Path out = Files.createTempFile("gnu-time", ".txt");
      try {
        Process p =
            new ProcessBuilder(
                    GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", out.toString(), "true")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(30, TimeUnit.SECONDS)
            && p.exitValue() == 0
            && parse(Files.readString(out)).peakRssBytes() >= 0;
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
