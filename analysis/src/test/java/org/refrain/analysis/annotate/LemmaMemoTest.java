package org.refrain.analysis.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import org.junit.jupiter.api.Test;

/**
 * The memo's lemmas, made in a fixed frame, against OpenNLP's lemmatizer run on whole sentences of
 * the sample corpus: the accuracy claim in {@link LemmaMemo}'s javadoc.
 */
class LemmaMemoTest {

  private static final Set<String> CONTENT = Set.of("NOUN", "VERB", "ADJ", "ADV", "PROPN", "AUX");

  private static LemmaMemo freshMemo() {
    return new LemmaMemo(new LemmatizerME(EnglishModels.shared().lemmas()));
  }

  private static String[] words(Sentence s) {
    return s.tokens().stream().map(Token::text).toArray(String[]::new);
  }

  private static String[] tags(Sentence s) {
    return s.tokens().stream().map(Token::tag).toArray(String[]::new);
  }

  private static List<Sentence> corpusSentences() {
    List<Sentence> all = new ArrayList<>();
    for (AnnotatedLetter a : AnnotateFixtures.annotatedBundled()) {
      all.addAll(a.sentences());
    }
    return all;
  }

  @Test
  void memoisedLemmasAgreeWithWholeSentenceLemmasOnEveryContentWord() {
    LemmatizerME inContext = new LemmatizerME(EnglishModels.shared().lemmas());
    int compared = 0;
    List<String> disagreements = new ArrayList<>();
    for (Sentence sentence : corpusSentences()) {
      String[] words = words(sentence);
      String[] tags = tags(sentence);
      String[] expected = inContext.lemmatize(words, tags);
      for (int i = 0; i < words.length; i++) {
        if (!CONTENT.contains(tags[i])) {
          continue;
        }
        compared++;
        String memo = sentence.tokens().get(i).lemma();
        if (!memo.equals(Token.normalize(expected[i]))) {
          disagreements.add(
              words[i] + "/" + tags[i] + ": memo " + memo + ", sentence " + expected[i]);
        }
      }
    }
    // 2,756 content words in the sample corpus (OpenNLP models 1.3, lemmatizer 2.5.x).
    assertTrue(compared > 2500, "only " + compared + " content words compared");
    assertEquals(
        List.of(),
        disagreements,
        disagreements.size() + " of " + compared + " content words disagree");
  }

  @Test
  void theGreedyModelMemoAgreesWithTheBeamSearchMemoOnEveryToken() {
    // The annotator's memo asks the model directly (LemmaMemo.of); the beam-search lemmatizer is
    // the reference. Every token of the sample corpus, content words or not.
    LemmaMemo greedy = LemmaMemo.of(EnglishModels.shared().lemmas());
    LemmaMemo beam = freshMemo();
    int compared = 0;
    for (Sentence sentence : corpusSentences()) {
      assertArrayEquals(
          beam.lemmatize(words(sentence), tags(sentence)),
          greedy.lemmatize(words(sentence), tags(sentence)),
          sentence.toString());
      compared += sentence.tokens().size();
    }
    assertTrue(compared > 4000, "only " + compared + " tokens compared");
  }

  @Test
  void lemmasDoNotDependOnTheOrderSentencesAreMet() {
    List<Sentence> sentences = corpusSentences();
    LemmaMemo forward = freshMemo();
    LemmaMemo backward = freshMemo();
    String[][] forwardLemmas = new String[sentences.size()][];
    String[][] backwardLemmas = new String[sentences.size()][];
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      forwardLemmas[i] = forward.lemmatize(words(s), tags(s));
    }
    for (int i = sentences.size() - 1; i >= 0; i--) {
      Sentence s = sentences.get(i);
      backwardLemmas[i] = backward.lemmatize(words(s), tags(s));
    }
    for (int i = 0; i < sentences.size(); i++) {
      assertArrayEquals(forwardLemmas[i], backwardLemmas[i], "sentence " + i);
      String[] annotated =
          sentences.get(i).tokens().stream().map(Token::lemma).toArray(String[]::new);
      assertArrayEquals(annotated, forwardLemmas[i], "sentence " + i + " against the annotator");
    }
    assertEquals(forward.size(), backward.size());
  }

  @Test
  void theFrameRepairsWhatTheModelGetsWrongOnABareWord() {
    LemmaMemo memo = freshMemo();
    assertArrayEquals(
        new String[] {"mechanism", "prisoner", "camp", "be"},
        memo.lemmatize(
            new String[] {"mechanisms", "prisoners", "camps", "were"},
            new String[] {"NOUN", "NOUN", "NOUN", "AUX"}));
  }

  @Test
  void numbersPunctuationAndSymbolsKeepTheirNormalisedText() {
    LemmaMemo memo = freshMemo();
    assertArrayEquals(
        new String[] {"2020", "seven", "'", "—", "46/17", "(“"},
        memo.lemmatize(
            new String[] {"2020", "Seven", "’", "—", "46/17", "(“"},
            new String[] {"NUM", "NUM", "PUNCT", "PUNCT", "NUM", "X"}));
  }

  @Test
  void possessiveContractionKeepsTheHead() {
    LemmaMemo memo = freshMemo();
    assertArrayEquals(
        new String[] {"government", "country"},
        memo.lemmatize(
            new String[] {"government’s", "country’s"}, new String[] {"NOUN+PART", "NOUN+PART"}));
  }

  @Test
  void lemmasAreLowerCase() {
    LemmaMemo memo = freshMemo();
    String[] lemmas =
        memo.lemmatize(
            new String[] {"Korea", "Council", "URGE"}, new String[] {"PROPN", "PROPN", "VERB"});
    for (String lemma : lemmas) {
      assertEquals(Token.normalize(lemma), lemma);
    }
    assertEquals("korea", lemmas[0]);
  }

  @Test
  void eachTokenAndTagPairIsLemmatisedOnce() {
    LemmaMemo memo = freshMemo();
    memo.lemmatize(new String[] {"urge", "urge", "Urge"}, new String[] {"VERB", "VERB", "VERB"});
    assertEquals(2, memo.size());
    memo.lemmatize(new String[] {"urge"}, new String[] {"NOUN"});
    assertEquals(3, memo.size());
    assertEquals(0, memo.lemmatize(new String[0], new String[0]).length);
  }
}
