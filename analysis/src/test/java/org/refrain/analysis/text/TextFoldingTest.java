package org.refrain.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldingTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Tomás, Tomas",
    "Søren Ørsted, Soren Orsted",
    "Łódź, Lodz",
    "Đorđe, Dorde",
    "Straße, Strasse",
    "Æsir, AEsir",
    "façade, facade",
    "Gülşen, Gulsen",
    "İstanbul, Istanbul",
    // Outside Latin, marks go and letters stay: Greek, Cyrillic, Hangul.
    "Αθήνα, Αθηνα",
    "Йошкар, Иошкар",
    "한국, 한국"
  })
  void foldsLettersToAscii(String written, String folded) {
    assertEquals(folded, TextFolding.letters(written));
  }

  @Test
  void foldsTypographicPunctuation() {
    assertEquals(
        "Korea's \"camps\" - 2020-2024", TextFolding.punctuation("Korea’s “camps” — 2020–2024"));
    assertEquals(
        "'quoted' \"quoted\" \"quoted\"", TextFolding.punctuation("‘quoted’ „quoted“ «quoted»"));
    assertEquals("d'Ivoire d'Ivoire", TextFolding.punctuation("d´Ivoire dʼIvoire"));
    assertEquals("a-b a-b a-b a-b", TextFolding.punctuation("a‐b a‑b a―b a−b"));
  }

  @Test
  void apostrophesLeaveQuotesAndDashes() {
    assertEquals("Korea's “camps” — 2020", TextFolding.apostrophes("Korea’s “camps” — 2020"));
  }

  @Test
  void foldIsLettersThenLowerCase() {
    assertEquals("tomas ojea-quintana's", TextFolding.fold("TOMÁS Ojea‑Quintana’s"));
    // Folded before lower case: "İ" lower-cased first would keep a combining dot.
    assertEquals("istanbul", TextFolding.fold("İSTANBUL"));
  }

  @Test
  void asciiComesBackAsItIs() {
    String ascii = "We urge the Council's members - \"now\".";
    assertSame(ascii, TextFolding.letters(ascii));
    assertSame(ascii, TextFolding.punctuation(ascii));
    assertSame(ascii, TextFolding.apostrophes(ascii));
    // Backticks and ASCII quotes are ASCII already: never changed.
    assertEquals("`x`", TextFolding.fold("`x`"));
  }

  @Test
  void punctuationTableIsLuceneTablePlusFourExtras() {
    Set<Character> extras = Set.of('\u00B4', '\u02BC', '\u2015', '\u2212');
    char[] out = new char[4];
    for (int c = 0x80; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      int n = ASCIIFoldingFilter.foldToASCII(new char[] {(char) c}, 0, out, 0, 1);
      String lucene = new String(out, 0, n);
      boolean lucenePunctuation = lucene.equals("'") || lucene.equals("\"") || lucene.equals("-");
      char ours = TextFolding.punctuation((char) c);
      if (extras.contains((char) c)) {
        assertFalse(lucenePunctuation, "an extra Lucene folds now: U+" + Integer.toHexString(c));
        assertTrue(ours == '\'' || ours == '-', "extra U+" + Integer.toHexString(c));
      } else if (lucenePunctuation) {
        assertEquals(lucene.charAt(0), ours, "U+" + Integer.toHexString(c));
      } else {
        assertEquals((char) c, ours, "U+" + Integer.toHexString(c) + " is not punctuation");
      }
    }
  }

  @Test
  void classifiesApostrophesAndDashes() {
    assertTrue(TextFolding.isApostrophe('’'));
    assertTrue(TextFolding.isApostrophe('ʼ'));
    assertFalse(TextFolding.isApostrophe('\''));
    assertFalse(TextFolding.isApostrophe('“'));
    assertTrue(TextFolding.isDash('—'));
    assertTrue(TextFolding.isDash('−'));
    assertFalse(TextFolding.isDash('-'));
  }
}
