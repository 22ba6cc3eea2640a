package org.refrain.analysis.demand;

import java.util.Locale;

/** How a letter holds a demand: it asks for action on it, or only mentions it. */
public enum Strength {
  /** The sentence requests action: "We urge ...", "Close all camps", "... should release ...". */
  ASK,
  /** The demand's subject is there, but nothing is asked: "The COI found ... prison camps". */
  MENTION;

  /** The name used in tables and JSON: {@code ask}, {@code mention}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The strength labelled {@code label}, any case. */
  public static Strength of(String label) {
    for (Strength s : values()) {
      if (s.label().equalsIgnoreCase(label.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException("strength is ask or mention, not '" + label + "'");
  }
}
