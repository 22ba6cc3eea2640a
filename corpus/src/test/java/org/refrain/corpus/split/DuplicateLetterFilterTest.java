package org.refrain.corpus.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.clean.ChromeFilter;
import org.refrain.corpus.clean.Line;
import org.refrain.corpus.clean.TextNormalizer;

class DuplicateLetterFilterTest {

  private static final int DISTINCT = 2_000;
  private static final Pattern REPEAT =
      Pattern.compile("repeats the letter at line (\\d+); read once");

  /**
   * One page of 2,000 distinct letters (each sharing half its body with the letter before it, as
   * letters of one campaign do) and, now and then, a copy of an earlier one: exact, or with one
   * word changed. Every copy is dropped in favour of its original, and every distinct letter is
   * kept.
   */
  @Test
  void aLongPageDropsItsRepeatsAndKeepsEveryDistinctLetter() {
    Random random = new Random(13);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      vocabulary.add("w" + Integer.toString(i, 36));
    }
    List<List<String>> distinct = new ArrayList<>();
    List<Integer> order = new ArrayList<>(); // letter ids as they appear on the page
    Map<Integer, List<String>> shown = new HashMap<>();
    int exact = 0;
    int edited = 0;
    for (int i = 0; i < DISTINCT; i++) {
      List<String> body = new ArrayList<>();
      body.add("Letter " + i + " " + sentence(random, vocabulary));
      body.add(i == 0 ? sentence(random, vocabulary) : distinct.get(i - 1).get(2));
      body.add(sentence(random, vocabulary));
      distinct.add(body);
      order.add(i);
      if (random.nextInt(10) == 0) {
        int original = random.nextInt(i + 1);
        List<String> copy = new ArrayList<>(distinct.get(original));
        if (random.nextBoolean()) {
          copy.set(2, copy.get(2).replaceFirst(" \\S+ ", " changed "));
          edited++;
        } else {
          exact++;
        }
        order.add(-1 - original);
        shown.put(order.size() - 1, copy);
      }
    }
    StringBuilder page = new StringBuilder();
    for (int k = 0; k < order.size(); k++) {
      List<String> body = order.get(k) >= 0 ? distinct.get(order.get(k)) : shown.get(k);
      page.append("Dear Minister,\n\n")
          .append(String.join("\n\n", body))
          .append("\n\nSincerely,\n\nAlpha Watch\n=======\n");
    }
    List<Line> lines = new TextNormalizer().normalize(page.toString()).lines();
    List<LetterLayout> layouts =
        new LetterSplitter()
            .split(lines, new LineClassifier(ChromeFilter.standard()).classify(lines));
    assertEquals(order.size(), layouts.size());
    List<Diagnostic> warnings = new ArrayList<>();

    List<LetterLayout> kept =
        new DuplicateLetterFilter().filter("page.txt", lines, layouts, warnings);

    assertTrue(exact > 50 && edited > 50, exact + " exact and " + edited + " edited copies");
    assertEquals(DISTINCT, kept.size());
    for (int i = 0; i < DISTINCT; i++) {
      assertTrue(text(lines, kept.get(i)).startsWith("Letter " + i + " "), "kept letter " + i);
    }
    assertEquals(exact + edited, warnings.size());
    Map<Integer, Integer> letterAtLine = new HashMap<>();
    for (int k = 0; k < layouts.size(); k++) {
      letterAtLine.put(lines.get(layouts.get(k).firstLine()).number(), order.get(k));
    }
    for (Diagnostic warning : warnings) {
      Matcher m = REPEAT.matcher(warning.message());
      assertTrue(m.matches(), warning.message());
      int copyOf = -1 - letterAtLine.get(warning.line());
      assertEquals(copyOf, letterAtLine.get(Integer.parseInt(m.group(1))), warning.toString());
    }
  }

  private static String sentence(Random random, List<String> vocabulary) {
    StringBuilder s = new StringBuilder("We");
    for (int i = 0; i < 50; i++) {
      s.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return s.append('.').toString();
  }

  private static String text(List<Line> lines, LetterLayout layout) {
    StringBuilder s = new StringBuilder();
    for (int i : layout.bodyLines()) {
      s.append(lines.get(i).trimmed()).append('\n');
    }
    return s.toString().replaceFirst("^Dear Minister,\n", "");
  }
}
