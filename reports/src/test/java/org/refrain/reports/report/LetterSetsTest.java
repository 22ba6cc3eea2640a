package org.refrain.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.reports.TestLetters;

class LetterSetsTest {

  private static int n;

  private static Letter on(String iso) {
    return TestLetters.builder("l" + (++n) + ".txt", 1)
        .date(
            new LetterDate(
                LocalDate.parse(iso), LetterDate.Precision.DAY, LetterDate.Source.STATED, iso))
        .build();
  }

  @Test
  void setsOfLettersAreNamedInAFewWords() {
    assertEquals("the 2022-03-24 letter", LetterSets.describe(List.of(on("2022-03-24"))));
    assertEquals(
        "both October 2020 letters",
        LetterSets.describe(List.of(on("2020-10-14"), on("2020-10-20"))));
    assertEquals(
        "the three 2020 letters",
        LetterSets.describe(List.of(on("2020-02-21"), on("2020-03-03"), on("2020-10-14"))));
    assertEquals(
        "the 2022 and 2024 letters",
        LetterSets.describe(List.of(on("2022-03-24"), on("2024-03-18"))));
    List<Letter> many = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      many.add(on((2019 + i % 4) + "-01-0" + (1 + i % 9)));
    }
    assertEquals("the 12 letters of 2019–2022", LetterSets.describe(many));
    assertThrows(IllegalArgumentException.class, () -> LetterSets.describe(List.of()));
  }

  @Test
  void aPressReleaseIsNamedSo() {
    Letter release =
        TestLetters.builder("p.txt", 1)
            .kind(LetterKind.PRESS_RELEASE)
            .date(
                new LetterDate(
                    LocalDate.parse("2020-03-03"),
                    LetterDate.Precision.DAY,
                    LetterDate.Source.STATED,
                    ""))
            .build();
    assertEquals("the 2020-03-03 press release", LetterSets.describe(List.of(release)));
  }
}
