package org.refrain.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns diagnostics into the lines a person reads: one line each while a kind is rare, one line for
 * the whole kind once it is common ("warning: 17,977 letters repeat an earlier one (a.txt:12,
 * b.txt:40, c.txt:7, ...)"), so that a folder of 18,000 files does not print 18,000 lines. Two
 * diagnostics are of one kind when they have the same severity and the same message once what
 * varies from case to case is taken out: numbers, quoted text, parenthesised detail, paths. Lines
 * come in the order of the diagnostics given, a group where its first member stood.
 */
public final class DiagnosticGrouper {

  /** A kind with at most this many diagnostics is printed one per line, as each was raised. */
  public static final int SHOWN_ONE_BY_ONE = 5;

  /** How many members a group line names. */
  static final int NAMED = 3;

  private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern CURLY_QUOTED = Pattern.compile("“[^”]*”");
  private static final Pattern SINGLE_QUOTED = Pattern.compile("'[^']*'");
  private static final Pattern PARENTHESISED = Pattern.compile("\\(.*\\)");
  private static final Pattern PATH = Pattern.compile("\\S*[/\\\\~]\\S*");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*");

  /**
   * What a group of each known kind is called, by the kind's message. A kind not listed here is
   * still grouped, under its message ("1,204 times: no name could be read from "…" (...)").
   */
  private static final Map<String, String> GROUP_NAMES =
      Map.ofEntries(
          Map.entry("repeats the letter at line #; read once", "letters repeat an earlier one"),
          Map.entry(
              "letter ## is also in other files (…): read once, every source kept",
              "letters are also in other files (each read once, every source kept)"),
          Map.entry("no such file", "files do not exist"),
          Map.entry("no such file or directory", "paths do not exist"),
          Map.entry("directory cannot be read", "directories cannot be read"),
          Map.entry("cannot be read (…)", "files cannot be read"),
          Map.entry("not a supported format (…)", "files are not in a supported format"),
          Map.entry("the file is empty", "files are empty"),
          Map.entry("looks like a binary file, not text", "files look binary, not text"),
          Map.entry("contains no text", "files contain no text"),
          Map.entry("too large to be a letter (…)", "files are too large to be letters"),
          Map.entry(
              "letter ## has # words, more than the # a letter is read with; skipped",
              "letters are too long to read and were skipped"),
          Map.entry(
              "the PDF has no text layer (…); Refrain does no OCR",
              "PDFs have no text layer (scanned? Refrain does no OCR)"),
          Map.entry(
              "the PDF is encrypted with a password; not read",
              "PDFs are encrypted with a password and were not read"),
          Map.entry(
              "the PDF has # pages, more than the # Refrain reads",
              "PDFs have more pages than Refrain reads"),
          Map.entry("is not a readable PDF (…)", "files are not readable PDFs"),
          Map.entry("is not a readable Word document (…)", "files are not readable Word documents"),
          Map.entry(
              "expands far beyond its size (…); not read",
              "Word files expand far beyond their size (zip bombs?) and were not read"),
          Map.entry(
              "is larger than # MB; not parsed (…)",
              "PDF or Word files are larger than Refrain parses"),
          Map.entry(
              "took longer than # s to parse; skipped",
              "PDF or Word files took too long to parse and were skipped"),
          Map.entry(
              "# control characters (…) removed from the text",
              "files had control characters removed"),
          Map.entry(
              "not valid UTF-#; read as windows-#",
              "files are not valid UTF-8 and were read as windows-1252"),
          Map.entry(
              "no letter found: the text has no running prose",
              "files hold no letter (no running prose)"),
          Map.entry(
              "could not be split into letters (…)",
              "files could not be split into letters (a fault in Refrain, please report it)"),
          Map.entry(
              "another file read has this name; the letters of … are named …",
              "files share a name with another file read (their letters are named NAME~2, ...)"),
          Map.entry("no name could be read from \"…\"", "list entries have no name to read"),
          Map.entry(
              "skipped a line that reads as running text, not a list entry",
              "lines in lists read as running text and were skipped"),
          Map.entry(
              "a line with no letters or digits: \"…\"",
              "lines in lists have no letters or digits"),
          Map.entry(
              "a country with no entry before it that lacks one: \"…\"",
              "countries in lists have no entry to belong to"),
          Map.entry(
              "a table border with no row to belong to", "table borders in lists have no row"),
          Map.entry("# more warnings about this list not shown", "lists have more warnings"),
          Map.entry("sidecar cannot be read; ignored", "sidecars cannot be read (ignored)"),
          Map.entry(
              "cannot be read as properties; ignored",
              "sidecars cannot be read as properties (ignored)"));

  /** The lines to print for {@code diagnostics}, in their order. */
  public List<String> lines(List<Diagnostic> diagnostics) {
    List<String> kinds = diagnostics.stream().map(DiagnosticGrouper::kind).toList();
    Map<String, List<Diagnostic>> byKind = new HashMap<>();
    for (int i = 0; i < diagnostics.size(); i++) {
      byKind.computeIfAbsent(kinds.get(i), k -> new ArrayList<>()).add(diagnostics.get(i));
    }
    List<String> lines = new ArrayList<>();
    Set<String> grouped = new HashSet<>();
    for (int i = 0; i < diagnostics.size(); i++) {
      List<Diagnostic> kind = byKind.get(kinds.get(i));
      if (kind.size() <= SHOWN_ONE_BY_ONE) {
        lines.add(diagnostics.get(i).toString());
      } else if (grouped.add(kinds.get(i))) {
        lines.add(groupLine(kind));
      }
    }
    return List.copyOf(lines);
  }

  /** The severity and the message without what varies from one case to the next. */
  static String kind(Diagnostic d) {
    return d.severity() + " " + messageKind(d.message());
  }

  private static String messageKind(String message) {
    String m = DOUBLE_QUOTED.matcher(message).replaceAll("\"…\"");
    m = CURLY_QUOTED.matcher(m).replaceAll("“…”");
    m = SINGLE_QUOTED.matcher(m).replaceAll("'…'");
    m = PARENTHESISED.matcher(m).replaceAll("(…)");
    m = PATH.matcher(m).replaceAll("…");
    return NUMBER.matcher(m).replaceAll("#");
  }

  private static String groupLine(List<Diagnostic> kind) {
    Diagnostic first = kind.get(0);
    String message = messageKind(first.message());
    String name = GROUP_NAMES.get(message);
    StringBuilder line =
        new StringBuilder(first.severity().name().toLowerCase(Locale.ROOT))
            .append(": ")
            .append(String.format(Locale.ROOT, "%,d", kind.size()))
            .append(name != null ? " " + name : " times: " + message)
            .append(" (");
    for (int i = 0; i < NAMED; i++) {
      Diagnostic d = kind.get(i);
      line.append(d.line() > 0 ? d.file() + ":" + d.line() : d.file()).append(", ");
    }
    return line.append("...)").toString();
  }
}
