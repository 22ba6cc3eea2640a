package org.refrain.analysis.signatory;

import java.util.Objects;

/**
 * Why two spellings became one entity: the two names as first written and the match that joined
 * them (rule, score, detail). A user alias has rule {@link MatchRule#USER_ALIAS} and score 1.
 */
public record Merge(String a, String b, Match match) {

  public Merge {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(match, "match");
  }
}
