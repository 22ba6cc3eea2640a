package org.refrain.corpus.signatory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.refrain.corpus.Diagnostic;
import org.refrain.corpus.clean.Line;

/**
 * Gathers a list's lines into entries, one parse at a time (it holds that parse's state). A line
 * joins the entry before it when it continues a table row split over lines ("| South Korea |"),
 * holds only a country ("Philippines"), or describes the person just named ("Former Commission of
 * Inquiry ..."); headers switch the section; anything else starts a new entry. The gazetteer and
 * the line's shape decide, never its position: lists drop countries and descriptions unevenly.
 */
final class EntryGrouper {

  private static final Pattern MARKER =
      Pattern.compile(
          "^(?:[-\u2013\u2014\u2022\u00B7*\u25AA\u25E6\u2023\u25CF\u25CB\u25BA\u2043]"
              + "|\\(?\\d{1,3}[.)])\\s+");
  private static final Pattern RULE = Pattern.compile("[|+:=_\\s\\-\u2013\u2014]+");
  private static final Pattern CELL_BORDER = Pattern.compile("[|\t]");
  private static final int MIN_PROSE_WORDS = 6;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
  private static final Pattern END_PUNCTUATION = Pattern.compile("[,.!]+$");

  private final ListReading reading;
  private final String source;
  private final List<RawEntry> entries = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private Section section = Section.MIXED;
  private Builder current;
  private int blanks;

  EntryGrouper(ListReading reading, String source) {
    this.reading = reading;
    this.source = source;
  }

  void accept(Line line) {
    if (line.isBlank()) {
      blanks++;
      return;
    }
    String t = line.trimmed();
    if (RULE.matcher(t).matches() && t.chars().anyMatch(c -> "-=_\u2013\u2014".indexOf(c) >= 0)) {
      close(); // a table's ruling ("|---|---|") or a separator line carries nothing
    } else if (t.indexOf('|') >= 0 || t.indexOf('\t') >= 0) {
      acceptRow(line, t);
    } else {
      acceptPlain(line, MARKER.matcher(t).replaceFirst(""));
    }
    blanks = 0;
  }

  List<RawEntry> entries() {
    close();
    return List.copyOf(entries);
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  private void acceptRow(Line line, String t) {
    List<String> cells = new ArrayList<>();
    for (String cell : CELL_BORDER.split(t, -1)) {
      String c = FieldText.squeeze(cell);
      // A cell of punctuation only ("-", ",") is an empty cell.
      if (c.codePoints().anyMatch(Character::isLetterOrDigit)) {
        cells.add(cells.isEmpty() ? MARKER.matcher(c).replaceFirst("") : c);
      }
    }
    Optional<Section> header = reading.headers().tableHeader(cells, section);
    boolean startsWithBorder = t.startsWith("|");
    if (header.isPresent()) {
      close();
      section = header.get();
    } else if (startsWithBorder && current != null && current.splitRow && cells.size() <= 1) {
      // A web table copied cell by cell: "Name |" then "| South Korea |" (or "|" "|" when empty).
      current.lines.add(line);
      current.cells.addAll(cells);
    } else if (cells.isEmpty()) {
      warn(line, "a table border with no row to belong to");
    } else if (cells.size() == 1 && reading.gazetteer().isCountry(cells.get(0))) {
      attachCountry(line, cells.get(0));
    } else {
      close();
      current = new Builder(line, cells.get(0), section, !startsWithBorder);
      current.cells.addAll(cells.subList(1, cells.size()));
    }
  }

  private void acceptPlain(Line line, String t) {
    Optional<Section> header = reading.headers().section(t);
    if (header.isPresent()) {
      close();
      section = header.get();
    } else if (isClosing(t)) {
      close();
    } else if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
      warn(line, "a line with no letters or digits: \"" + t + "\"");
    } else if (reading.gazetteer().isCountry(t)) {
      attachCountry(line, t);
    } else if (describesCurrent(t)) {
      current.lines.add(line);
      current.description = t;
    } else if (isProse(t)) {
      warn(line, "skipped a line that reads as running text, not a list entry");
    } else {
      close();
      current = new Builder(line, t, section, false);
    }
  }

  /** A country line belongs to the entry before it, unless that entry has a country already. */
  private void attachCountry(Line line, String country) {
    if (current != null && current.country == null && !hasCountry(current)) {
      current.lines.add(line);
      current.country = country;
    } else {
      warn(line, "a country with no entry before it that lacks one: \"" + country + "\"");
    }
  }

  private boolean hasCountry(Builder b) {
    return b.cells.stream().anyMatch(reading.gazetteer()::isCountry)
        || reading.gazetteer().trailing(b.head).isPresent();
  }

  /**
   * True when {@code t} describes the person the current entry names: that entry is a bare name,
   * and {@code t} names no person itself. Under an "Individuals" header that is enough on the next
   * line ("Timothy Cho" / "Inquiry Clerk to the ..."); elsewhere, or across a blank line, the line
   * must also start like a description ("Former ...", lower case).
   */
  private boolean describesCurrent(String t) {
    if (current == null
        || current.section == Section.ORGANIZATIONS
        || current.description != null
        || current.country != null
        || !current.cells.isEmpty()) {
      return false;
    }
    NameClassifier names = reading.names();
    PersonSplit before = reading.splitter().split(current.head);
    if (before.description() != null || !names.isPersonName(before.name())) {
      return false;
    }
    if (names.isPersonName(t) || names.isPersonName(reading.splitter().split(t).name())) {
      return false;
    }
    boolean adjacent = blanks == 0;
    if (current.section == Section.INDIVIDUALS) {
      return adjacent || names.startsLikeDescription(t);
    }
    return adjacent && names.startsLikeDescription(t);
  }

  /** A sentence of six or more words in the first or second person: "Thank you for ...". */
  private boolean isProse(String t) {
    String[] words = SPACES.split(t);
    if (words.length < MIN_PROSE_WORDS || !readsAsSentence(t)) {
      return false;
    }
    for (String w : words) {
      if (SignatoryLexicon.has(
          reading.lexicon().proseWords(), NOT_LETTER.matcher(w).replaceAll(""))) {
        return true;
      }
    }
    return false;
  }

  /** "Sincerely," or "Thank you for your consideration." left above the list. */
  private boolean isClosing(String t) {
    String core = END_PUNCTUATION.matcher(t).replaceFirst("");
    return SignatoryLexicon.has(reading.lexicon().closings(), core);
  }

  /** Ends with sentence punctuation or holds a sentence break (". We"). */
  private static boolean readsAsSentence(String t) {
    if (".!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
      return true;
    }
    for (int i = 0; i + 2 < t.length(); i++) {
      if (".!?".indexOf(t.charAt(i)) >= 0
          && t.charAt(i + 1) == ' '
          && Character.isUpperCase(t.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  private void close() {
    if (current != null) {
      entries.add(current.build());
      current = null;
    }
  }

  /**
   * Records a skipped line; the entry before it is closed, so entries never span a skipped line.
   */
  private void warn(Line line, String message) {
    close();
    diagnostics.add(Diagnostic.warning(source, line.number(), message));
  }

  /** An entry still open to continuation lines. */
  private static final class Builder {
    final List<Line> lines = new ArrayList<>();
    final List<String> cells = new ArrayList<>();
    final String head;
    final Section section;
    final boolean splitRow;
    String country;
    String description;

    Builder(Line first, String head, Section section, boolean splitRow) {
      this.lines.add(first);
      this.head = head;
      this.section = section;
      this.splitRow = splitRow;
    }

    RawEntry build() {
      return new RawEntry(lines, head, cells, country, description, section);
    }
  }
}
