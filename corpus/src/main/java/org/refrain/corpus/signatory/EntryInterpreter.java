package org.refrain.corpus.signatory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.refrain.corpus.Diagnostic;

/**
 * Reads one gathered entry into mentions: finds its country (own line, table cell, or suffix),
 * decides organisation or person, and fills the fields. Under a section header the header decides
 * the kind; elsewhere the entry's shape does (see {@link #kindOf}).
 */
final class EntryInterpreter {

  private final ListReading reading;

  EntryInterpreter(ListReading reading) {
    this.reading = reading;
  }

  /** The entry's mentions (two for "Kim Kyu Li and Kim Hyuk (...)"); none if no name is left. */
  List<SignatoryMention> interpret(RawEntry entry, String source, List<Diagnostic> diagnostics) {
    Fields f = new Fields();
    if (entry.countryLine() != null) {
      f.country = reading.gazetteer().canonical(entry.countryLine()).orElse(null);
    }
    List<String> notes = new ArrayList<>();
    for (String cell : entry.cells()) {
      Optional<String> country = reading.gazetteer().canonical(cell);
      if (country.isEmpty()) {
        notes.add(FieldText.squeeze(cell));
      } else if (f.country == null) {
        f.country = country.get();
      }
    }
    if (entry.descriptionLine() != null) {
      notes.add(FieldText.squeeze(entry.descriptionLine()));
    }
    String extra = notes.isEmpty() ? null : String.join(" / ", notes);
    String text = withoutCountries(FieldText.squeeze(entry.head()), f);
    List<SignatoryMention> mentions =
        kindOf(entry.section(), text, f.country, extra) == SignatoryKind.PERSON
            ? persons(entry, text, extra, f)
            : organization(entry, text, extra, f);
    if (mentions.isEmpty()) {
      diagnostics.add(
          Diagnostic.warning(
              source,
              entry.firstLineNumber(),
              "no name could be read from \"" + entry.raw() + "\""));
    }
    return mentions;
  }

  /**
   * Decides an entry outside any header by its shape: an honorific makes a person, an organisation
   * keyword an organisation; then a pair of person names, or a person-shaped name with a
   * description ("Ken Kato, Director, ...") or standing alone ("Tomoharu Ebihara"), makes a person.
   * A person-shaped name with only a country ("Han Voice (Canada)") and anything else is an
   * organisation.
   */
  private SignatoryKind kindOf(Section section, String text, String country, String extra) {
    if (section != Section.MIXED) {
      return section == Section.INDIVIDUALS ? SignatoryKind.PERSON : SignatoryKind.ORGANIZATION;
    }
    NameClassifier names = reading.names();
    PersonSplit split = reading.splitter().split(text);
    String name = split.name();
    if (names.isHonorificLed(name)) {
      return SignatoryKind.PERSON;
    }
    if (names.hasOrgKeyword(name)) {
      return SignatoryKind.ORGANIZATION;
    }
    if (!names.personPair(name).isEmpty()) {
      return SignatoryKind.PERSON;
    }
    boolean described = !split.isBare() || extra != null;
    return names.isPersonShaped(name) && (described || country == null)
        ? SignatoryKind.PERSON
        : SignatoryKind.ORGANIZATION;
  }

  private List<SignatoryMention> persons(RawEntry entry, String text, String extra, Fields f) {
    PersonSplit split = reading.splitter().split(text);
    String title = split.postNominal();
    String affiliation = join(split.description(), extra);
    if (title == null && affiliation != null) {
      // "Director, Human Rights in Asia": a short role before the first comma is the title.
      int comma = affiliation.indexOf(", ");
      if (comma > 0 && reading.names().isRole(affiliation.substring(0, comma))) {
        title = affiliation.substring(0, comma);
        affiliation = affiliation.substring(comma + 2).strip();
      }
    }
    List<String> people = reading.names().personPair(split.name());
    List<SignatoryMention> mentions = new ArrayList<>();
    for (String person : people.isEmpty() ? List.of(split.name()) : people) {
      String name = nameOrFallback(person, text, entry, f);
      if (name == null) {
        return List.of();
      }
      mentions.add(
          new SignatoryMention(
              entry.raw(),
              name,
              SignatoryKind.PERSON,
              null,
              f.country,
              title,
              affiliation,
              entry.span()));
    }
    return mentions;
  }

  private List<SignatoryMention> organization(RawEntry entry, String text, String extra, Fields f) {
    OrgName org = reading.orgNames().read(text);
    String name = nameOrFallback(org.name(), text, entry, f);
    if (name == null) {
      return List.of();
    }
    return List.of(
        new SignatoryMention(
            entry.raw(),
            name,
            SignatoryKind.ORGANIZATION,
            org.acronym(),
            f.country,
            null,
            join(org.expansion(), extra),
            entry.span()));
  }

  /** The cleaned name, else the cleaned entry text, else its raw text; null if all are blank. */
  private String nameOrFallback(String name, String text, RawEntry entry, Fields f) {
    for (String candidate : List.of(name, text, entry.raw().replace('|', ' '))) {
      String cleaned = withoutCountries(FieldText.trimSeparators(candidate), f);
      if (!cleaned.isBlank()) {
        return cleaned;
      }
    }
    return null;
  }

  /**
   * Cuts every trailing country off {@code text} ("Foo, Japan (Japan)"), keeping the first found
   * when the entry has none yet, so no name ends with a country suffix.
   */
  private String withoutCountries(String text, Fields f) {
    String t = text;
    for (Optional<CountrySuffix> s = reading.gazetteer().trailing(t);
        s.isPresent();
        s = reading.gazetteer().trailing(t)) {
      String before = FieldText.trimSeparators(t.substring(0, s.get().nameEnd()));
      if (before.isEmpty()) {
        break;
      }
      if (f.country == null) {
        f.country = s.get().country();
      }
      t = before;
    }
    return t;
  }

  private static String join(String a, String b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a + " / " + b;
  }

  /** The country as it is found, from the entry's own line, a cell or a suffix. */
  private static final class Fields {
    String country;
  }
}
