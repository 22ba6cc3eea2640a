package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;

/**
 * A letter whose signatories stand in a table of name and country, as Word, ODT and RTF files hold
 * them: whatever the format, the table is read as the signatory list.
 */
final class SignatoryTables {

  /** The table's rows, as "name/country". */
  static final List<String> SIGNERS =
      List.of(
          "Alpha Watch/Japan",
          "Beta Rights Network/South Korea",
          "Gamma Justice Centre/United Kingdom",
          "Delta Refugee Aid/Japan");

  private SignatoryTables() {}

  /**
   * Reads {@code dir} and checks that it holds one letter whose signatories are {@link #SIGNERS};
   * returns the letter.
   */
  static Letter readsAsTheSignatoryList(Path dir) {
    Corpus corpus = CorpusReader.create().read(List.of(dir));
    assertEquals(1, corpus.letters().size(), corpus.diagnostics().toString());
    Letter letter = corpus.letters().get(0);
    assertEquals(
        SIGNERS, letter.signatories().stream().map(m -> m.name() + "/" + m.country()).toList());
    return letter;
  }
}
