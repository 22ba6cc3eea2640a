package org.refrain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.signatory.SignatoryMention;

class CorpusReaderTest {

  private static final String LETTER =
      "Joint letter on X\n\nMarch 1, 2021\n\nDear Minister,\n\nWe are writing on behalf of 2 organizations"
          + " to urge your government to act on the findings of the commission without delay.\n\n"
          + "Sincerely,\n\nAlpha Watch, Japan\nBeta Network, Peru\n";

  private static final String OTHER_LETTER =
      "Dear Ambassador,\n\nThe council should renew the mandate of the special rapporteur this year"
          + " and ask the government to cooperate with every mechanism.\n\nSincerely,\n\nGamma Centre\n";

  private final CorpusReader reader = CorpusReader.create();

  @Test
  void salutationAndClosingAreMarkedAndTheSignatureBlockIsNoParagraph(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("l.txt"),
        "Dear Excellencies,\n\nWe urge the council to renew the mandate of the special rapporteur"
            + " and to refer the situation to the court.\n\nThank you for your attention to these"
            + " matters.\n\nYours faithfully,\n\nJane Roe\nDirector, Alpha Watch\n"
            + "Beta Network, Peru\nGamma Centre, Japan\n");
    Letter l = reader.read(List.of(dir)).letters().get(0);
    assertEquals(
        List.of(
            "SALUTATION Dear Excellencies,",
            "CONTENT We urge the council to renew the mandate of the special rapporteur and to"
                + " refer the situation to the court.",
            "CLOSING Thank you for your attention to these matters.",
            "CLOSING Yours faithfully,"),
        l.paragraphs().stream().map(p -> p.role() + " " + p.text()).toList());
    for (Paragraph p : l.paragraphs()) {
      assertEquals(p.text(), p.span().in(l.text()));
    }
    assertTrue(l.signatories().size() >= 3, l.signatories().toString());
    assertTrue(l.paragraphs().stream().noneMatch(p -> p.text().contains("Alpha Watch")));
  }

  @Test
  void badFilesAreOneLineErrorsAndTheOthersAreStillRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-good.txt"), LETTER);
    Files.write(dir.resolve("b-empty.txt"), new byte[0]);
    Files.write(dir.resolve("c-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x01});
    Files.writeString(dir.resolve("d-no-letter.txt"), "Groups\nAlpha\nBeta\n");
    Files.writeString(
        dir.resolve("notes.xyz"), "skipped: not a supported extension in a directory");
    Corpus c = reader.read(List.of(dir, dir.resolve("missing.txt")));
    assertEquals(1, c.letters().size());
    assertEquals(1, c.sourcesRead());
    assertEquals(
        List.of(
            dir.resolve("missing.txt") + ": error: no such file or directory",
            dir + ": warning: 1 file skipped, not a supported format: notes.xyz",
            "b-empty.txt: error: the file is empty",
            "c-binary.txt: error: looks like a binary file, not text",
            "d-no-letter.txt: error: no letter found: the text has no running prose"),
        c.diagnostics().stream().map(Diagnostic::toString).sorted().toList());
  }

  @Test
  void strayControlCharactersAreRemovedWithOneWarning(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("l.txt"),
        LETTER
            .replace("Dear", "\u0000Dear")
            .replace("Alpha", "\u001B]0;owned\u0007\u001B[2JAlpha"));
    Corpus c = reader.read(List.of(dir));
    assertEquals(1, c.letters().size(), c.diagnostics().toString());
    assertEquals(
        List.of(
            "l.txt: warning: 4 control characters (NUL, escape codes and the like) removed from"
                + " the text"),
        c.diagnostics().stream().map(Diagnostic::toString).toList());
    Letter l = c.letters().get(0);
    assertTrue(l.text().chars().noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t'));
    assertTrue(l.signatories().get(0).name().endsWith("Alpha Watch"), l.signatories().toString());
  }

  @Test
  void aMarkupLikeLineInASignatoryListIsOneEntryNotTheEndOfTheList(@TempDir Path dir)
      throws Exception {
    String letter =
        "Dear Minister,\n\nWe are writing on behalf of 4 organizations to urge your government to"
            + " act on the findings of the commission without delay.\n\nSincerely,\n\n"
            + "MARKUP\nAlpha Watch, Japan\nBeta Network, Peru\nGamma Centre, Chile\n";
    for (String markup : List.of("<b>Evil</b>", "<Org>", "</div>")) {
      Files.writeString(dir.resolve("l.txt"), letter.replace("MARKUP", markup));
      Corpus c = reader.read(List.of(dir.resolve("l.txt")));
      List<String> names =
          c.letters().get(0).signatories().stream().map(SignatoryMention::name).toList();
      assertTrue(names.contains("Alpha Watch"), markup + ": " + names);
      assertTrue(names.contains("Gamma Centre"), markup + ": " + names);
    }
  }

  @Test
  void windows1252IsReadWithAWarning(@TempDir Path dir) throws Exception {
    Files.write(
        dir.resolve("l.txt"),
        LETTER.replace("Alpha", "Caf\u00e9").getBytes(Charset.forName("windows-1252")));
    Corpus c = reader.read(List.of(dir));
    assertEquals(1, c.letters().size());
    assertTrue(c.letters().get(0).signatories().get(0).name().startsWith("Caf\u00e9"));
    assertEquals(
        "l.txt: warning: not valid UTF-8; read as windows-1252 instead",
        c.diagnostics().get(0).toString());
  }

  @Test
  void sidecarOverridesMetadata(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("l.txt"), LETTER);
    Files.writeString(
        dir.resolve("l.meta.properties"),
        "date=2021-02\n1.addressee=Minister of Justice\nvenue=HRC 46\nkind=nonsense\n");
    Corpus c = reader.read(List.of(dir));
    Letter l = c.letters().get(0);
    assertEquals("2021-02", l.date().iso());
    assertEquals(LetterDate.Source.OVERRIDE, l.date().source());
    assertEquals("Minister of Justice", l.addressee());
    assertEquals("HRC 46", l.venue().label());
    assertEquals(LetterKind.LETTER, l.kind());
    assertEquals(
        "l.txt: warning: sidecar kind 'nonsense' cannot be read; ignored",
        c.diagnostics().get(0).toString());
  }

  @Test
  void lettersAreOrderedBySourceAndIdentifiedByStemAndIndex(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.txt"), LETTER);
    Files.writeString(dir.resolve("a.txt"), LETTER + "=====\n" + OTHER_LETTER);
    // The same letter in a.txt and b.txt: kept apart here, as the ids are what is tested.
    Corpus c = reader.keepingCopies().read(List.of(dir.resolve("b.txt"), dir));
    assertEquals(List.of("a#1", "a#2", "b#1"), c.letters().stream().map(Letter::id).toList());
  }

  @Test
  void idsStayUniqueWhenFilesShareAName(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("x"));
    Files.createDirectories(dir.resolve("y"));
    Files.writeString(dir.resolve("x/l.txt"), LETTER);
    Files.writeString(dir.resolve("y/l.txt"), LETTER);
    Files.writeString(
        dir.resolve("l.html"), "<p>" + OTHER_LETTER.replace("\n\n", "</p><p>") + "</p>");
    Files.writeString(dir.resolve("m.txt"), LETTER);
    Corpus c = reader.keepingCopies().read(List.of(dir));
    assertEquals(
        List.of("l.html#1", "l.txt#1", "l.txt~2#1", "m#1"),
        c.letters().stream().map(Letter::id).sorted().toList());
    assertTrue(c.diagnostics().stream().anyMatch(d -> d.message().contains("are named l.txt~2")));
  }

  @Test
  void inputsAreTheFilesReadInReadingOrderEachWithItsSidecar(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("b.txt"), "Dear Sir,\n\nWe write to you.\n");
    Files.writeString(dir.resolve("b.meta.properties"), "date=2021-02-15\n");
    Files.writeString(dir.resolve("sub").resolve("a.html"), "<p>Dear Sir,</p><p>We write.</p>");
    Files.writeString(dir.resolve("notes.pdfx"), "not a document");
    Files.writeString(dir.resolve(".hidden.txt"), "Dear Sir,\n\nHidden.\n");
    assertEquals(
        List.of(
            dir.resolve("sub").resolve("a.html"),
            dir.resolve("b.txt"),
            dir.resolve("b.meta.properties")),
        CorpusReader.inputs(List.of(dir, dir.resolve("missing"))));
  }

  @Test
  void aLetterTooLongToBeOneIsSkippedWithOneLineAndTheOthersRead(@TempDir Path dir)
      throws IOException {
    String prose = "We urge the government to release every political prisoner held in the camps. ";
    StringBuilder body = new StringBuilder("Dear Minister,\n");
    while (WordCounter.count(body.toString()) <= CorpusReader.MAX_LETTER_WORDS) {
      body.append(prose);
    }
    body.append("\nSincerely,\nHuman Rights Watch\nAmnesty International\n");
    Files.writeString(dir.resolve("a-long.txt"), body);
    Files.writeString(
        dir.resolve("b-short.txt"),
        "Dear Minister,\n" + prose.repeat(3) + "\nSincerely,\nHuman Rights Watch\n");
    Corpus c = reader.read(List.of(dir));
    assertEquals(List.of("b-short#1"), c.letters().stream().map(Letter::id).toList());
    List<String> messages = c.diagnostics().stream().map(Diagnostic::toString).toList();
    assertTrue(
        messages.stream()
            .anyMatch(
                m ->
                    m.startsWith("a-long.txt: error: letter #1 has ")
                        && m.endsWith(
                            " words, more than the 50,000 a letter is read with; skipped")),
        messages.toString());
  }
}
