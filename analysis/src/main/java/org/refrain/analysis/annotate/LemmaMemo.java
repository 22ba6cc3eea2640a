package org.refrain.analysis.annotate;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import opennlp.tools.lemmatizer.Lemmatizer;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;

/**
 * Lemmas memoised per (token, tag). OpenNLP's lemmatizer costs about twelve part-of-speech taggings
 * per token, and a corpus of letters repeats the same few thousand (token, tag) pairs; each pair is
 * lemmatised once, in a fixed frame ("The TOKEN ."), so the lemma never depends on which sentence
 * (or thread) met it first and annotation stays deterministic under parallelism. The frame matters:
 * alone, the model turns "mechanisms" into "mechanisalms"; framed, it agrees with lemmatising the
 * whole sentence on every content word of the sample corpus ({@code LemmaMemoTest}).
 *
 * <p>Built on a {@link LemmatizerModel}, a miss asks the model directly, greedily, position by
 * position in the frame: the same features and model as {@code LemmatizerME}, without its beam
 * search, which sorts every outcome's score at every position and was half the cost of a miss
 * (measured by {@code AnnotationThroughput}). Numbers and punctuation never reach the model and are
 * not stored. Thread-safe: the model and context generator are stateless, and a miss is computed
 * outside the map's locks (two threads may compute the same lemma; they agree).
 */
public final class LemmaMemo {

  private final BiFunction<String, String, String> model;
  private final Map<String, String> lemmas = new ConcurrentHashMap<>();

  private LemmaMemo(BiFunction<String, String, String> model) {
    this.model = model;
  }

  /** A memo asking {@code lemmatizer} (beam search) for each new pair. */
  public LemmaMemo(Lemmatizer lemmatizer) {
    this(
        (token, tag) ->
            lemmatizer
                .lemmatize(new String[] {"The", token, "."}, new String[] {"DET", tag, "PUNCT"})[
                1]);
  }

  /** A memo asking the model behind {@code lemmas} directly, greedily, for each new pair. */
  public static LemmaMemo of(LemmatizerModel lemmas) {
    Object artifact = lemmas.getArtifact("lemmatizer.model");
    if (!(artifact instanceof MaxentModel maxent)) {
      return new LemmaMemo(new opennlp.tools.lemmatizer.ThreadSafeLemmatizerME(lemmas));
    }
    LemmatizerContextGenerator context = lemmas.getFactory().getContextGenerator();
    return new LemmaMemo((token, tag) -> greedy(maxent, context, token, tag));
  }

  private static String greedy(
      MaxentModel model, LemmatizerContextGenerator context, String token, String tag) {
    String[] words = {"The", token, "."};
    String[] tags = {"DET", tag, "PUNCT"};
    String first = best(model, context.getContext(0, words, tags, new String[0]));
    String script = best(model, context.getContext(1, words, tags, new String[] {first}));
    String lemma = StringUtil.decodeShortestEditScript(StringUtil.toLowerCase(token), script);
    return lemma.isEmpty() ? "_" : lemma;
  }

  private static String best(MaxentModel model, String[] features) {
    return model.getBestOutcome(model.eval(features));
  }

  /** The lemma of each token given its tag. */
  public String[] lemmatize(String[] tokens, String[] tags) {
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = lemma(tokens[i], tags[i]);
    }
    return out;
  }

  /** Distinct (token, tag) pairs lemmatised by the model so far. */
  public int size() {
    return lemmas.size();
  }

  private String lemma(String token, String tag) {
    if (!Token.hasLetterOrDigit(token) || tag.equals("NUM") || tag.equals("PUNCT")) {
      return Token.normalize(token);
    }
    String key = tag + '\u0000' + token;
    String lemma = lemmas.get(key);
    if (lemma == null) {
      lemma = clean(token, Objects.requireNonNull(model.apply(token, tag)));
      lemmas.putIfAbsent(key, lemma);
    }
    return lemma;
  }

  private static String clean(String token, String lemma) {
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
