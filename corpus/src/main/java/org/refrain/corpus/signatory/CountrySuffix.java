package org.refrain.corpus.signatory;

import java.util.Objects;

/**
 * A country found at the end of a string, after a comma ("The 88 Project, U.S.A."), in parentheses
 * ("Burma Partnership (Thailand)") or glued to the name ("Human AsiaSouth Korea").
 *
 * @param country the canonical country name
 * @param written the country as the string writes it ("U.S.A.")
 * @param nameEnd where the text before the country and its separator ends: {@code text.substring(0,
 *     nameEnd)} is the rest of the entry
 */
public record CountrySuffix(String country, String written, int nameEnd) {

  public CountrySuffix {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(written, "written");
    if (nameEnd < 1) {
      throw new IllegalArgumentException("nameEnd must be >= 1: " + nameEnd);
    }
  }
}
