package org.refrain.analysis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Letter;

/** A writer killed mid-update leaves the last commit usable, and the next update goes through. */
class CorpusIndexCrashTest {

  @TempDir Path dir;

  @Test
  void aKilledWriterLeavesTheLastCommit() throws Exception {
    Letter a =
        IndexFixtures.letter(
            "a#1", "2020-02-21", "President Moon", "Close the political prison camps (kwanliso).");
    CorpusIndex.update(dir, List.of(IndexFixtures.plain(a)), "committed");

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process writer =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledWriter.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      // Two flushes: segments of uncommitted documents are on disk beside the commit.
      int flushes = 0;
      String line;
      while (flushes < 2 && (line = out.readLine()) != null) {
        if (line.startsWith("flushed")) {
          flushes++;
        }
      }
      assertEquals(2, flushes, "the writer never flushed");
      long files;
      try (var list = Files.list(dir)) {
        files = list.count();
      }
      assertTrue(files > 3, "no uncommitted segment files on disk: " + files);
    } finally {
      writer.destroyForcibly();
      assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer did not die");
    }

    assertEquals("committed", CorpusIndex.fingerprint(dir).orElseThrow());
    try (PassageIndex index = PassageIndex.open(dir)) {
      assertEquals(1, index.letters());
      assertEquals(
          1, index.search(new SearchRequest("kwanliso", SearchRequest.Filter.NONE, 5)).total());
      assertEquals(
          0, index.search(new SearchRequest("zebras", SearchRequest.Filter.NONE, 5)).total());
    }
    // The dead writer's lock is gone with it; the next update commits over its leftovers.
    Letter b = IndexFixtures.letter("b#1", "2022-03-24", "UNGA", "Prisoners of war remain.");
    CorpusIndex.Update update =
        CorpusIndex.update(dir, List.of(IndexFixtures.plain(a), IndexFixtures.plain(b)), "next");
    assertEquals(new CorpusIndex.Update(1, 0, 1, 0, false), update);
    try (PassageIndex index = PassageIndex.open(dir)) {
      assertEquals(2, index.letters());
      assertEquals(
          0, index.search(new SearchRequest("zebras", SearchRequest.Filter.NONE, 5)).total());
    }
  }
}
