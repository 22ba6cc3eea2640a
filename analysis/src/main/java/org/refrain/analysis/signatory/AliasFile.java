package org.refrain.analysis.signatory;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a user's alias file (CSV, UTF-8, {@code #} comments, optional header {@code
 * alias,canonical,relation}). Each line is {@code alias,canonical} (the same signatory; the entity
 * takes the canonical spelling as its name, even if no letter writes it) or {@code name,other,not
 * the same} (never one signatory). Every mistake is one line naming the file and line.
 */
public final class AliasFile {

  private static final Set<String> SAME = Set.of("", "same", "alias");
  private static final Set<String> DIFFERENT =
      Set.of("not the same", "not same", "different", "distinct");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .get();

  private AliasFile() {}

  /** The rules of the file at {@code path}. */
  public static List<AliasRule> read(Path path) throws AliasFileException {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new AliasFileException(name + ": is a directory, not an alias file");
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      String text =
          StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return parse(new StringReader(text), name);
    } catch (NoSuchFileException e) {
      throw new AliasFileException(name + ": no such file");
    } catch (CharacterCodingException e) {
      throw new AliasFileException(name + ": not UTF-8 text");
    } catch (IOException e) {
      throw new AliasFileException(name + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /** The rules in {@code text}; {@code name} prefixes messages. */
  public static List<AliasRule> parse(Reader text, String name) throws AliasFileException {
    List<AliasRule> rules = new ArrayList<>();
    try {
      // Spreadsheets save "CSV UTF-8" with a byte-order mark; it is not part of the first name.
      PushbackReader in = new PushbackReader(text, 1);
      int first = in.read();
      if (first >= 0 && first != '\uFEFF') {
        in.unread(first);
      }
      for (CSVRecord record : FORMAT.parse(in)) {
        String where = name + ":" + record.getParser().getCurrentLineNumber();
        if (record.getRecordNumber() == 1 && isHeader(record)) {
          continue;
        }
        rules.add(rule(record, where));
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new AliasFileException(name + ": not valid CSV (" + oneLine(cause.getMessage()) + ")");
    }
    return rules;
  }

  private static AliasRule rule(CSVRecord record, String where) throws AliasFileException {
    if (record.size() < 2 || record.size() > 3) {
      throw new AliasFileException(
          where
              + ": expected alias,canonical or name,other,not the same; found "
              + record.size()
              + (record.size() == 1 ? " field" : " fields"));
    }
    String alias = record.get(0).strip();
    String canonical = record.get(1).strip();
    if (alias.isEmpty() || canonical.isEmpty()) {
      throw new AliasFileException(where + ": a name is empty");
    }
    String relation = record.size() == 3 ? record.get(2).strip().toLowerCase(Locale.ROOT) : "";
    if (SAME.contains(relation)) {
      return new AliasRule(where, alias, canonical, true);
    }
    if (DIFFERENT.contains(relation)) {
      return new AliasRule(where, alias, canonical, false);
    }
    throw new AliasFileException(
        where
            + ": unknown relation '"
            + record.get(2).strip()
            + "' (use 'same' or 'not the same')");
  }

  private static boolean isHeader(CSVRecord record) {
    return record.size() >= 2
        && record.get(0).strip().equalsIgnoreCase("alias")
        && record.get(1).strip().equalsIgnoreCase("canonical");
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
  }
}
