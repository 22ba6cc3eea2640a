package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.clean.Line;

/** Invariants that hold for any input, checked on seeded random lists. */
class SignatoryListPropertiesTest {

  private static final long SEED = 20240318L;
  private static final int RUNS = 3000;

  /** Pieces of real entries, so random lists hit the parser's rules, not only its fallbacks. */
  private static final String[] PIECES = {
    "Human Rights Watch",
    "Sonja Biserko",
    "Tomoharu Ebihara",
    "LiNK",
    "(USA)",
    "(ROK)",
    ", U.S.A.",
    ", South Korea",
    "South Korea",
    "United States of America",
    "UK",
    " | ",
    "|",
    "\t",
    " / ",
    " - ",
    "Former UN Special Rapporteur",
    "(elder brother of",
    ")",
    "(",
    "Groups",
    "Individuals",
    "Organizations:",
    " and ",
    "Kim Hyuk",
    "Lord",
    ", Ph.D.",
    "1. ",
    "• ",
    "-",
    "Japan",
    "Korea, Republic of",
    "Inc.",
    "(FORUM-ASIA)",
    "Thank you. We",
    "",
    " ",
    "\u00A0",
    "’",
    "Côte d’Ivoire",
    "🙂",
    "\uD800",
    "ǅ",
    "İ",
    "ß",
    "Ω",
    "(((",
    ")))",
    ",",
    ".",
    ":",
  };

  private final SignatoryListParser parser = SignatoryListParser.create();
  private final CountryGazetteer gazetteer = CountryGazetteer.load();

  @Test
  void invariantsHoldOnRandomLists() {
    Random random = new Random(SEED);
    for (int run = 0; run < RUNS; run++) {
      String text = randomList(random);
      List<Line> lines = TestLines.lines(text);
      SignatoryList list = assertDoesNotThrow(() -> parser.parse("random.txt", lines), text);
      assertInvariants(text, list);
    }
  }

  @Test
  void invariantsHoldOnEverySampleBlock() {
    for (SampleBlock block : SampleBlock.ALL) {
      String text = TestLines.sample(block.file());
      assertInvariants(text, parser.parse(block.file(), block.lines(text)));
    }
  }

  @Test
  void oneParserGivesTheSameResultsOnManyThreads() throws Exception {
    List<Callable<SignatoryList>> jobs = new ArrayList<>();
    List<SignatoryList> expected = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      for (SampleBlock block : SampleBlock.ALL) {
        List<Line> lines = block.lines(TestLines.sample(block.file()));
        jobs.add(() -> parser.parse(block.file(), lines));
        if (i == 0) {
          expected.add(parser.parse(block.file(), lines));
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<SignatoryList>> results = pool.invokeAll(jobs);
      for (int i = 0; i < results.size(); i++) {
        assertEquals(expected.get(i % expected.size()), results.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private void assertInvariants(String text, SignatoryList list) {
    int previousStart = -1;
    for (SignatoryMention m : list.mentions()) {
      assertTrue(m.span().end() <= text.length(), () -> "span out of bounds: " + m);
      assertTrue(m.span().start() >= previousStart, () -> "spans out of order at " + m);
      previousStart = m.span().start();
      assertFalse(m.name().isBlank(), () -> "blank name: " + m);
      assertEquals(m.name().strip(), m.name(), () -> "untrimmed name: " + m);
      assertTrue(gazetteer.trailing(m.name()).isEmpty(), () -> "country suffix left: " + m);
      assertTrue(
          m.country() == null || gazetteer.names().contains(m.country()),
          () -> "country not canonical: " + m);
      assertEquals(rawOf(m.span().in(text)), m.raw(), () -> "raw is not the span's lines: " + m);
    }
    assertTrue(list.diagnostics().size() <= SignatoryListParser.MAX_DIAGNOSTICS + 1);
  }

  /** The span's non-blank lines, trimmed and joined by single spaces. */
  private static String rawOf(String spanned) {
    List<String> parts = new ArrayList<>();
    for (String line : spanned.split("\n", -1)) {
      if (!line.isBlank()) {
        parts.add(line.strip());
      }
    }
    return String.join(" ", parts);
  }

  private static String randomList(Random random) {
    StringBuilder text = new StringBuilder();
    int lines = random.nextInt(12);
    for (int i = 0; i < lines; i++) {
      if (i > 0) {
        text.append('\n');
      }
      int parts = random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        text.append(
            random.nextInt(4) == 0 ? randomChars(random) : PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return text.toString();
  }

  private static String randomChars(Random random) {
    StringBuilder s = new StringBuilder();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      int cp = random.nextInt(4) == 0 ? random.nextInt(0x30000) : 0x20 + random.nextInt(0x250);
      if (Character.isValidCodePoint(cp) && cp != '\n' && cp != '\r') {
        s.appendCodePoint(cp);
      }
    }
    return s.toString();
  }
}
