package org.refrain.analysis.signatory;

import java.util.Objects;

/**
 * One line of a user's alias file: {@code alias} is the same signatory as {@code canonical} (whose
 * spelling then names the entity), or, when {@code same} is false, never the same.
 *
 * @param source where the line is, "aliases.csv:4", for messages
 */
public record AliasRule(String source, String alias, String canonical, boolean same) {

  public AliasRule {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(canonical, "canonical");
    if (alias.isBlank() || canonical.isBlank()) {
      throw new IllegalArgumentException("alias and canonical must not be blank");
    }
  }
}
