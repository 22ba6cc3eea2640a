package org.refrain.corpus.metadata;

import java.util.Objects;

/**
 * The forum a letter is aimed at: a UN body and, where known, its session.
 *
 * @param body the body's short name: {@code HRC}, {@code UNGA}, {@code UNSC}, ...
 * @param session the session number, or null when neither stated nor inferable
 * @param inferred true when the session number was derived from the date rather than written
 * @param evidence the words the venue was read from
 */
public record Venue(String body, Integer session, boolean inferred, String evidence) {

  public Venue {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(evidence, "evidence");
    if (session != null && session < 1) {
      throw new IllegalArgumentException("session must be >= 1: " + session);
    }
  }

  /** Short display form: {@code HRC 49}, {@code UNGA 75 (inferred)}, {@code HRC}. */
  public String label() {
    return name() + (session != null && inferred ? " (inferred)" : "");
  }

  /** The body and session, however known: {@code HRC 49}, {@code HRC}. */
  public String name() {
    return session == null ? body : body + " " + session;
  }
}
