package org.refrain.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class TextVariatorTest {

  private static final String TEXT =
      "South Korea played an integral role in these efforts to improve human rights in North"
          + " Korea. Every year from 2008 to 2018, the South Korean government co-sponsored"
          + " resolutions on the DPRK, on March 23, 2021.";

  private static TextVariator variator(SyntheticOptions options) {
    return new TextVariator(options, SampleLexicon.of(List.of(TEXT)), new WordInventor(0.25));
  }

  @Test
  void keepsFunctionWordsAndPunctuation() {
    SyntheticOptions all =
        SyntheticOptions.of(1, Target.letters(1)).withReplaceShare(1).withNameShare(1);
    String varied = variator(all).vary(TEXT, 0, new SplittableRandom(1));
    assertNotEquals(TEXT, varied);
    assertEquals(punctuation(TEXT), punctuation(varied));
    assertTrue(varied.contains(" in these "), varied);
    assertTrue(varied.contains(" from 2008 to 2018, the "), varied);
  }

  @Test
  void changesNothingButNumbersWhenSharesAreZero() {
    SyntheticOptions none =
        SyntheticOptions.of(1, Target.letters(1)).withReplaceShare(0).withNameShare(0);
    String varied = variator(none).vary(TEXT, 2, new SplittableRandom(1));
    assertEquals(TEXT.replaceAll("\\d+", "#"), varied.replaceAll("\\d+", "#"));
    assertTrue(varied.contains("from 2010 to 2020"), varied);
  }

  @Test
  void aFunctionShareSwapsFunctionWordsAndOnlyThem() {
    SyntheticOptions swap =
        SyntheticOptions.of(1, Target.letters(1))
            .withReplaceShare(0)
            .withNameShare(0)
            .withFunctionShare(1);
    String varied = variator(swap).vary(TEXT, 0, new SplittableRandom(1));
    List<String> before = words(TEXT);
    List<String> after = words(varied);
    assertEquals(before.size(), after.size(), varied);
    int swapped = 0;
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        swapped++;
        assertTrue(
            TextVariator.isGrammarWord(before.get(i)), before.get(i) + " became " + after.get(i));
      }
    }
    assertTrue(swapped >= 5, varied);
    assertTrue(varied.contains("integral role"), varied);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = TextVariator.WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static String punctuation(String text) {
    return text.replaceAll("[\\p{L}\\d]", "");
  }
}
