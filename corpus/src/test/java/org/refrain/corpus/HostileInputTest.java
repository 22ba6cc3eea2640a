package org.refrain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * Documents that once crashed the reader (a yearless February 29, a Council session before its
 * first, a count too large for an int, session zero), and random documents built from real letters'
 * lines: reading must never fail inside Refrain, and every span must stay in bounds.
 */
class HostileInputTest {

  private final CorpusReader reader = CorpusReader.create();

  @Test
  void documentsThatOnceCrashedAreReadWithoutFaults() throws URISyntaxException {
    Path dir = Path.of(HostileInputTest.class.getResource("hostile").toURI());
    Corpus c = reader.read(List.of(dir));
    assertEquals(4, c.letters().size(), c.diagnostics().toString());
    assertTrue(
        c.diagnostics().stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR),
        c.diagnostics().toString());
    Letter feb29 = CorpusFixtures.letter(c, "yearless-february-29", 1);
    assertEquals(2, feb29.date().value().getMonthValue());
    assertEquals(29, feb29.date().value().getDayOfMonth());
  }

  /**
   * Property: any mix of letter lines, noise and odd characters reads without internal faults. The
   * timeout is a guard against a hang (this test once found an endless loop), not a timing.
   */
  @Test
  @Timeout(120)
  void randomDocumentsNeverFaultAndKeepSpansInBounds(@TempDir Path dir) throws IOException {
    List<String> pool = new ArrayList<>();
    try (var files = Files.list(Path.of("letters"))) {
      for (Path f : files.sorted().toList()) {
        pool.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    pool.addAll(
        List.of(
            "",
            "Dear Sir,",
            "Sincerely,",
            "=====",
            "On February 29, we wrote.",
            "HRC 0",
            "signed by 99999999999 people",
            "| |",
            "\u00a0\u200b\ufeff",
            "Groups",
            "Individuals:",
            "(Seoul, March 3, 2020) –",
            "1.",
            "- ",
            "Kim and Lee and Park (",
            ")))((( , , ,",
            "😀 한국어 ज्ञान"));
    Random random = new Random(4242L);
    for (int doc = 0; doc < 60; doc++) {
      StringBuilder sb = new StringBuilder();
      int lines = 1 + random.nextInt(120);
      for (int i = 0; i < lines; i++) {
        String line = pool.get(random.nextInt(pool.size()));
        if (random.nextInt(10) == 0 && !line.isEmpty()) {
          line = line.substring(random.nextInt(line.length()));
        }
        sb.append(line).append(random.nextBoolean() ? "\n" : "\r\n");
      }
      Files.writeString(dir.resolve(String.format("doc-%02d.txt", doc)), sb.toString());
    }
    Corpus c = reader.read(List.of(dir));
    assertFalse(
        c.diagnostics().stream().anyMatch(d -> d.message().contains("fault in Refrain")),
        c.diagnostics().toString());
    for (Letter l : c.letters()) {
      for (Paragraph p : l.paragraphs()) {
        assertEquals(p.text(), p.span().in(l.text()), l.id());
      }
      for (SignatoryMention m : l.signatories()) {
        assertTrue(m.span().end() <= l.text().length(), l.id());
      }
    }
  }
}
