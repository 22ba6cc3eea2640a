package org.refrain.reports.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.refrain.corpus.CorpusReader;
import org.refrain.reports.cli.ExitCode;
import org.refrain.reports.cli.Refrain;
import picocli.CommandLine;

/**
 * The report the browser tests open: {@code refrain report} run in-process on the bundled letters
 * plus one hostile letter ({@value #HOSTILE}), a plausible joint letter whose prose carries markup
 * and script that the HTML report must show as text and never run.
 */
final class HostileCorpusReport {

  /** The hostile letter, a test resource beside this class. */
  static final String HOSTILE = "2023-06-12_hrc53_letter-with-markup.txt";

  private HostileCorpusReport() {}

  /**
   * Copies the bundled letters and the hostile letter under {@code dir}, runs {@code report --out
   * dir/out --no-cache -q} on them and returns the HTML report's path, after asserting the run
   * succeeded and wrote it.
   */
  static Path write(Path dir) throws IOException {
    Path bundled = copyBundledLetters(dir.resolve("bundled"));
    Path hostile = Files.createDirectories(dir.resolve("hostile")).resolve(HOSTILE);
    try (InputStream in = HostileCorpusReport.class.getResourceAsStream(HOSTILE)) {
      assertTrue(in != null, "test resource missing: " + HOSTILE);
      Files.copy(in, hostile);
    }
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    CommandLine refrain = Refrain.commandLine();
    refrain.setOut(new PrintWriter(new StringWriter()));
    refrain.setErr(new PrintWriter(err));
    int exit =
        refrain.execute(
            "report",
            "--out",
            out.toString(),
            "--no-cache",
            "-q",
            bundled.toString(),
            "" + hostile);
    assertEquals(ExitCode.OK, exit, "refrain report failed: " + err);
    Path index = out.resolve("index.html");
    assertTrue(
        Files.isRegularFile(index),
        "refrain report wrote no index.html in " + out + "; it wrote " + names(out));
    return index;
  }

  /**
   * The letters bundled with Refrain, copied out of the class path (a directory in the IDE, a jar
   * in the reactor build), so that they can be given on the command line beside another file.
   */
  private static Path copyBundledLetters(Path target) throws IOException {
    URL url = CorpusReader.class.getResource("letters");
    assertTrue(url != null, "the bundled corpus is missing from the class path");
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        copyTree(jar.provider().getPath(uri), target);
      }
    } else {
      copyTree(Path.of(uri), target);
    }
    return target;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.sorted().toList()) {
        if (Files.isRegularFile(file)) {
          Files.copy(file, to.resolve(file.getFileName().toString()));
        }
      }
    }
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
