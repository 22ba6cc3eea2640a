package org.refrain.reports.table;

import java.util.ArrayList;
import java.util.List;
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
 * signers, and the entity by letter presence matrix.
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
   * One row per entity (most letters first), one column per letter named by {@code labels} in the
   * coalition's date order: {@code x} where the entity signed.
   */
  public static Table presence(Coalition coalition, List<String> labels) {
    List<Letter> letters = coalition.letters();
    if (labels.size() != letters.size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for " + letters.size() + " letters");
    }
    StringColumn entity = StringColumn.create("entity");
    StringColumn name = StringColumn.create("signatory");
    IntColumn count = IntColumn.create("letters");
    List<StringColumn> columns = new ArrayList<>();
    for (String label : labels) {
      columns.add(StringColumn.create(label));
    }
    for (SignatoryEntity e : coalition.resolution().entities()) {
      entity.append(e.id());
      name.append(e.name());
      count.append(e.letterCount());
      for (int l = 0; l < letters.size(); l++) {
        columns.get(l).append(coalition.signed(e, letters.get(l)) ? "x" : "");
      }
    }
    return Tables.of(
        "signatory presence", entity, name, count, columns.toArray(StringColumn[]::new));
  }
}
