package org.refrain.analysis.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.signatory.SignatoryMention;

/** Makes a letter's documents: the letter's own, then one per paragraph, as one block. */
final class LetterDocuments {

  /** Passage text: stored, with offsets in the postings for the highlighter. */
  static final FieldType PASSAGE_TEXT = passageText();

  /** A letter's text: as a passage's (one schema per field), not stored. */
  static final FieldType LETTER_TEXT = letterText();

  private static FieldType letterText() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType passageText() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private final FacetsConfig facets;

  LetterDocuments(FacetsConfig facets) {
    this.facets = facets;
  }

  /** The letter's documents, letter first. */
  List<Document> of(IndexedLetter indexed) throws java.io.IOException {
    Letter letter = indexed.letter();
    String key = indexed.key();
    List<Document> docs = new ArrayList<>();
    Document own = new Document();
    own.add(new StringField(IndexFields.TYPE, IndexFields.LETTER_TYPE, Field.Store.NO));
    own.add(new StringField(IndexFields.KEY, key, Field.Store.YES));
    common(own, indexed);
    for (Paragraph p : letter.paragraphs()) {
      own.add(new Field(IndexFields.TEXT, p.text(), LETTER_TEXT));
    }
    indexed
        .wording()
        .forEach((id, text) -> own.add(new StoredField(IndexFields.WORDING, id + "\t" + text)));
    // Facets only on the letter's own document, so counts are letters.
    int year = year(letter);
    if (year > 0) {
      own.add(new SortedSetDocValuesFacetField("year", Integer.toString(year)));
    }
    if (letter.addressee() != null && !letter.addressee().isBlank()) {
      own.add(new SortedSetDocValuesFacetField("addressee", letter.addressee()));
    }
    if (letter.venue() != null) {
      own.add(new SortedSetDocValuesFacetField("venue", letter.venue().name()));
    }
    own.add(new SortedSetDocValuesFacetField("kind", letter.kind().label()));
    for (String demand : indexed.demands().keySet()) {
      own.add(new SortedSetDocValuesFacetField("demand", demand));
    }
    for (String country : countries(letter)) {
      own.add(new SortedSetDocValuesFacetField("country", country));
    }
    docs.add(facets.build(own));
    List<Paragraph> paragraphs = letter.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      Document doc = new Document();
      doc.add(new StringField(IndexFields.TYPE, IndexFields.PASSAGE_TYPE, Field.Store.NO));
      doc.add(new StringField(IndexFields.KEY, key, Field.Store.YES));
      doc.add(new StringField(IndexFields.PASSAGE_ID, key + "#" + i, Field.Store.NO));
      common(doc, indexed);
      doc.add(new StoredField(IndexFields.PARAGRAPH, i));
      doc.add(new Field(IndexFields.TEXT, p.text(), PASSAGE_TEXT));
      IndexedLetter.Family family = indexed.families().get(i);
      doc.add(
          new BinaryDocValuesField(
              IndexFields.FAMILY, new BytesRef(family == null ? "" : family.id())));
      doc.add(
          new NumericDocValuesField(
              IndexFields.FAMILY_LETTERS, LetterDocuments.familyValue(family)));
      docs.add(doc);
    }
    return docs;
  }

  /**
   * A family's numeric doc value: letters holding it, negative when it is boilerplate; 0 without a
   * family.
   */
  static long familyValue(IndexedLetter.Family family) {
    if (family == null) {
      return 0;
    }
    return family.boilerplate() ? -family.letters() : family.letters();
  }

  /** The fields every document of a letter has: what it is, where from, its metadata. */
  private static void common(Document doc, IndexedLetter indexed) {
    Letter letter = indexed.letter();
    doc.add(new StringField(IndexFields.LETTER, letter.id(), Field.Store.YES));
    doc.add(new StoredField(IndexFields.SOURCE, letter.source()));
    doc.add(new StoredField(IndexFields.INDEX, letter.index()));
    if (letter.date() != null) {
      long day = letter.date().value().toEpochDay();
      doc.add(new StoredField(IndexFields.DATE, letter.date().iso()));
      doc.add(new LongPoint(IndexFields.DAY, day));
      doc.add(new NumericDocValuesField(IndexFields.DAY, day));
      int year = letter.date().value().getYear();
      doc.add(new IntPoint(IndexFields.YEAR, year));
      doc.add(new NumericDocValuesField(IndexFields.YEAR, year));
    }
    if (letter.addressee() != null) {
      doc.add(new TextField(IndexFields.ADDRESSEE, letter.addressee(), Field.Store.NO));
      doc.add(new StoredField(IndexFields.ADDRESSEE_LABEL, letter.addressee()));
    }
    if (letter.venue() != null) {
      doc.add(
          new StringField(
              IndexFields.VENUE, IndexFields.venue(letter.venue().body()), Field.Store.NO));
      if (letter.venue().session() != null) {
        doc.add(
            new StringField(
                IndexFields.VENUE, IndexFields.venue(letter.venue().name()), Field.Store.NO));
      }
      doc.add(new StoredField(IndexFields.VENUE_LABEL, letter.venue().name()));
    }
    doc.add(new StringField(IndexFields.KIND, letter.kind().label(), Field.Store.NO));
    indexed
        .demands()
        .forEach(
            (id, strength) -> {
              doc.add(new StringField(IndexFields.DEMAND, id, Field.Store.NO));
              doc.add(
                  new StringField(IndexFields.DEMAND, id + ":" + strength.label(), Field.Store.NO));
            });
    for (SignatoryMention m : letter.signatories()) {
      doc.add(new TextField(IndexFields.SIGNATORY, m.name(), Field.Store.NO));
      if (m.acronym() != null) {
        doc.add(new TextField(IndexFields.SIGNATORY, m.acronym(), Field.Store.NO));
      }
    }
    for (String country : countries(letter)) {
      doc.add(new StringField(IndexFields.COUNTRY, country, Field.Store.NO));
    }
    doc.add(new StoredField(IndexFields.SIGNATORIES, signatories(letter)));
  }

  /** The first few signatories' names, for showing with a match. */
  static String signatories(Letter letter) {
    List<String> names = new ArrayList<>();
    for (SignatoryMention m : letter.signatories()) {
      if (names.size() == 3) {
        names.add("…");
        break;
      }
      names.add(m.name());
    }
    return String.join("; ", names);
  }

  private static Set<String> countries(Letter letter) {
    Set<String> out = new LinkedHashSet<>();
    for (SignatoryMention m : letter.signatories()) {
      if (m.country() != null && !m.country().isBlank()) {
        out.add(m.country());
      }
    }
    return out;
  }

  private static int year(Letter letter) {
    return letter.date() == null ? 0 : letter.date().value().getYear();
  }
}
