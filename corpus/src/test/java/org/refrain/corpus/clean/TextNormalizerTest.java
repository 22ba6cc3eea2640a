package org.refrain.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Span;

class TextNormalizerTest {

  private final TextNormalizer normalizer = new TextNormalizer();

  @Test
  void normalisesWebCopyCharacters() {
    String raw = "Dear\u00a0Sir,\r\nWe\u200b write\u00ad.  \r\rEnd\u2009here\t \n";
    CleanText c = normalizer.normalize(raw);
    assertEquals("Dear Sir,\nWe write.\n\nEnd here\n", c.text());
  }

  @Test
  void controlCharactersAreRemovedAndTheMapStillPointsBack() {
    String raw = "A\u0000B \u001B[31mred\u001B[0m\u007F\u0085\tC\u000B\n";
    CleanText c = normalizer.normalize(raw);
    assertEquals("AB [31mred[0m\tC\n", c.text());
    assertEquals(5, TextNormalizer.controls(raw));
    for (int i = 0; i < c.text().length(); i++) {
      assertEquals(c.text().charAt(i), raw.charAt(c.rawOffset(i)), "offset " + i);
    }
    assertEquals(c.text(), normalizer.normalize(c.text()).text());
    assertEquals(0, TextNormalizer.controls("tab\tand\r\nbreaks\f"));
  }

  @Test
  void offsetsMapBackToTheRawCharacters() {
    String raw = "A\u200bB\r\nC  \nD";
    CleanText c = normalizer.normalize(raw);
    assertEquals("AB\nC\nD", c.text());
    assertEquals(0, c.rawOffset(0));
    assertEquals(2, c.rawOffset(1)); // B after the dropped zero-width space
    assertEquals(5, c.rawOffset(3)); // C after CRLF
    assertEquals("D", raw.substring(c.rawOffset(5), c.rawOffset(6)));
    assertEquals(Span.of(5, 6), c.rawSpan(Span.of(3, 4)));
  }

  @Test
  void linesCoverTheTextWithoutBreaks() {
    CleanText c = normalizer.normalize("one\n\nthree");
    List<Line> lines = c.lines();
    assertEquals(3, lines.size());
    assertEquals("three", lines.get(2).text());
    assertEquals(3, lines.get(2).number());
    assertEquals(Span.of(5, 10), lines.get(2).span());
  }

  /** Property: on arbitrary Unicode, cleaning is idempotent and the offset map is monotone. */
  @Test
  void idempotentAndMonotoneOnRandomText() {
    Random random = new Random(20261122L);
    String alphabet = "ab \t\r\n\u00a0\u200b\u200d\ufeff\u00ad\u2003\u3000é한字😀.,|";
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String raw = sb.toString();
      CleanText once = normalizer.normalize(raw);
      assertEquals(once.text(), normalizer.normalize(once.text()).text(), raw);
      int previous = 0;
      for (int i = 0; i <= once.text().length(); i++) {
        int r = once.rawOffset(i);
        assertTrue(r >= previous && r <= raw.length(), "offset map at " + i + " for " + raw);
        previous = r;
      }
      for (Line line : once.lines()) {
        assertEquals(line.text(), line.span().in(once.text()));
      }
    }
  }
}
