package org.refrain.analysis.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.refrain.corpus.Span;

/**
 * What a search found: the best passages, how many passages and letters matched, the matching
 * letters counted by facet, and matching passages per year.
 *
 * @param hits the best passages, best first (ties by letter id and paragraph)
 * @param total passages matched
 * @param letters letters with a matching passage
 * @param facets per dimension ({@link IndexFields#FACETS}), letters per value, most first
 * @param perYear passages matched per year of their letter's date (undated letters left out)
 */
public record SearchResult(
    List<Hit> hits,
    long total,
    long letters,
    Map<String, List<FacetCount>> facets,
    SortedMap<Integer, Long> perYear) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    perYear = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(perYear));
  }

  /** A value of a facet and the letters having it. */
  public record FacetCount(String value, long letters) {
    public FacetCount {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * One passage found.
   *
   * @param letter the letter's id
   * @param source the document it was read from
   * @param index the letter's place in its document (1 for the first)
   * @param paragraph the paragraph's place in the letter (0 for the first)
   * @param date the letter's date (ISO), or null
   * @param addressee the letter's addressee, or null
   * @param venue the letter's venue ("HRC 49"), or null
   * @param signatories the first signatories, "; " between them
   * @param score the relevance score
   * @param text the paragraph
   * @param highlights where the query matched, spans into {@code text}, in order
   * @param family the reuse family of its wording, or null
   * @param familyLetters letters holding that wording (1 when it has no family)
   * @param boilerplate whether that family is formula (salutation, opener, closing)
   */
  public record Hit(
      String letter,
      String source,
      int index,
      int paragraph,
      String date,
      String addressee,
      String venue,
      String signatories,
      float score,
      String text,
      List<Span> highlights,
      String family,
      int familyLetters,
      boolean boilerplate) {

    public Hit {
      Objects.requireNonNull(letter, "letter");
      Objects.requireNonNull(text, "text");
      highlights = List.copyOf(highlights);
      for (Span s : highlights) {
        if (s.end() > text.length()) {
          throw new IllegalArgumentException("highlight " + s + " outside the passage");
        }
      }
    }
  }
}
