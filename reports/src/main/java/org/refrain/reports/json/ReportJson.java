package org.refrain.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.refrain.corpus.Letter;
import org.refrain.reports.LetterOrder;
import tech.tablesaw.api.Table;

/**
 * Writes report.json, the whole report as one JSON object: {@code {"refrain": HEAD, "letters":
 * [...], "tables": {"letters": [...], "terms-by-year": [...], ...}}}. HEAD is what the caller says
 * about the report; {@code letters} holds the records of {@code refrain letters --json}; {@code
 * tables} holds every table's {@link TableJson} records under its CSV name without {@code .csv}, in
 * report order.
 *
 * <p>Tables come from several threads, in any order, and are let go of once written, and at 10,000
 * letters they come to hundreds of MB: each is streamed to a fragment file of its own as it comes
 * ({@link #add}), already indented for its place, and {@link #write} copies the fragments into
 * report.json in report order, streamed, then deletes them. The text is that of one Jackson pretty
 * printer over the whole object, so it is the same for the same report.
 */
public final class ReportJson {

  /** How deep a table's array sits in report.json: in {@code tables}, in the root object. */
  private static final int TABLE_NESTING = 2;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .build();

  private final Path fragments;

  private ReportJson(Path fragments) {
    this.fragments = fragments;
  }

  /**
   * Starts a report.json whose fragments go to a new hidden directory inside {@code directory};
   * {@link #write} removes it.
   */
  public static ReportJson in(Path directory) throws IOException {
    return new ReportJson(Files.createTempDirectory(directory, ".report-json-"));
  }

  /** The key of a table in {@code tables}: its file name without {@code .csv}. */
  public static String key(String name) {
    return name.endsWith(".csv") ? name.substring(0, name.length() - ".csv".length()) : name;
  }

  /** Writes table {@code name}'s records to its fragment; called once per name, on any thread. */
  public void add(String name, Table table) throws IOException {
    try (Writer out = Files.newBufferedWriter(fragment(name), StandardCharsets.UTF_8)) {
      TableJson.write(table, out, LetterJson.prettyPrinter(TABLE_NESTING));
    }
  }

  /**
   * Writes report.json to {@code out} (left open), ending with a line break, and deletes the
   * fragments, whether or not it succeeds.
   *
   * @param head what the report says about itself, written as Jackson writes a map
   * @param letters the corpus's letters, written ordered by id
   * @param names the tables' file names, in report order, each {@link #add added}
   * @throws IOException from {@code out}, naming the fragment of a table never added, or when the
   *     fragments could not be deleted
   */
  public void write(Map<String, ?> head, List<Letter> letters, List<String> names, Writer out)
      throws IOException {
    Objects.requireNonNull(head, "head");
    try {
      assemble(head, letters, names, out);
    } finally {
      delete();
    }
    if (Files.exists(fragments)) {
      throw new FileSystemException(fragments.toString(), null, "could not delete");
    }
    out.write("\n");
  }

  private void assemble(Map<String, ?> head, List<Letter> letters, List<String> names, Writer out)
      throws IOException {
    try (JsonGenerator json = MAPPER.createGenerator(out)) {
      json.setPrettyPrinter(LetterJson.prettyPrinter());
      json.writeStartObject();
      json.writeFieldName("refrain");
      json.writeObject(head);
      json.writeArrayFieldStart("letters");
      for (Letter letter : letters.stream().sorted(LetterOrder.BY_ID).toList()) {
        json.writeTree(LetterJson.toNode(letter));
      }
      json.writeEndArray();
      json.writeObjectFieldStart("tables");
      for (String name : names) {
        json.writeFieldName(key(name));
        // An empty raw value writes the ": " and counts as the value; its text is the fragment's.
        json.writeRawValue("");
        copy(fragment(name), json);
      }
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  private Path fragment(String name) {
    return fragments.resolve(key(name) + ".json");
  }

  private static void copy(Path fragment, JsonGenerator json) throws IOException {
    char[] buffer = new char[1 << 16];
    try (Reader in = Files.newBufferedReader(fragment, StandardCharsets.UTF_8)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        json.writeRaw(buffer, 0, n);
      }
    }
  }

  /** Best effort: a failure here must not hide the one that ended the writing. */
  private void delete() {
    try (Stream<Path> files = Files.walk(fragments)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // Reported by write when nothing else failed.
    }
  }
}
