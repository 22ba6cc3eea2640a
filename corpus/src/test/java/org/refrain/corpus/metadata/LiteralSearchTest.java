package org.refrain.corpus.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralSearchTest {

  private static final List<String> PIECES =
      List.of(
          "HRC",
          "UNHRC",
          "Human Rights Council",
          "Human Rights",
          "UNGA",
          "its ",
          "49th ",
          "0",
          " ",
          "  ",
          "-",
          "_",
          "x",
          "é",
          "\u0301",
          "\n",
          "its",
          "credits ",
          "session");

  /** The same matches as {@link Matcher#find()}, on texts made to hold near misses. */
  @Test
  void findsWhatMatcherFindFinds() {
    List<LiteralSearch> searches =
        List.of(
            LiteralSearch.of(
                Pattern.compile("\\b(?:Human Rights Council|UNHRC|HRC)\\b"),
                List.of("Human Rights Council", "UNHRC", "HRC")),
            LiteralSearch.of(
                Pattern.compile("\\b(HRC|UNGA)\\s?-?(\\d{2,3})\\b"), List.of("HRC", "UNGA")),
            LiteralSearch.of(
                Pattern.compile("\\bits\\s+(\\d{1,3})(?:st|nd|rd|th)\\s+(?:regular\\s+)?session"),
                List.of("its")),
            LiteralSearch.of(Pattern.compile("(?<=\\s)its\\b|HRC$"), List.of("its", "HRC")));
    Random random = new Random(7);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      for (LiteralSearch search : searches) {
        String t = text.toString();
        assertEquals(expected(search.pattern(), t), render(search.all(t)), search.pattern() + t);
        List<String> all = expected(search.pattern(), t);
        MatchResult first = search.first(t);
        assertEquals(all.isEmpty() ? null : all.get(0), first == null ? null : render(first));
      }
    }
  }

  @Test
  void withoutStartsEveryPositionIsTried() {
    LiteralSearch plain = LiteralSearch.plain(Pattern.compile("\\d+"));
    assertEquals(List.of("12@1", "3@4"), render(plain.all("a12b3")));
    assertNull(plain.first("none"));
  }

  private static List<String> expected(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(render(m));
    }
    return found;
  }

  private static List<String> render(List<MatchResult> matches) {
    return matches.stream().map(LiteralSearchTest::render).toList();
  }

  private static String render(MatchResult m) {
    StringBuilder s = new StringBuilder(m.group()).append('@').append(m.start());
    for (int g = 1; g <= m.groupCount(); g++) {
      s.append('|').append(m.group(g));
    }
    return s.toString();
  }
}
