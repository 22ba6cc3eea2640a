package org.refrain.corpus.signatory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.refrain.corpus.Span;
import org.refrain.corpus.clean.Line;

/** Builds {@link Line}s for tests: strings laid out as one text, one a line, spans computed. */
final class TestLines {

  private TestLines() {}

  /** The lines of {@code texts} joined with "\n", numbered from 1. */
  static List<Line> of(String... texts) {
    return lines(text(texts));
  }

  static String text(String... texts) {
    return String.join("\n", texts);
  }

  /** Every line of {@code text}, numbered from 1, with its span in {@code text}. */
  static List<Line> lines(String text) {
    return range(text, 1, Integer.MAX_VALUE);
  }

  /** Lines {@code from}..{@code to} (1-based, inclusive) of {@code text}. */
  static List<Line> range(String text, int from, int to) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    for (String t : text.split("\n", -1)) {
      if (number >= from && number <= to) {
        lines.add(new Line(number, Span.of(start, start + t.length()), t));
      }
      start += t.length() + 1;
      number++;
    }
    return lines;
  }

  /** A sample letter's text from the module's {@code letters} folder. */
  static String sample(String fileName) {
    Path dir =
        Files.isDirectory(Path.of("letters")) ? Path.of("letters") : Path.of("corpus", "letters");
    try {
      return Files.readString(dir.resolve(fileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A mention in one line for assertions: {@code O|name|acronym|country|title|affiliation}, kind O
   * or P, nulls empty.
   */
  static String render(SignatoryMention m) {
    return (m.kind() == SignatoryKind.PERSON ? "P" : "O")
        + "|"
        + m.name()
        + "|"
        + nullToEmpty(m.acronym())
        + "|"
        + nullToEmpty(m.country())
        + "|"
        + nullToEmpty(m.title())
        + "|"
        + nullToEmpty(m.affiliation());
  }

  static List<String> render(SignatoryList list) {
    return list.mentions().stream().map(TestLines::render).collect(Collectors.toList());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
