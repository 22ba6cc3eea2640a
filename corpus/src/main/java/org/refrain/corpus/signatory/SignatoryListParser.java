package org.refrain.corpus.signatory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.clean.Line;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Parses a letter's signatory block into {@link SignatoryMention}s. It reads the layouts joint
 * letters use: web tables copied cell by cell, name and country on alternating lines, name and
 * country glued together, "Name, Country", "Name (Country)", "Name / description", bulleted and
 * numbered lists, tab-separated rows, with or without "Groups" / "Individuals" headers. Odd lines
 * never make it throw; they become warnings. Loads its word lists once; immutable and thread-safe.
 */
public final class SignatoryListParser {

  /** More warnings than this about one list say nothing new; the rest are summarised. */
  static final int MAX_DIAGNOSTICS = 50;

  private final ListReading reading;
  private final EntryInterpreter interpreter;

  private SignatoryListParser(ListReading reading) {
    this.reading = reading;
    this.interpreter = new EntryInterpreter(reading);
  }

  /** A parser with the bundled word lists and country gazetteer. */
  public static SignatoryListParser create() {
    return create(Lexicon.bundled());
  }

  /** A parser with {@code lexicon}'s word lists and country gazetteer. */
  public static SignatoryListParser create(Lexicon lexicon) {
    return new SignatoryListParser(
        ListReading.of(SignatoryLexicon.of(lexicon), CountryGazetteer.of(lexicon)));
  }

  /**
   * Reads the mentions of a signatory block.
   *
   * @param source the file name diagnostics name
   * @param lines the block's lines in order (blank and header lines included), with spans into the
   *     letter text
   */
  public SignatoryList parse(String source, List<Line> lines) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(lines, "lines");
    EntryGrouper grouper = new EntryGrouper(reading, source);
    for (Line line : lines) {
      grouper.accept(Objects.requireNonNull(line, "line"));
    }
    List<RawEntry> entries = grouper.entries();
    List<Diagnostic> diagnostics = new ArrayList<>(grouper.diagnostics());
    List<SignatoryMention> mentions = new ArrayList<>();
    for (RawEntry entry : entries) {
      mentions.addAll(interpreter.interpret(entry, source, diagnostics));
    }
    return new SignatoryList(mentions, bounded(source, diagnostics));
  }

  private static List<Diagnostic> bounded(String source, List<Diagnostic> diagnostics) {
    if (diagnostics.size() <= MAX_DIAGNOSTICS) {
      return diagnostics;
    }
    List<Diagnostic> kept = new ArrayList<>(diagnostics.subList(0, MAX_DIAGNOSTICS));
    kept.add(
        Diagnostic.warning(
            source,
            0,
            (diagnostics.size() - MAX_DIAGNOSTICS) + " more warnings about this list not shown"));
    return kept;
  }
}
