package org.refrain.reports.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.refrain.analysis.coalition.Coalition;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.analysis.signatory.SignatoryResolution;
import org.refrain.corpus.Letter;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables of who signed which letter: every mention with the entity it resolved to, one letter's
 * signers, each entity's letters, and the entity by letter presence matrix for small corpora.
 */
public final class SignerTable {

  private SignerTable() {}

  /** One row per mention, letters in date order then list order, with the entity it resolved to. */
  public static Table mentions(SignatoryResolution resolution, Letter only) {
    LetterColumns letter = new LetterColumns();
    IntColumn position = IntColumn.create("position");
    StringColumn raw = StringColumn.create("raw");
    StringColumn name = StringColumn.create("name");
    StringColumn kind = StringColumn.create("kind");
    StringColumn acronym = StringColumn.create("acronym");
    StringColumn country = StringColumn.create("country");
    StringColumn entity = StringColumn.create("entity");
    StringColumn entityName = StringColumn.create("entity_name");
    for (Letter l : resolution.letters()) {
      if (only != null && !only.id().equals(l.id())) {
        continue;
      }
      for (int i = 0; i < l.signatories().size(); i++) {
        var m = l.signatories().get(i);
        SignatoryEntity e = resolution.entityOf(l.id(), i);
        letter.append(l);
        position.append(i);
        raw.append(Cells.oneLine(m.raw()));
        name.append(m.name());
        kind.append(m.kind().label());
        acronym.append(Cells.text(m.acronym()));
        country.append(Cells.text(m.country()));
        entity.append(e.id());
        entityName.append(e.name());
      }
    }
    return Tables.of(
        "signatory mentions",
        letter.columns(),
        position,
        raw,
        name,
        kind,
        acronym,
        country,
        entity,
        entityName);
  }

  /** A letter's signers for reading: position, the entry as written, entity and letters signed. */
  public static Table letterSigners(
      SignatoryResolution resolution, Letter letter, Function<SignatoryEntity, String> firstMark) {
    IntColumn position = IntColumn.create("#");
    StringColumn raw = StringColumn.create("entry");
    StringColumn entity = StringColumn.create("signatory");
    IntColumn letters = IntColumn.create("letters");
    StringColumn note = StringColumn.create("note");
    for (int i = 0; i < letter.signatories().size(); i++) {
      SignatoryEntity e = resolution.entityOf(letter.id(), i);
      position.append(i + 1);
      raw.append(Cells.oneLine(letter.signatories().get(i).raw()));
      entity.append(e.name());
      letters.append(e.letterCount());
      note.append(firstMark.apply(e));
    }
    return Tables.of("signers of " + letter.id(), position, raw, entity, letters, note);
  }

  /**
   * The most letters the entity x letter matrix ({@link #presence}) is built for: its cells grow
   * with entities times letters (10 million at 1,000 letters); larger corpora get the long form
   * ({@link #signed}) only.
   */
  public static final int MATRIX_LIMIT = 100;

  /**
   * Who signed which letter in long form: one row per entity (most letters first) and letter it
   * signed (in date order), linear in the mentions.
   */
  public static Table signed(Coalition coalition) {
    StringColumn entity = StringColumn.create("entity");
    StringColumn name = StringColumn.create("signatory");
    LetterColumns letter = new LetterColumns();
    for (SignatoryEntity e : coalition.resolution().entities()) {
      for (Letter l : coalition.letters(e)) {
        entity.append(e.id());
        name.append(e.name());
        letter.append(l);
      }
    }
    return Tables.of("signatory letters", entity, name, letter.columns());
  }

  /**
   * One row per entity (most letters first), one column per letter named by {@code labels} in the
   * coalition's date order: {@code x} where the entity signed. For at most {@link #MATRIX_LIMIT}
   * letters; each row is filled from the entity's letters, not by asking every cell.
   */
  public static Table presence(Coalition coalition, List<String> labels) {
    List<Letter> letters = coalition.letters();
    if (labels.size() != letters.size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for " + letters.size() + " letters");
    }
    if (letters.size() > MATRIX_LIMIT) {
      throw new IllegalArgumentException(
          letters.size() + " letters: the presence matrix is for at most " + MATRIX_LIMIT);
    }
    Map<String, Integer> column = new HashMap<>();
    for (int l = 0; l < letters.size(); l++) {
      column.put(letters.get(l).id(), l);
    }
    StringColumn entity = StringColumn.create("entity");
    StringColumn name = StringColumn.create("signatory");
    IntColumn count = IntColumn.create("letters");
    List<StringColumn> columns = new ArrayList<>();
    for (String label : labels) {
      columns.add(StringColumn.create(label));
    }
    String[] row = new String[letters.size()];
    for (SignatoryEntity e : coalition.resolution().entities()) {
      entity.append(e.id());
      name.append(e.name());
      count.append(e.letterCount());
      Arrays.fill(row, "");
      for (Letter l : coalition.letters(e)) {
        row[column.get(l.id())] = "x";
      }
      for (int l = 0; l < row.length; l++) {
        columns.get(l).append(row[l]);
      }
    }
    return Tables.of(
        "signatory presence", entity, name, count, columns.toArray(StringColumn[]::new));
  }
}
