package org.refrain.corpus.signatory;

import java.util.Objects;

/**
 * A possible person entry cut into its parts: "Yanghee Lee, Ph.D.Former UN Special Rapporteur ..."
 * gives name "Yanghee Lee", postNominal "Ph.D.", description "Former UN Special Rapporteur ...".
 *
 * @param name the text before the first separator (the whole text when there is none)
 * @param postNominal a title written after the name and its comma ("Lord", "Ph.D."), or null
 * @param description what follows the name, or null
 */
record PersonSplit(String name, String postNominal, String description) {

  PersonSplit {
    Objects.requireNonNull(name, "name");
  }

  boolean isBare() {
    return postNominal == null && description == null;
  }
}
