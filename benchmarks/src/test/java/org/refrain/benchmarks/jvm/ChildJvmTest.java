package org.refrain.benchmarks.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

  /** The child: prints a stage time and fails, or sleeps. */
  public static final class Child {
    public static void main(String[] args) throws InterruptedException {
      if (args[0].equals("sleep")) {
        Thread.sleep(120_000);
      }
      System.out.println("some output");
      System.err.println(ChildStderr.timingLine("read", 0.5));
      System.err.println("refrain: " + System.getenv("CHILD_SAYS"));
      System.exit(Integer.parseInt(args[0]));
    }
  }

  private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

  private ChildJvm jvm(Duration timeout, boolean gnuTime) {
    return new ChildJvm(
        ChildJvm.currentJava(),
        List.of("-Xmx64m", "-Xshare:auto"),
        timeout,
        gnuTime,
        new PrintStream(progress, true, StandardCharsets.UTF_8));
  }

  private static List<String> child(String arg) {
    List<String> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(Path.of(e).toAbsolutePath().toString());
    }
    return List.of("-cp", String.join(File.pathSeparator, entries), Child.class.getName(), arg);
  }

  @Test
  void aFailedChildIsMeasuredWithItsExitCodeLastLineAndStages(@TempDir Path dir) throws Exception {
    boolean gnuTime = ChildJvm.gnuTimeAvailable();
    Path run = dir.resolve("run");
    Files.createDirectories(run);
    Files.writeString(run.resolve("left-over.txt"), "from an earlier run");
    ChildRun r =
        jvm(Duration.ofMinutes(2), gnuTime)
            .run("child", run, child("3"), Map.of("CHILD_SAYS", "boom"));
    assertEquals(3, r.exitCode());
    assertFalse(r.ok());
    assertFalse(r.timedOut());
    assertEquals(Map.of("read", 0.5), r.stderr().stages());
    assertEquals("exit 3: refrain: boom", r.failure());
    assertEquals("some output\n".length(), r.stdoutBytes());
    assertFalse(Files.exists(run.resolve("left-over.txt")), "the directory starts empty");
    assertTrue(r.wallSeconds() > 0);
    assertTrue(r.heap().peakBytes() > 0, "heap at exit from the GC log: " + r.heap());
    assertFalse(r.heap().collector().isEmpty());
    if (gnuTime) {
      assertTrue(r.peakRssBytes() > 1_000_000, "a JVM's RSS: " + r.peakRssBytes());
      assertTrue(r.cpuSeconds() > 0);
    }
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("child: "));
  }

  @Test
  void aChildPastTheTimeoutIsKilledWithWhatItStarted(@TempDir Path dir) {
    // Polling /proc instead of GNU time: the fallback is exercised too.
    ChildRun r =
        jvm(Duration.ofSeconds(3), false)
            .run("sleeper", dir.resolve("run"), child("sleep"), Map.of());
    assertTrue(r.timedOut());
    assertFalse(r.ok());
    assertTrue(r.wallSeconds() < 60, "killed, not waited for: " + r.wallSeconds());
    assertTrue(r.failure().startsWith("killed after 3 s (timeout)"), r.failure());
    if (Files.isDirectory(Path.of("/proc/self"))) {
      assertTrue(r.peakRssBytes() > 1_000_000, "polled VmHWM: " + r.peakRssBytes());
    }
  }
}
