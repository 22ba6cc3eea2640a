package org.refrain.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Diagnostic;

/**
 * Times reading hostile inputs, each on its own, and prints a table: a 5 MB single-line letter, a 5
 * MB word without a space, a 100 MB file (refused by size), 200,000 one-word lines, a letter full
 * of control characters, a directory with a symlink loop and one with an unreadable subdirectory.
 * Each row says the wall time, the peak heap, the letters read and the first diagnostic, which is
 * what a user sees. A main class, not JMH: one pass of each is the question (is it bounded?), not a
 * precise figure. Run from the repository root (it reads {@code corpus/letters}):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.HostileInputBenchmark
 * </pre>
 */
public final class HostileInputBenchmark {

  private record Row(String input, double seconds, long peakBytes, int letters, String said) {}

  private HostileInputBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("refrain-hostile");
    try {
      List<Row> rows = run(dir, sampleText());
      print(rows, System.out);
    } finally {
      deleteAll(dir);
    }
  }

  private static String sampleText() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("corpus", "letters"))) {
      for (Path f : files.sorted().toList()) {
        sb.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return sb.toString();
  }

  private static List<Row> run(Path dir, String sample) throws IOException {
    CorpusReader reader = CorpusReader.create();
    reader.read(List.of(write(dir, "warm-up.txt", sample))); // the JIT and the word lists
    List<Row> rows = new ArrayList<>();
    String flat = sample.replaceAll("\\s+", " ");
    rows.add(time(reader, "5 MB on one line (letters)", file(dir, "line.txt", repeat(flat, 5))));
    rows.add(time(reader, "5 MB, one word", file(dir, "word.txt", "x".repeat(5 << 20))));
    rows.add(time(reader, "100 MB file", sparse(dir.resolve("huge.txt"), 100L << 20)));
    StringBuilder words = new StringBuilder();
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      words.append("word").append(random.nextInt(1000)).append('\n');
    }
    rows.add(time(reader, "200,000 one-word lines", file(dir, "words.txt", words.toString())));
    StringBuilder controls = new StringBuilder();
    for (String line : sample.split("\n")) {
      controls.append("\u001B[31m").append(line).append("\u0000\u0007\n");
    }
    rows.add(time(reader, "control characters on every line", file(dir, "ctl.txt", controls)));
    Path loop = Files.createDirectories(dir.resolve("loop"));
    Files.writeString(loop.resolve("l.txt"), sample);
    Files.createSymbolicLink(loop.resolve("again"), loop);
    rows.add(time(reader, "directory with a symlink loop", loop));
    Path locked = Files.createDirectories(dir.resolve("locked-parent/locked"));
    Files.writeString(locked.getParent().resolve("l.txt"), sample);
    Files.writeString(locked.resolve("l2.txt"), sample);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    rows.add(time(reader, "directory with an unreadable subdirectory", locked.getParent()));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    return rows;
  }

  private static Row time(CorpusReader reader, String input, Path path) {
    HeapPeak.reset();
    long before = PassTimer.usedAfterGc();
    long start = System.nanoTime();
    Corpus corpus = reader.read(List.of(path));
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = Math.max(0, HeapPeak.peakBytes() - before);
    String said =
        corpus.diagnostics().stream().map(Diagnostic::toString).findFirst().orElse("(nothing)");
    return new Row(input, seconds, peak, corpus.letters().size(), said);
  }

  private static String repeat(String text, int megabytes) {
    StringBuilder sb = new StringBuilder(megabytes << 20);
    while (sb.length() < megabytes << 20) {
      sb.append(text).append(' ');
    }
    sb.setLength(megabytes << 20);
    return sb.toString();
  }

  private static Path file(Path dir, String name, CharSequence text) throws IOException {
    return write(dir, name, text);
  }

  private static Path write(Path dir, String name, CharSequence text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Path sparse(Path file, long bytes) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
    return file;
  }

  private static void print(List<Row> rows, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%-42s %8s %9s %7s  %s%n",
        "input",
        "seconds",
        "peak MB",
        "letters",
        "first diagnostic");
    for (Row r : rows) {
      String said = r.said().length() > 100 ? r.said().substring(0, 99) + "…" : r.said();
      out.printf(
          Locale.ROOT,
          "%-42s %8.2f %9.0f %7d  %s%n",
          r.input(),
          r.seconds(),
          r.peakBytes() / 1e6,
          r.letters(),
          said);
    }
  }

  private static void deleteAll(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
