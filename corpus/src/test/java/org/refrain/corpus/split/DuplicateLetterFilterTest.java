package org.refrain.corpus.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.Span;
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

  /**
   * The decisions of comparing each letter with every earlier one by the Jaccard of its 5-gram
   * strings (the filter before it was indexed), on small pages of letters near the threshold: a
   * short vocabulary, copies with a few words changed, bodies of under five words, empty bodies.
   */
  @Test
  void decidesAsComparingEveryPairDid() {
    Random random = new Random(21);
    int dropped = 0;
    int copiesKept = 0;
    for (int page = 0; page < 300; page++) {
      List<Line> lines = new ArrayList<>();
      List<LetterLayout> layouts = new ArrayList<>();
      List<List<String>> bodies = new ArrayList<>();
      for (int letter = 0; letter < 2 + random.nextInt(25); letter++) {
        List<String> words;
        boolean copy = !bodies.isEmpty() && random.nextInt(3) > 0;
        if (copy) {
          words = new ArrayList<>(bodies.get(random.nextInt(bodies.size())));
          for (int k = random.nextInt(4); k > 0 && !words.isEmpty(); k--) {
            words.set(random.nextInt(words.size()), "v" + random.nextInt(6));
          }
        } else {
          words = new ArrayList<>();
          int length = random.nextInt(5) == 0 ? random.nextInt(6) : 20 + random.nextInt(80);
          for (int k = 0; k < length; k++) {
            words.add("w" + random.nextInt(random.nextBoolean() ? 8 : 400));
          }
        }
        bodies.add(words);
        List<Integer> body = new ArrayList<>();
        for (int from = 0; from < words.size() || body.isEmpty(); from += 13) {
          String text = String.join(" ", words.subList(from, Math.min(words.size(), from + 13)));
          int start = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).span().end() + 1;
          lines.add(new Line(lines.size() + 1, Span.of(start, start + text.length()), text));
          body.add(lines.size() - 1);
        }
        layouts.add(new LetterLayout(List.of(), List.of(), List.of(), -1, body, List.of()));
        copiesKept += copy ? 1 : 0;
      }
      List<Diagnostic> warnings = new ArrayList<>();
      List<Diagnostic> expectedWarnings = new ArrayList<>();

      List<LetterLayout> kept = new DuplicateLetterFilter().filter("p", lines, layouts, warnings);

      assertEquals(pairwise(lines, layouts, expectedWarnings), kept, "page " + page);
      assertEquals(expectedWarnings, warnings, "page " + page);
      dropped += warnings.size();
      copiesKept -= warnings.size();
    }
    assertTrue(dropped > 200 && copiesKept > 200, dropped + " dropped, " + copiesKept + " kept");
  }

  /** The filter as it was: every earlier kept letter, Jaccard of 5-gram strings. */
  private static List<LetterLayout> pairwise(
      List<Line> lines, List<LetterLayout> layouts, List<Diagnostic> out) {
    List<LetterLayout> kept = new ArrayList<>();
    List<Set<String>> keptShingles = new ArrayList<>();
    for (LetterLayout layout : layouts) {
      List<String> words = new ArrayList<>();
      for (int i : layout.bodyLines()) {
        for (String w : lines.get(i).text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
      Set<String> shingles = new HashSet<>();
      for (int i = 0; i + 5 <= words.size(); i++) {
        shingles.add(String.join(" ", words.subList(i, i + 5)));
      }
      if (shingles.isEmpty()) {
        shingles.add(String.join(" ", words));
      }
      int same = -1;
      for (int i = 0; i < kept.size() && same < 0; i++) {
        Set<String> common = new HashSet<>(shingles);
        common.retainAll(keptShingles.get(i));
        int union = shingles.size() + keptShingles.get(i).size() - common.size();
        if ((double) common.size() / union >= DuplicateLetterFilter.SAME_LETTER) {
          same = i;
        }
      }
      if (same < 0) {
        kept.add(layout);
        keptShingles.add(shingles);
      } else {
        out.add(
            Diagnostic.warning(
                "p",
                lines.get(layout.firstLine()).number(),
                "repeats the letter at line "
                    + lines.get(kept.get(same).firstLine()).number()
                    + "; read once"));
      }
    }
    return kept;
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
