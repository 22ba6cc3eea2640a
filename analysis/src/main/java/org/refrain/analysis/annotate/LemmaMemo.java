package org.refrain.analysis.annotate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.Lemmatizer;

/**
 * Lemmas memoised per (token, tag). OpenNLP's lemmatizer costs about twelve part-of-speech taggings
 * per token, and a corpus of letters repeats the same few thousand (token, tag) pairs; each pair is
 * lemmatised once, in a fixed frame ("The TOKEN ."), so the lemma never depends on which sentence
 * (or thread) met it first and annotation stays deterministic under parallelism. The frame matters:
 * alone, the model turns "mechanisms" into "mechanisalms"; framed, it agrees with lemmatising the
 * whole sentence on every content word of the sample corpus ({@code LemmaMemoTest}). Thread-safe.
 */
public final class LemmaMemo {

  private final Lemmatizer lemmatizer;
  private final Map<String, String> lemmas = new ConcurrentHashMap<>();

  public LemmaMemo(Lemmatizer lemmatizer) {
    this.lemmatizer = lemmatizer;
  }

  /** The lemma of each token given its tag. */
  public String[] lemmatize(String[] tokens, String[] tags) {
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      String tag = tags[i];
      out[i] = lemmas.computeIfAbsent(tag + '\u0000' + token, k -> lemmaOf(token, tag));
    }
    return out;
  }

  /** Distinct (token, tag) pairs lemmatised so far. */
  public int size() {
    return lemmas.size();
  }

  private String lemmaOf(String token, String tag) {
    if (!Token.hasLetterOrDigit(token) || tag.equals("NUM") || tag.equals("PUNCT")) {
      return Token.normalize(token);
    }
    String lemma =
        lemmatizer
            .lemmatize(new String[] {"The", token, "."}, new String[] {"DET", tag, "PUNCT"})[1];
    // A contraction tagged "NOUN+PART" ("government’s") gets "government+'s": keep the head.
    int plus = lemma.indexOf('+');
    if (plus > 0) {
      lemma = lemma.substring(0, plus);
    }
    // The model answers "O" or "_" when no edit script applies: keep the word itself.
    if (lemma.isEmpty() || lemma.equals("O") || lemma.equals("_")) {
      return Token.normalize(token);
    }
    return Token.normalize(lemma);
  }
}
