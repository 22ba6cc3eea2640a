package org.refrain.benchmarks.jvm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a child printed to standard error that a benchmark reads: its stage times, from lines {@code
 * refrain: timing: STAGE SECONDS} (printed when its environment has {@code REFRAIN_TIMINGS=1}); its
 * last line that is not a stack frame (the error of a failed run); and whether it ran out of
 * memory. Only these are kept, so a stderr of millions of diagnostic lines costs nothing.
 *
 * @param stages seconds per stage, in the order first printed; a stage printed twice is summed
 * @param lastLine the last non-blank line that is not a stack frame, or "" when none
 * @param outOfMemory whether any line mentions {@code OutOfMemoryError}
 */
public record ChildStderr(Map<String, Double> stages, String lastLine, boolean outOfMemory) {

  /** What starts a stage time, anywhere in a line. */
  public static final String TIMING = "refrain: timing: ";

  private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at |\\.\\.\\. \\d+ more).*");

  public ChildStderr {
    stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    if (lastLine == null) {
      throw new IllegalArgumentException("lastLine is null");
    }
  }

  /** The line a stage's time is printed as: {@code refrain: timing: read 3.21}. */
  public static String timingLine(String stage, double seconds) {
    return TIMING + stage + " " + String.format(java.util.Locale.ROOT, "%.3f", seconds);
  }

  /** {@code text} read line by line. */
  public static ChildStderr of(String text) {
    return of(text.lines().iterator());
  }

  /** The file {@code stderr} as written by the child; a missing file reads as empty. */
  public static ChildStderr read(Path stderr) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(stderr), StandardCharsets.UTF_8))) {
      return of(in.lines().iterator());
    } catch (NoSuchFileException e) {
      return of("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ChildStderr of(Iterator<String> lines) {
    Map<String, Double> stages = new LinkedHashMap<>();
    String last = "";
    boolean oom = false;
    while (lines.hasNext()) {
      String line = lines.next();
      oom |= line.contains("OutOfMemoryError");
      int at = line.indexOf(TIMING);
      if (at >= 0) {
        stage(line.substring(at + TIMING.length()).strip(), stages);
      }
      if (!line.isBlank() && !STACK_FRAME.matcher(line).matches()) {
        last = line.strip();
      }
    }
    return new ChildStderr(stages, last, oom);
  }

  /**
   * Adds "STAGE SECONDS" (the stage may hold spaces; the seconds may end in "s") to {@code stages};
   * anything else is ignored: a child's stderr is not ours to fail on.
   */
  private static void stage(String timing, Map<String, Double> stages) {
    int space = timing.lastIndexOf(' ');
    if (space <= 0) {
      return;
    }
    String name = timing.substring(0, space).strip();
    String number = timing.substring(space + 1);
    if (number.endsWith("s")) {
      number = number.substring(0, number.length() - 1);
    }
    try {
      double seconds = Double.parseDouble(number);
      if (seconds >= 0 && !Double.isInfinite(seconds) && !name.isEmpty()) {
        stages.merge(name, seconds, Double::sum);
      }
    } catch (NumberFormatException e) {
      // Not a timing line after all.
    }
  }

  /** The seconds of {@code stage}, NaN when the child did not print it. */
  public double stage(String stage) {
    Double seconds = stages.get(stage);
    return seconds == null ? Double.NaN : seconds;
  }
}
