package org.refrain.analysis.index;

import java.util.Locale;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index's fields. Two kinds of document: one per letter ({@code type:letter}, its paragraphs as
 * values of {@link #TEXT}, for letter counts and facets) and one per paragraph ({@code
 * type:passage}, the unit a search returns). Both carry the letter's metadata as filter fields.
 */
public final class IndexFields {

  private IndexFields() {}

  /**
   * The schema's version: an index stamped with another is built again. Change it with any change
   * to the fields, the analyzer or what a letter's documents hold.
   */
  public static final String SCHEMA = "refrain-index-2";

  public static final String TYPE = "type";
  public static final String LETTER_TYPE = "letter";
  public static final String PASSAGE_TYPE = "passage";

  /** The letter's {@link IndexedLetter#key()}, on all its documents. */
  public static final String KEY = "key";

  /** A passage's own key: the letter's key, {@code #}, the paragraph index. */
  public static final String PASSAGE_ID = "pid";

  public static final String LETTER = "letter";
  public static final String SOURCE = "source";
  public static final String INDEX = "index";
  public static final String PARAGRAPH = "paragraph";
  public static final String DATE = "date";

  /** Epoch day of the letter's date: points for ranges, doc values for sorting. */
  public static final String DAY = "day";

  public static final String YEAR = "year";
  public static final String ADDRESSEE = "addressee";
  public static final String ADDRESSEE_LABEL = "addressee_label";

  /** The venue's body and its body and session, folded: {@code hrc}, {@code hrc 49}. */
  public static final String VENUE = "venue";

  public static final String VENUE_LABEL = "venue_label";
  public static final String KIND = "kind";

  /** Demand ids, and each with its strength: {@code death-penalty}, {@code death-penalty:ask}. */
  public static final String DEMAND = "demand";

  public static final String SIGNATORY = "signatory";
  public static final String SIGNATORIES = "signatories";
  public static final String COUNTRY = "country";

  /** A passage's reuse family id (binary doc values, updated in place). */
  public static final String FAMILY = "family";

  /**
   * How many letters hold the passage's family, negative for a boilerplate family (numeric doc
   * values, updated in place).
   */
  public static final String FAMILY_LETTERS = "family_letters";

  /** On a letter's document: "demand id, tab, the sentence asking for it", one per asked demand. */
  public static final String WORDING = "wording";

  /** The text: a passage's paragraph, or a letter's paragraphs as values. */
  public static final String TEXT = "text";

  /** Commit data: the schema and what the index was made from. */
  public static final String COMMIT_SCHEMA = "schema";

  public static final String COMMIT_FINGERPRINT = "fingerprint";

  /** The facet dimensions, in the order they are shown. */
  public static final java.util.List<String> FACETS =
      java.util.List.of("year", "addressee", "venue", "kind", "demand", "country");

  /** The facets' configuration: demands and countries are many per letter. */
  public static FacetsConfig facets() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued("demand", true);
    config.setMultiValued("country", true);
    return config;
  }

  /** A venue as the filter field holds it: lower case, single spaces. */
  public static String venue(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
