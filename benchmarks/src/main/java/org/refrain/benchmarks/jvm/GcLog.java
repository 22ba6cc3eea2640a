package org.refrain.benchmarks.jvm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the heap a child JVM used from its GC log, written with {@link #OPTION}: each collection's
 * line gives the heap in use before and after it, and the exit summary the heap in use at the end.
 * The most in use before any collection (or at exit) is the peak: the heap only grows between
 * collections. It counts garbage not yet collected, so it follows the heap size given; the most
 * left after a collection is nearer what the run needed. Works for Serial, Parallel and G1; other
 * collectors' lines are not read (unknown, -1).
 */
public final class GcLog {

  /**
   * The JVM option that writes the log to {@code gc.log} in the child's working directory:
   * collections ({@code gc}) and the heap at exit ({@code gc+heap+exit}).
   */
  public static final String OPTION = "-Xlog:gc,gc+heap+exit:file=gc.log";

  public static final String FILE = "gc.log";

  private static final Pattern USING = Pattern.compile("\\[gc\\s*\\] Using (\\S+)");

  // "GC(3) Pause Young (Normal) (G1 Evacuation Pause) 24M->4M(256M) 3.123ms"
  private static final Pattern COLLECTION =
      Pattern.compile("GC\\(\\d+\\) .*?(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\) ([\\d.]+)ms");

  // " garbage-first heap   total 65536K, used 26222K [...]" or one line per generation.
  private static final Pattern EXIT_USED = Pattern.compile(" total \\d+K, used (\\d+)K");

  private GcLog() {}

  /**
   * The heap a run used.
   *
   * @param collector the collector's name from the log ("G1", "Serial"), "" when unknown
   * @param peakBytes the most heap in use before a collection or at exit; -1 when unknown
   * @param liveBytes the most heap in use after a collection; -1 when none ran
   * @param pauseSeconds the collections' pauses added up
   * @param pauses how many collections paused the child
   */
  public record Heap(
      String collector, long peakBytes, long liveBytes, double pauseSeconds, int pauses) {

    public static Heap unknown() {
      return new Heap("", -1, -1, 0, 0);
    }
  }

  /** The log {@code file}; a missing file (the child never started) reads as unknown. */
  public static Heap read(Path file) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      return parse(in.lines().iterator());
    } catch (NoSuchFileException e) {
      return Heap.unknown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The log's text. */
  public static Heap parse(String log) {
    return parse(log.lines().iterator());
  }

  private static Heap parse(Iterator<String> lines) {
    String collector = "";
    long peak = -1;
    long live = -1;
    long atExit = 0;
    boolean exitSeen = false;
    double pauseMillis = 0;
    int pauses = 0;
    while (lines.hasNext()) {
      String line = lines.next();
      Matcher m = COLLECTION.matcher(line);
      if (m.find()) {
        peak = Math.max(peak, bytes(m.group(1), m.group(2)));
        live = Math.max(live, bytes(m.group(3), m.group(4)));
        pauseMillis += Double.parseDouble(m.group(5));
        pauses++;
        continue;
      }
      Matcher exit = EXIT_USED.matcher(line);
      if (line.contains("[gc,heap,exit") && exit.find()) {
        atExit += Long.parseLong(exit.group(1)) * 1024;
        exitSeen = true;
        continue;
      }
      Matcher using = USING.matcher(line);
      if (using.find()) {
        collector = using.group(1);
      }
    }
    if (exitSeen) {
      peak = Math.max(peak, atExit);
    }
    return new Heap(collector, peak, live, pauseMillis / 1e3, pauses);
  }

  private static long bytes(String number, String unit) {
    long n = Long.parseLong(number);
    return switch (unit) {
      case "K" -> n << 10;
      case "M" -> n << 20;
      default -> n << 30;
    };
  }
}
