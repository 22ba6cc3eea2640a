package org.refrain.corpus.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A UN body letters are aimed at, read from {@code bodies.tsv}: its code, the names that refer to
 * it, and how its sessions are numbered.
 *
 * @param code short name: HRC, UNGA, ...
 * @param names a search for any of its names as whole words
 * @param calendar how session numbers follow from dates
 */
record UnBody(String code, LiteralSearch names, Calendar calendar) {

  /** Names written as plain words (not regular expressions) let the search jump between them. */
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} '’-]+");

  /** How a body numbers its sessions. */
  enum Calendar {
    /** Three regular sessions a year opening about March, June and September; 43 in March 2020. */
    HRC,
    /** One session a year opening in September, numbered year - 1945. */
    UNGA,
    NONE;

    /**
     * The session running or next to open at {@code date}, or null when not numbered or when the
     * date comes before the calendar's first session.
     */
    Integer sessionAt(LocalDate date) {
      Integer n = numberAt(date);
      return n == null || n < 1 ? null : n;
    }

    private Integer numberAt(LocalDate date) {
      int m = date.getMonthValue();
      return switch (this) {
        case HRC -> {
          int year = date.getYear();
          int slot;
          if (m <= 4) {
            slot = 0;
          } else if (m <= 7) {
            slot = 1;
          } else if (m <= 10) {
            slot = 2;
          } else {
            slot = 0;
            year++;
          }
          yield 43 + 3 * (year - 2020) + slot;
        }
        case UNGA -> m >= 9 ? date.getYear() - 1945 : date.getYear() - 1946;
        case NONE -> null;
      };
    }

    /** The month a session opens in (for dating a letter by its session), or null. */
    LocalDate opening(int session) {
      return switch (this) {
        case HRC -> {
          int k = session - 43;
          int year = 2020 + Math.floorDiv(k, 3);
          int slot = Math.floorMod(k, 3);
          yield LocalDate.of(year, 3 + 3 * slot, 1);
        }
        case UNGA -> LocalDate.of(session + 1945, 9, 1);
        case NONE -> null;
      };
    }
  }

  static List<UnBody> load() {
    try (InputStream in = UnBody.class.getResourceAsStream("bodies.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource bodies.tsv");
      }
      List<UnBody> bodies = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException("bodies.tsv: expected 3 columns: " + line);
        }
        bodies.add(
            new UnBody(
                f[0],
                names(f[1]),
                Calendar.valueOf(f[2].strip().toUpperCase(java.util.Locale.ROOT))));
      }
      return List.copyOf(bodies);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LiteralSearch names(String alternatives) {
    Pattern pattern = Pattern.compile("\\b(?:" + alternatives + ")\\b");
    List<String> words = List.of(alternatives.split("\\|", -1));
    return words.stream().allMatch(w -> PLAIN.matcher(w).matches())
        ? LiteralSearch.of(pattern, words)
        : LiteralSearch.plain(pattern);
  }
}
