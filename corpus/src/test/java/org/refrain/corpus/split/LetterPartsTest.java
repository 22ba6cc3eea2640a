package org.refrain.corpus.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refrain.corpus.Paragraph.Role;

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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thank you for your consideration.",
        "Thank you for your consideration. We would be pleased to discuss these matters further.",
        "Thank you for your consideration, and we would be pleased to discuss these matters.",
        "THANK YOU FOR YOUR ATTENTION",
        "Thank you."
      })
  void courtesies(String paragraph) {
    assertTrue(LetterParts.isCourtesy(paragraph), paragraph);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thank yourself",
        "We thank you for your consideration.",
        "Sincerely,",
        "The council should thank you for your consideration."
      })
  void notCourtesies(String paragraph) {
    assertFalse(LetterParts.isCourtesy(paragraph), paragraph);
  }

  private static final String TEXT = "We urge the council to renew the mandate.";
  private static final String MORE = "We also ask you to release the prisoners.";
  private static final String THANKS = "Thank you for your consideration. We would be pleased.";

  @Test
  void salutationSignOffAndTheCourtesiesBesideIt() {
    assertEquals(
        List.of(
            Role.SALUTATION, Role.CONTENT, Role.CONTENT, Role.CLOSING, Role.CLOSING, Role.CLOSING),
        LetterParts.roles(
            List.of("Dear Minister,", TEXT, MORE, THANKS, "Sincerely,", "Thank you."), true));
  }

  @Test
  void withoutASignOffTheTrailingCourtesiesClose() {
    assertEquals(
        List.of(Role.SALUTATION, Role.CONTENT, Role.CONTENT, Role.CLOSING),
        LetterParts.roles(List.of("President Moon Jae-in,", TEXT, MORE, THANKS), true));
  }

  @Test
  void contentAfterTheSignOffStaysContent() {
    assertEquals(
        List.of(Role.SALUTATION, Role.CONTENT, Role.CLOSING, Role.CONTENT),
        LetterParts.roles(List.of("Your Excellency,", TEXT, "Sincerely,", MORE), true));
  }

  @Test
  void thanksInsideTheLetterAreContent() {
    assertEquals(
        List.of(Role.SALUTATION, Role.CONTENT, Role.CONTENT, Role.CONTENT, Role.CLOSING),
        LetterParts.roles(List.of("Dear Minister,", TEXT, THANKS, MORE, "Sincerely,"), true));
  }

  @Test
  void withoutASalutationTheFirstParagraphIsContent() {
    // A press release has no salutation: its first paragraph is content, however it reads.
    assertEquals(
        List.of(Role.CONTENT, Role.CONTENT),
        LetterParts.roles(List.of("Dear Minister,", TEXT), false));
  }

  @Test
  void theFirstParagraphOfTextIsContentEvenWhenItThanks() {
    // A letter that is all thanks keeps its text: only what follows the first paragraph can close.
    assertEquals(
        List.of(Role.SALUTATION, Role.CONTENT, Role.CLOSING),
        LetterParts.roles(List.of("Dear Minister,", THANKS, "Sincerely,"), true));
    assertEquals(List.of(Role.CONTENT), LetterParts.roles(List.of(THANKS), false));
    assertEquals(List.of(), LetterParts.roles(List.of(), true));
  }
}
