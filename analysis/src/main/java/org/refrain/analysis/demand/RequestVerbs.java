package org.refrain.analysis.demand;

import java.util.List;
import java.util.Objects;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * The one list of request verbs ("urge", "call on", "recommend"), {@code request-verbs.tsv}: what
 * the {@link AskDetector} looks for when deciding whether "we" ask, a clause asks, or a sentence
 * reports someone else's request.
 *
 * @param verbs each verb's label and pattern, in the file's order
 */
public record RequestVerbs(List<Verb> verbs) {

  static final String RESOURCE = "request-verbs.tsv";

  /**
   * One request verb.
   *
   * @param label the name reported ("call on")
   * @param pattern what it matches, by lemma ("call on|upon")
   */
  public record Verb(String label, TokenPattern pattern) {
    public Verb {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(pattern, "pattern");
      if (label.isBlank()) {
        throw new IllegalArgumentException("a request verb needs a label");
      }
    }
  }

  public RequestVerbs {
    verbs = List.copyOf(verbs);
  }

  /** The bundled list. */
  public static RequestVerbs bundled() {
    return of(Lexicon.bundled());
  }

  /**
   * The list of {@code lexicon}, read once per lexicon.
   *
   * @throws org.refrain.corpus.lexicon.LexiconException naming the line that does not parse
   */
  public static RequestVerbs of(Lexicon lexicon) {
    return lexicon.once(
        RequestVerbs.class,
        () ->
            new RequestVerbs(
                lexicon.each(
                    RequestVerbs.class,
                    RESOURCE,
                    e -> {
                      List<String> fields = e.fields(2, "label, pattern");
                      return new Verb(fields.get(0), TokenPattern.of(fields.get(1)));
                    })));
  }
}
