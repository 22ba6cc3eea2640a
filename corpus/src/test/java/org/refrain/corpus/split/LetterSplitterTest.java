package org.refrain.corpus.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.clean.ChromeFilter;
import org.refrain.corpus.clean.Line;
import org.refrain.corpus.clean.TextNormalizer;

class LetterSplitterTest {

  private static final String BODY =
      "We are writing on behalf of many organizations to urge your government to act on the"
          + " findings of the commission of inquiry without delay.";
  private static final String BODY2 =
      "The situation has not improved since the last resolution, and the council must renew the"
          + " mandate of the special rapporteur this year.";

  private final LineClassifier classifier = new LineClassifier(ChromeFilter.standard());
  private final LetterSplitter splitter = new LetterSplitter();

  private record Doc(List<Line> lines, List<LetterLayout> layouts) {
    List<String> texts(List<Integer> indices) {
      return indices.stream().map(i -> lines.get(i).trimmed()).toList();
    }
  }

  private Doc split(String text) {
    List<Line> lines = new TextNormalizer().normalize(text).lines();
    return new Doc(lines, splitter.split(lines, classifier.classify(lines)));
  }

  @Test
  void headerBodyClosingAndList() {
    Doc d =
        split(
            "Skip to main content\nJoint letter on X\n\nMarch 1, 2021\n\nDear Minister,\n\n"
                + BODY
                + "\n\n"
                + BODY2
                + "\n\nSincerely,\n\nGroups\nAlpha Watch\nBeta Network\n"
                + "Share This\nRecent Posts\n");
    assertEquals(1, d.layouts().size());
    LetterLayout l = d.layouts().get(0);
    assertEquals(List.of("Joint letter on X", "March 1, 2021"), d.texts(l.headerLines()));
    assertEquals(4, l.bodyLines().size());
    assertEquals(List.of("Groups", "Alpha Watch", "Beta Network"), d.texts(l.listLines()));
  }

  @Test
  void aPublishersPostscriptEndsTheBody() {
    for (String postscript :
        List.of(
            "About the coalition: The coalition brings together forty groups and campaigns to"
                + " close the camps, to stop forced repatriation and to free the abductees.",
            "###",
            "Notes to editors: the letter is attached in full.",
            "For more information, please contact the press office.")) {
      Doc d = split("Dear Minister,\n" + BODY + "\n\n" + BODY2 + "\n\n" + postscript + "\n");
      LetterLayout l = d.layouts().get(0);
      assertEquals(3, l.bodyLines().size(), postscript);
      assertTrue(d.texts(l.bodyLines()).stream().noneMatch(t -> t.equals(postscript)), postscript);
    }
  }

  @Test
  void aParagraphOpeningWithAboutAndANumberIsStillBody() {
    Doc d =
        split(
            "Dear Minister,\n"
                + BODY
                + "\n\nAbout 300 people were returned last year: most were detained on arrival and"
                + " sent to camps where they were interrogated.\n\n"
                + BODY2
                + "\n");
    assertEquals(4, d.layouts().get(0).bodyLines().size());
  }

  @Test
  void withoutClosingTheListStartsAtARunOfShortLines() {
    Doc d =
        split(
            "Dear Minister,\n"
                + BODY
                + "\n"
                + BODY2
                + "\n\n\nAlpha Watch, Japan\nBeta Network, Peru\n"
                + "Gamma Centre, Chile\n\n\nJane Roe, Former Rapporteur\n");
    LetterLayout l = d.layouts().get(0);
    assertEquals(3, l.bodyLines().size());
    assertEquals(4, l.listLines().size());
  }

  @Test
  void aSeparatorAndADateLineStartTheNextLetter() {
    Doc d =
        split(
            "Your Excellency,\n"
                + BODY
                + "\nSincerely,\nAlpha Watch\nBeta Network\n=======\n"
                + "October 14, 2020\nJosep Borrell\nHigh Representative\nYour Excellency,\n"
                + BODY2
                + "\nSincerely,\nGamma Centre\n");
    assertEquals(2, d.layouts().size());
    assertEquals(List.of("Alpha Watch", "Beta Network"), d.texts(d.layouts().get(0).listLines()));
    assertEquals(
        List.of("October 14, 2020", "Josep Borrell", "High Representative"),
        d.texts(d.layouts().get(1).headerLines()));
  }

  @Test
  void proseAfterAListIsTheNextLettersPreamble() {
    String pre =
        "On March 24, our group signed the letter below, which was sent by a coalition of friends.";
    Doc d =
        split(
            pre
                + "\nDear Minister,\n"
                + BODY
                + "\nSincerely,\nAlpha Watch\nBeta Network\n"
                + pre
                + "\nDear Minister,\n"
                + BODY
                + "\nSincerely,\nAlpha Watch\nBeta Network\n");
    assertEquals(2, d.layouts().size());
    assertEquals(List.of(pre), d.texts(d.layouts().get(1).preambleLines()));
    List<Diagnostic> warnings = new ArrayList<>();
    List<LetterLayout> kept =
        new DuplicateLetterFilter().filter("x.txt", d.lines(), d.layouts(), warnings);
    assertEquals(1, kept.size());
    assertEquals(
        "x.txt:7: warning: repeats the letter at line 1; read once", warnings.get(0).toString());
  }

  @Test
  void aTextWithoutSalutationIsOneRecordFromItsFirstProse() {
    Doc d =
        split(
            "Date : March 3, 2020\nHeadline Here\n\n(Seoul, March 3, 2020) – "
                + BODY
                + "\n"
                + BODY2
                + "\nMembers include:\nAlpha Watch (Japan)\nBeta Network (Peru)\n");
    assertEquals(1, d.layouts().size());
    LetterLayout l = d.layouts().get(0);
    assertEquals(-1, l.salutation());
    assertEquals(2, l.bodyLines().size());
    assertEquals(3, l.listLines().size());
  }

  @Test
  void differentLettersAreBothKept() {
    Doc d =
        split(
            "Dear A,\n"
                + BODY
                + "\nSincerely,\nAlpha\n=====\nDear B,\n"
                + BODY2
                + "\nSincerely,\nBeta\n");
    List<Diagnostic> warnings = new ArrayList<>();
    assertEquals(
        2, new DuplicateLetterFilter().filter("x", d.lines(), d.layouts(), warnings).size());
    assertTrue(warnings.isEmpty());
  }

  @Test
  void noProseNoLetter() {
    assertTrue(split("Groups\nAlpha\nBeta\n").layouts().isEmpty());
  }

  @Test
  void shortLinesAfterAColonAreDemandsNotSignatories() {
    Doc d =
        split(
            "Dear Rapporteur,\n"
                + BODY
                + "\nWe ask you to:\nRaise the cases\nCall on China to act\n"
                + "Request access\nVisit the border\n"
                + BODY2
                + "\n\nAlpha Watch, Japan\n"
                + "Beta Network, Peru\nGamma Centre, Chile\n");
    LetterLayout l = d.layouts().get(0);
    assertEquals(
        List.of("Alpha Watch, Japan", "Beta Network, Peru", "Gamma Centre, Chile"),
        d.texts(l.listLines()));
    assertTrue(d.texts(l.bodyLines()).contains("Visit the border"));
  }

  @Test
  void withoutClosingTheLastRunBeforeTheEndIsTheList() {
    Doc d =
        split(
            "Dear Rapporteur,\n"
                + BODY
                + "\nPolitical prison camps\nAbductions\nRight to food\n"
                + BODY2
                + "\nAlpha Watch, Japan\nBeta Network, Peru\nGamma Centre, Chile\n");
    LetterLayout l = d.layouts().get(0);
    assertEquals(3, l.listLines().size());
    assertEquals("Alpha Watch, Japan", d.texts(l.listLines()).get(0));
    assertEquals(6, l.bodyLines().size());
  }

  @Test
  void aHeadingThatNamesSignatoriesStartsTheListEvenAfterAColon() {
    Doc d =
        split(
            "Dear Rapporteur,\n"
                + BODY
                + "\n"
                + BODY2
                + "\nThe following organisations signed:\nAlpha Watch\nBeta Network\n");
    assertEquals(3, d.layouts().get(0).listLines().size());
  }

  @Test
  void aLongEntryEndingInAFullStopDoesNotEndTheList() {
    Doc d =
        split(
            "Dear Minister,\n"
                + BODY
                + "\nThank you for your attention to our concerns in this matter, and we remain at your disposal.\n"
                + "With best regards,\nAmnesty International\n"
                + "Prof. Jane Doe, Professor of International Human Rights Law at the University of Oxford, United Kingdom.\n"
                + "Maria Silva, lawyer\n");
    LetterLayout l = d.layouts().get(0);
    assertEquals(3, l.listLines().size());
    assertEquals(4, l.bodyLines().size());
  }

  @Test
  void aReleaseBeforeTheLetterItReportsIsARecordOfItsOwn() {
    Doc d =
        split(
            "NGOs urge Council to act\n\n(Geneva, 2021-03-03) – Twelve organisations today called on the"
                + " Council to establish an investigation, said the coalition.\n\n\"The Council cannot look"
                + " away while thousands are detained,\" said Maria Petrova, director of a network.\n\n"
                + "Full text of the letter\n\nDear Permanent Representatives,\n"
                + BODY
                + "\nSincerely,\nAlpha Watch\nBeta Network\n");
    assertEquals(2, d.layouts().size());
    LetterLayout release = d.layouts().get(0);
    assertEquals(-1, release.salutation());
    assertEquals(List.of("NGOs urge Council to act"), d.texts(release.headerLines()));
    assertEquals(2, release.bodyLines().size());
    LetterLayout letter = d.layouts().get(1);
    assertEquals(List.of("Full text of the letter"), d.texts(letter.headerLines()));
    assertTrue(letter.preambleLines().isEmpty());
    assertEquals(2, letter.listLines().size());
  }
}
