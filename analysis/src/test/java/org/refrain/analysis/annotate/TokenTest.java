package org.refrain.analysis.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Folding a word and reading a part of speech, the two tests every pattern makes at every word. */
class TokenTest {

  @Test
  void foldingIsLowerCaseWithStraightApostrophes() {
    for (String s :
        List.of("Korea’s", "‘UN’", "HUMAN", "İstanbul", "ß", "already", "x-1", "Ǆ", "", "'s")) {
      assertEquals(
          s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\''),
          Token.normalize(s),
          s);
    }
  }

  @Test
  void aWordAlreadyFoldedIsNotCopied() {
    String word = "refoulement";
    assertSame(word, Token.normalize(word));
  }

  @Test
  void aWordHasALetterOrDigitAndIsNotAClitic() {
    for (String s :
        List.of("'s", "’s", "‘S", "'S", "s", "'t", "’ss", "Korea’s", "2020", "—", "ſ")) {
      Token token = new Token(org.refrain.corpus.Span.of(0, s.length()), s, "X", s);
      boolean folded = Token.hasLetterOrDigit(s) && !Token.normalize(s).equals("'s");
      assertEquals(folded, token.isWord(), s);
    }
  }

  @Test
  void aTagIsItselfOrACompoundStartingWithIt() {
    assertTrue(Token.hasTag("ADP", "ADP"));
    assertTrue(Token.hasTag("ADP+DET", "ADP"));
    assertFalse(Token.hasTag("ADPX", "ADP"));
    assertFalse(Token.hasTag("AD", "ADP"));
    assertFalse(Token.hasTag("DET+ADP", "ADP"));
  }
}
