package org.refrain.benchmarks.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
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

  private static String punctuation(String text) {
    return text.replaceAll("[\\p{L}\\d]", "");
  }
}
