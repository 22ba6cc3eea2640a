package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refrain.analysis.annotate.AnnotatedLetter;

/**
 * A letter's rhetoric: every directive, modal, first-person plural, hedge, mechanism and named
 * person found, with where it stands, and the sentences holding a directive.
 *
 * @param letter the letter
 * @param matches the features found, in text order within each category, categories in enum order
 * @param directives the sentences holding a request verb, in text order
 */
public record RhetoricProfile(
    AnnotatedLetter letter, List<RhetoricMatch> matches, List<Directive> directives) {

  public RhetoricProfile {
    Objects.requireNonNull(letter, "letter");
    matches = List.copyOf(matches);
    directives = List.copyOf(directives);
  }

  public int words() {
    return letter.words();
  }

  public int count(RhetoricCategory category) {
    int n = 0;
    for (RhetoricMatch match : matches) {
      if (match.category() == category) {
        n++;
      }
    }
    return n;
  }

  /** Matches of {@code category} per 1,000 words (0 for a letter without words). */
  public double perThousand(RhetoricCategory category) {
    return words() == 0 ? 0 : 1000.0 * count(category) / words();
  }

  /** Each distinct label of {@code category} with its count, in order of first appearance. */
  public Map<String, Integer> labels(RhetoricCategory category) {
    Map<String, Integer> labels = new LinkedHashMap<>();
    for (RhetoricMatch match : matches) {
      if (match.category() == category) {
        labels.merge(match.label(), 1, Integer::sum);
      }
    }
    return labels;
  }

  /** The matches of one category. */
  public List<RhetoricMatch> matches(RhetoricCategory category) {
    List<RhetoricMatch> list = new ArrayList<>();
    for (RhetoricMatch match : matches) {
      if (match.category() == category) {
        list.add(match);
      }
    }
    return list;
  }
}
