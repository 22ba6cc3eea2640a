package org.refrain.analysis.index;

import java.time.LocalDate;
import java.util.Objects;
import org.refrain.analysis.demand.Strength;

/**
 * A search: a query in Lucene's syntax and filters on the letters its passages come from.
 *
 * @param query the query: words, "phrases", "close camps"~5, AND/OR/NOT, wildcards, fuzzy~
 * @param filter which letters' passages count
 * @param limit how many hits to return
 */
public record SearchRequest(String query, Filter filter, int limit) {

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(filter, "filter");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
  }

  /**
   * Which letters a search looks in; a null field does not filter.
   *
   * @param demand a demand id the letter holds
   * @param strength with {@code demand}: how the letter must hold it (ask or mention)
   * @param from the earliest letter date, inclusive
   * @param to the latest letter date, inclusive
   * @param addressee words the addressee must have (all of them)
   * @param venue a body ("HRC") or body and session ("HRC 49")
   * @param signatory a signatory's name or acronym, as a phrase
   */
  public record Filter(
      String demand,
      Strength strength,
      LocalDate from,
      LocalDate to,
      String addressee,
      String venue,
      String signatory) {

    public static final Filter NONE = new Filter(null, null, null, null, null, null, null);

    public Filter {
      if (strength != null && demand == null) {
        throw new IllegalArgumentException("a strength needs a demand");
      }
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("from " + from + " is after to " + to);
      }
    }
  }
}
