package org.refrain.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.metadata.LetterMetadata;
import org.refrain.corpus.metadata.Venue;

/**
 * Metadata a user sets by hand for one document, read from a sidecar {@code NAME.meta.properties}
 * beside it (for {@code letter.txt}: {@code letter.meta.properties}). Keys: {@code title}, {@code
 * date} (2020, 2020-10 or 2020-10-14), {@code published}, {@code kind} (letter, press-release,
 * statement, other), {@code addressee}, {@code venue} ("HRC 49", "UNGA"). A key applies to every
 * letter of the document; prefixed with a letter's index ({@code 2.addressee}) to that letter only,
 * which wins. A value that cannot be read is ignored with a warning.
 */
final class MetadataOverrides {

  static final MetadataOverrides NONE = new MetadataOverrides("", new Properties());

  private static final Pattern VENUE = Pattern.compile("([A-Za-z]+)(?:\\s*(\\d{1,3}))?");

  private final String source;
  private final Properties props;

  private MetadataOverrides(String source, Properties props) {
    this.source = source;
    this.props = props;
  }

  /** Reads sidecar text; problems are added to {@code diagnostics}. */
  static MetadataOverrides parse(
      String source, String sidecarName, String text, List<Diagnostic> diagnostics) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      diagnostics.add(Diagnostic.warning(sidecarName, 0, "cannot be read as properties; ignored"));
      return NONE;
    }
    return new MetadataOverrides(source, p);
  }

  /**
   * The metadata with the overrides for letter {@code index} applied; problems go to diagnostics.
   */
  LetterMetadata apply(int index, LetterMetadata m, List<Diagnostic> diagnostics) {
    if (props.isEmpty()) {
      return m;
    }
    LetterKind kind = m.kind();
    String kindValue = value(index, "kind");
    if (kindValue != null) {
      kind = kindOf(kindValue, diagnostics, kind);
    }
    String title = orElse(value(index, "title"), m.title());
    String addressee = orElse(value(index, "addressee"), m.addressee());
    LetterDate date = m.date();
    String dateValue = value(index, "date");
    if (dateValue != null) {
      date = dateOf(dateValue, diagnostics, date);
    }
    LocalDate published = m.published();
    String publishedValue = value(index, "published");
    if (publishedValue != null) {
      LetterDate p = dateOf(publishedValue, diagnostics, null);
      published = p == null ? published : p.value();
    }
    Venue venue = m.venue();
    String venueValue = value(index, "venue");
    if (venueValue != null) {
      Matcher v = VENUE.matcher(venueValue.strip());
      if (v.matches()) {
        Integer session = v.group(2) == null ? null : Integer.valueOf(v.group(2));
        venue = new Venue(v.group(1).toUpperCase(Locale.ROOT), session, false, "sidecar");
      } else {
        warn(diagnostics, "venue", venueValue);
      }
    }
    return new LetterMetadata(kind, title, date, published, addressee, venue);
  }

  private String value(int index, String key) {
    String v = props.getProperty(index + "." + key, props.getProperty(key));
    return v == null || v.isBlank() ? null : v.strip();
  }

  private LetterKind kindOf(String v, List<Diagnostic> diagnostics, LetterKind fallback) {
    for (LetterKind k : LetterKind.values()) {
      if (k.label().equalsIgnoreCase(v)) {
        return k;
      }
    }
    warn(diagnostics, "kind", v);
    return fallback;
  }

  private LetterDate dateOf(String v, List<Diagnostic> diagnostics, LetterDate fallback) {
    try {
      if (v.matches("\\d{4}")) {
        return new LetterDate(
            LocalDate.of(Integer.parseInt(v), 1, 1),
            LetterDate.Precision.YEAR,
            LetterDate.Source.OVERRIDE,
            "sidecar");
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        return new LetterDate(
            LocalDate.parse(v + "-01"),
            LetterDate.Precision.MONTH,
            LetterDate.Source.OVERRIDE,
            "sidecar");
      }
      return new LetterDate(
          LocalDate.parse(v), LetterDate.Precision.DAY, LetterDate.Source.OVERRIDE, "sidecar");
    } catch (java.time.DateTimeException e) {
      warn(diagnostics, "date", v);
      return fallback;
    }
  }

  private void warn(List<Diagnostic> diagnostics, String key, String value) {
    diagnostics.add(
        Diagnostic.warning(
            source, 0, "sidecar " + key + " '" + value + "' cannot be read; ignored"));
  }

  private static String orElse(String a, String b) {
    return a != null ? a : b;
  }
}
