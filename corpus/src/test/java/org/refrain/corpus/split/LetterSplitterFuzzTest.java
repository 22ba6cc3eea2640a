package org.refrain.corpus.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.clean.ChromeFilter;
import org.refrain.corpus.clean.Line;
import org.refrain.corpus.clean.TextNormalizer;

/**
 * Fuzzes splitting any text into letters: nothing throws, layouts point at non-blank lines in
 * bounds and letters follow each other without overlapping. {@code CorpusReaderFuzzTest} reads the
 * letters whole.
 */
class LetterSplitterFuzzTest {

  private final TextNormalizer normalizer = new TextNormalizer();
  private final LineClassifier classifier = new LineClassifier(ChromeFilter.standard());
  private final LetterSplitter splitter = new LetterSplitter();

  @FuzzTest(maxDuration = "4m")
  void split(byte[] bytes) {
    // Raw bytes, so the committed seeds are read whole: Jazzer's String mutator cuts a seed at
    // 1,000 characters, and the 6,000-byte letter's list and notes lie beyond that.
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<Line> lines = normalizer.normalize(text).lines();
    List<LineKind> kinds = classifier.classify(lines);
    assertEquals(lines.size(), kinds.size());
    int after = -1;
    for (LetterLayout layout : splitter.split(lines, kinds)) {
      assertTrue(layout.firstLine() > after, "letters in order, not overlapping");
      List<Integer> all = new ArrayList<>();
      all.addAll(layout.headerLines());
      all.addAll(layout.preambleLines());
      all.addAll(layout.bodyLines());
      all.addAll(layout.listLines());
      for (int i : all) {
        assertTrue(i >= 0 && i < lines.size(), "line " + i + " in bounds");
        assertTrue(kinds.get(i) != LineKind.BLANK, "line " + i + " not blank");
      }
      after = layout.lastLine();
    }
  }
}
