package org.refrain.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.SourceMap;
import org.refrain.corpus.Span;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.claim.Counts;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.metadata.Venue;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * Letters whose signatory lists are drawn from a synthetic population of organisations and persons,
 * with the true entity of every mention: the ground truth of the signatory benchmark. The
 * population has {@link #ENTITIES_PER_LETTER} entities per letter, so distinct names grow with the
 * corpus; each list holds 20 to 60 distinct entities drawn by Zipf popularity (a few sign nearly
 * every letter, most a handful), organisations first. A share {@link #VARIED} of mentions is
 * written in one of its entity's variant spellings (see {@link Change}), fixed per entity so they
 * recur across letters as copied lists do. Names are unique in the population and no two are one
 * edit apart, so what the resolver merges apart from the variants is its own doing. Deterministic
 * for a seed.
 */
final class SyntheticSignatories {

  static final int ENTITIES_PER_LETTER = 3;
  static final int MIN_LIST = 20;
  static final int MAX_LIST = 60;
  static final double VARIED = 0.25;
  static final double PERSONS = 0.4;
  static final double COINED = 0.7;
  static final double ZIPF = 1.0;
  static final double COUNTRY_GIVEN = 0.7;

  /** How a mention's name differs from its entity's name. */
  enum Change {
    /** As the entity's name. */
    NONE(false),
    /** All capitals, or a person's family name in capitals. */
    CASE(false),
    /** "The " before an organisation's name. */
    THE(false),
    /** "&" for "and". */
    AMPERSAND(false),
    /** The acronym in brackets after the name. */
    ACRONYM(false),
    /** A space between two words of an organisation's name as a hyphen. */
    HYPHEN(false),
    /** "Dr." before a person's name. */
    TITLE(false),
    /** The acronym alone. */
    ACRONYM_ONLY(true),
    /** One letter substituted, dropped or doubled in a long word. */
    TYPO(true),
    /** Two words joined ("TalovinNetwork"); a Korean given name split ("Min Jun"). */
    SPACING(true),
    /** A Korean name in Western order ("Min-jun Kim"). */
    ORDER(true);

    private final boolean newName;

    Change(boolean newName) {
      this.newName = newName;
    }

    /** Whether the resolver sees another folded name: a variant it must merge. */
    boolean newName() {
      return newName;
    }
  }

  /** A way an entity is written: its name, the acronym in brackets or null, and the change. */
  record Spelling(Change change, String name, String acronym) {}

  /**
   * One organisation or person of the population.
   *
   * @param spellings its variant spellings (the plain name not among them)
   */
  record Entity(
      int id,
      SignatoryKind kind,
      String name,
      String acronym,
      String country,
      List<Spelling> spellings) {}

  /** A mention's truth: its entity and how it was written. */
  record Listed(int entity, Change change) {}

  /**
   * A generated corpus.
   *
   * @param population every entity, most popular first
   * @param letters the letters
   * @param truth per letter, per list position, the mention's entity and change
   */
  record Corpus(List<Entity> population, List<Letter> letters, List<List<Listed>> truth) {

    long mentions() {
      return truth.stream().mapToLong(List::size).sum();
    }
  }

  private static final String[][] ADDRESSEES = {
    {"UN Human Rights Council", "HRC"},
    {"President Moon Jae-in", null},
    {"UN General Assembly Third Committee", "UNGA"},
    {"UN Security Council", "UNSC"},
    {"Members of the European Parliament", null},
    {"UN Secretary-General", null},
    {"President Yoon Suk Yeol", null},
    {"Prime Minister of Japan", null}
  };
  private static final LocalDate FIRST = LocalDate.of(2008, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  private static final DateTimeFormatter DATE_LINE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  private SyntheticSignatories() {}

  /** A corpus of {@code letters} letters over a population of three entities per letter. */
  static Corpus generate(long seed, int letters) {
    if (letters < 1) {
      throw new IllegalArgumentException("letters must be >= 1: " + letters);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Entity> population =
        new SyntheticNames(random.split()).generate(letters * ENTITIES_PER_LETTER);
    double[] cumulative = new double[population.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += 1 / Math.pow(i + 1, ZIPF);
      cumulative[i] = sum;
    }
    List<Letter> out = new ArrayList<>(letters);
    List<List<Listed>> truth = new ArrayList<>(letters);
    for (int n = 1; n <= letters; n++) {
      SplittableRandom r = random.split();
      List<Listed> listed = draw(population, cumulative, r);
      out.add(letter(n, population, listed, r));
      truth.add(listed);
    }
    return new Corpus(population, out, truth);
  }

  /**
   * Distinct entities by popularity, each plain or in one of its spellings; organisations first.
   */
  private static List<Listed> draw(
      List<Entity> population, double[] cumulative, SplittableRandom random) {
    int count = Math.min(population.size(), random.nextInt(MIN_LIST, MAX_LIST + 1));
    Set<Integer> chosen = new HashSet<>();
    List<Listed> organizations = new ArrayList<>();
    List<Listed> persons = new ArrayList<>();
    while (chosen.size() < count) {
      double u = random.nextDouble() * cumulative[cumulative.length - 1];
      int at = Arrays.binarySearch(cumulative, u);
      int id = Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
      if (!chosen.add(id)) {
        continue;
      }
      Entity entity = population.get(id);
      Change change = Change.NONE;
      if (!entity.spellings().isEmpty() && random.nextDouble() < VARIED) {
        change = entity.spellings().get(random.nextInt(entity.spellings().size())).change();
      }
      Listed listed = new Listed(id, change);
      (entity.kind() == SignatoryKind.PERSON ? persons : organizations).add(listed);
    }
    organizations.addAll(persons);
    return organizations;
  }

  /** Letter number {@code n}: a date line, then the list under "Groups" and "Individuals". */
  private static Letter letter(
      int n, List<Entity> population, List<Listed> listed, SplittableRandom random) {
    String name = String.format(Locale.ROOT, "signatories-%05d", n);
    LocalDate date = LocalDate.ofEpochDay(random.nextLong(FIRST.toEpochDay(), LAST.toEpochDay()));
    String dateLine = DATE_LINE.format(date);
    String[] addressee = ADDRESSEES[random.nextInt(ADDRESSEES.length)];
    StringBuilder text = new StringBuilder(dateLine).append("\n\n");
    List<SignatoryMention> mentions = new ArrayList<>(listed.size());
    SignatoryKind section = null;
    int persons = 0;
    Set<String> countries = new HashSet<>();
    for (Listed l : listed) {
      Entity entity = population.get(l.entity());
      if (entity.kind() != section) {
        section = entity.kind();
        text.append(section == SignatoryKind.PERSON ? "Individuals" : "Groups").append('\n');
      }
      Spelling spelling = spelling(entity, l.change());
      String country = random.nextDouble() < COUNTRY_GIVEN ? entity.country() : null;
      StringBuilder line = new StringBuilder(spelling.name());
      if (spelling.acronym() != null) {
        line.append(" (").append(spelling.acronym()).append(')');
      }
      if (country != null) {
        line.append(", ").append(country);
        countries.add(country);
      }
      int start = text.length();
      text.append(line).append('\n');
      Span span = new Span(start, start + line.length());
      mentions.add(
          new SignatoryMention(
              line.toString(),
              spelling.name(),
              entity.kind(),
              spelling.acronym(),
              country,
              null,
              null,
              span));
      persons += entity.kind() == SignatoryKind.PERSON ? 1 : 0;
    }
    String body = text.toString();
    Venue venue = addressee[1] == null ? null : new Venue(addressee[1], null, false, addressee[0]);
    return new Letter(
        name + "#1",
        name + ".txt",
        1,
        LetterKind.LETTER,
        null,
        new LetterDate(date, LetterDate.Precision.DAY, LetterDate.Source.STATED, dateLine),
        null,
        addressee[0],
        venue,
        null,
        body,
        0,
        SourceMap.identity(body.length()),
        List.of(),
        mentions,
        Counts.NONE,
        null,
        new Counts(mentions.size() - persons, persons, mentions.size(), countries.size()),
        new ClaimCheck(ClaimCheck.Status.NOT_CHECKABLE, "no count claimed"));
  }

  private static Spelling spelling(Entity entity, Change change) {
    if (change == Change.NONE) {
      return new Spelling(Change.NONE, entity.name(), null);
    }
    for (Spelling s : entity.spellings()) {
      if (s.change() == change) {
        return s;
      }
    }
    throw new IllegalStateException(entity.name() + " has no spelling " + change);
  }
}
