package org.refrain.analysis.signatory;

import java.util.List;
import java.util.Objects;

/**
 * A country an entity is listed under, with the letters that list it so.
 *
 * @param country canonical country name
 * @param letters ids of those letters, in date order
 */
public record CountryCount(String country, List<String> letters) {

  public CountryCount {
    Objects.requireNonNull(country, "country");
    letters = List.copyOf(letters);
  }
}
