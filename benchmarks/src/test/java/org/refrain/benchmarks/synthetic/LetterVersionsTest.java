package org.refrain.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;

class LetterVersionsTest {

  @Test
  void versionsAreDatedInOrderAndEachEditsTheOneBefore() {
    List<Letter> versions = LetterVersions.of(3, 5, 300, 0.05);
    assertEquals(versions, LetterVersions.of(3, 5, 300, 0.05));
    assertEquals(5, versions.size());
    assertEquals("version-01#1", versions.get(0).id());
    for (int v = 1; v < versions.size(); v++) {
      Letter before = versions.get(v - 1);
      Letter after = versions.get(v);
      assertTrue(after.date().value().isAfter(before.date().value()));
      assertEquals(before.paragraphs().size(), after.paragraphs().size());
      assertNotEquals(before.text(), after.text());
    }
  }

  @Test
  void theFirstVersionHasAtLeastTheWordsAskedFor() {
    Letter first = LetterVersions.of(3, 1, 800, 0).get(0);
    int words = 0;
    for (Paragraph p : first.paragraphs()) {
      assertEquals(p.text(), p.span().in(first.text()));
      words += p.text().split(" ").length;
    }
    assertTrue(words >= 800 && words < 1200, "words " + words);
  }

  @Test
  void withoutEditsEveryVersionIsTheSame() {
    List<Letter> versions = LetterVersions.of(3, 3, 200, 0);
    // Numbers still change: a rewrite updates its counts and dates.
    String first = versions.get(0).text().replaceAll("\\d+(?:st|nd|rd|th)?", "#");
    for (Letter version : versions) {
      assertEquals(first, version.text().replaceAll("\\d+(?:st|nd|rd|th)?", "#"));
    }
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> LetterVersions.of(1, 0, 100, 0));
    assertThrows(IllegalArgumentException.class, () -> LetterVersions.of(1, 2, 100, 0.9));
  }
}
