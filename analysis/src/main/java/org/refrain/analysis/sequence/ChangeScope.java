package org.refrain.analysis.sequence;

import java.util.Locale;

/** Which letter a letter is compared with: the one before it, to the same addressee, or venue. */
public enum ChangeScope {
  /** The letter before it in date order. */
  ALL,
  /** The latest earlier letter to the same addressee ("President Moon Jae-in"). */
  ADDRESSEE,
  /** The latest earlier letter to the same UN body ("HRC"), whatever the session. */
  VENUE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
