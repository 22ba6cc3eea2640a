package org.refrain.corpus.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LetterPartsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dear President Moon Jae-in,",
        "Your Excellency,",
        "Dear Excellencies, Dear Colleagues,",
        "President Moon Jae-in,",
        "Excellencies,",
        "To whom it may concern:",
        "Dear High Representative,",
        "Madam President,",
        "To the Foreign Ministers of the EU Member States,"
      })
  void salutations(String line) {
    assertTrue(LetterParts.isSalutation(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sincerely,",
        "Groups",
        "David Alton, Lord",
        "October 14, 2020",
        "Human Rights Watch (HRW)",
        "To the Foreign Ministers of the EU Member States",
        "We are writing on behalf of 28 non-governmental organizations, and others,"
      })
  void notSalutations(String line) {
    assertFalse(LetterParts.isSalutation(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sincerely,",
        "Yours sincerely,",
        "Yours faithfully",
        "Respectfully,",
        "Best regards,"
      })
  void closings(String line) {
    assertTrue(LetterParts.isClosing(line), line);
  }

  @Test
  void thankYouIsNotAClosingLine() {
    assertFalse(LetterParts.isClosing("Thank you for your consideration."));
    assertFalse(LetterParts.isClosing("Thank you for your attention."));
  }

  @Test
  void addresseeOfANamedSalutationOnly() {
    assertEquals("President Moon Jae-in", LetterParts.addresseeOf("Dear President Moon Jae-in,"));
    assertEquals("President Moon Jae-in", LetterParts.addresseeOf("President Moon Jae-in,"));
    assertNull(LetterParts.addresseeOf("Your Excellency,"));
    assertNull(LetterParts.addresseeOf("To whom it may concern:"));
    assertEquals(
        "Foreign Ministers of the EU Member States",
        LetterParts.addresseeOf("To the Foreign Ministers of the EU Member States,"));
    assertNull(LetterParts.addresseeOf("Dear Excellencies, Dear Colleagues,"));
  }
}
