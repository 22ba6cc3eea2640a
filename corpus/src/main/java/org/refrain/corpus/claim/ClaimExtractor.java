package org.refrain.corpus.claim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the count a letter claims for its signatories. A claim opens with a phrase such as "on
 * behalf of", "joined by", "signed by" or "a coalition of" and runs to the end of its clause; in
 * it, each count is read with the nouns that follow it: organisations ("non-governmental
 * organizations and coalitions", "other groups"), individuals ("concerned individuals"), both at
 * once ("organizations, coalitions, and concerned individuals": a total), or countries ("from 6
 * different countries"). "X, joined by 68 other groups" counts X too. A count can also be the
 * subject of a signing verb with no opener before it ("Over 100 groups have signed this letter",
 * "More than 40 organisations signed"): {@link SigningSubject}. The letter's own words are searched
 * before the publisher's preamble; in each text the earliest claim wins.
 */
public final class ClaimExtractor {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  // The look-ahead for the alternatives' first letters spares testing the word boundary, the
  // costly part, at every position of every paragraph; it matches nothing the boundary would not.
  // "We are 45 organisations" opens a claim only with the count right after it ("We are writing on
  // behalf of 28 ..." is read from "on behalf of"). A dash or an ellipsis right before a count
  // opens a claim too ("Joint statement – 57
  // organisations call ..."), but not a range's dash ("2019–2020").
  private static final Pattern TRIGGER =
      Pattern.compile(
          "(?i)(?:(?=[ojseatw])\\b(on\\s+behalf\\s+of|joined\\s+by|signed\\s+by|endorsed\\s+by"
              + "|supported\\s+by|a\\s+coalition\\s+of|a\\s+group\\s+of|together\\s+with|we,?\\s+the"
              + "|we,|we\\s+are(?=\\s+(?:over\\s+|more\\s+than\\s+)?(?:"
              + NumberWords.PATTERN
              + ")(?![\\p{L}\\d]))|our)\\s+|((?<!\\d)[–—]|…|\\.{3}|(?<=\\s)-)\\s*(?=\\d))");
  private static final Pattern NUMBER =
      Pattern.compile("(?i)(?<![\\p{L}\\d])(" + NumberWords.PATTERN + ")(?![\\p{L}\\d])");

  /** Words after which a count's noun phrase has ended ("... individuals from 6 countries"). */
  private static final Pattern PHRASE_END =
      Pattern.compile("(?i)\\b(from|to|who|which|that|in|across|around|representing)\\b");

  private static final Pattern COUNTRIES_PHRASE =
      Pattern.compile("(?i)\\s*(different\\s+|other\\s+)?countries\\b.*", Pattern.DOTALL);

  /** "about 300 groups" is no count a list can be checked against. */
  private static final Pattern APPROXIMATE =
      Pattern.compile(
          "(?i)\\b(nearly|almost|some|about|around|approximately|roughly|up\\s+to|dozens|hundreds"
              + "|thousands)\\s*$");

  /** "over 300 groups", "more than 80": a least value, checked as "at least". */
  private static final Pattern LOWER_BOUND =
      Pattern.compile("(?i)\\b(more\\s+than|over|at\\s+least|upwards\\s+of)\\s*$");

  /** Nouns must follow a count closely to belong to it. */
  private static final int MAX_PHRASE_WORDS = 8;

  /** A clause ends after sentence punctuation, or before "to urge" ("... countries to urge"). */
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          "([.;:!?])(?=\\s|$)|\\s+to\\s+(urge|ask|call|request|express|raise|draw|welcome|"
              + "share|bring|highlight)\\b");

  private static final int MAX_CLAUSE = 300;
  private static final Pattern ORG_WORD =
      Pattern.compile("(?i)organi[sz]ations|groups|NGOs|coalitions|civil society|members");
  private static final Pattern PERSON_WORD =
      Pattern.compile("(?i)individuals|persons|people|experts");

  /** The first claim in {@code texts}, searched in order; empty when none states a count. */
  public Optional<Claim> extract(List<String> texts) {
    for (String text : texts) {
      int[] triggerAt = {-1};
      Optional<Claim> opened = opened(text, triggerAt);
      Optional<Claim> subject = subject(text, opened.isPresent() ? triggerAt[0] : text.length());
      if (subject.isPresent()) {
        return subject;
      }
      if (opened.isPresent()) {
        return opened;
      }
    }
    return Optional.empty();
  }

  /** The first claim an opener starts in {@code text}; its position goes into {@code at[0]}. */
  private static Optional<Claim> opened(String text, int[] at) {
    Matcher trigger = TRIGGER.matcher(text);
    while (trigger.find()) {
      // The clause ends after its opener: the dots of "... 23 organisations" end no clause.
      String clause = clause(text, trigger.start(), trigger.end());
      String opener = trigger.group(1) != null ? trigger.group(1) : trigger.group(2);
      Counts counts = read(clause.substring(trigger.end() - trigger.start()), opener);
      if (!counts.isEmpty()) {
        at[0] = trigger.start();
        return Optional.of(new Claim(counts, clause.strip()));
      }
    }
    return Optional.empty();
  }

  /**
   * The first claim whose count is the subject of a signing verb and that starts before {@code
   * before}: the counts are read from the subject only ("Over 100 groups"), the evidence runs to
   * the clause's end.
   */
  private static Optional<Claim> subject(String text, int before) {
    Matcher number = NUMBER.matcher(text);
    while (number.find() && number.start() < before) {
      SigningSubject.Match m = SigningSubject.at(text, number.start(1), number.end(1));
      if (m == null || m.start() >= before) {
        continue;
      }
      Counts counts = read(text.substring(m.start(), m.verb()), "");
      if (!counts.isEmpty()) {
        return Optional.of(new Claim(counts, clause(text, m.start()).strip()));
      }
    }
    return Optional.empty();
  }

  private static String clause(String text, int from) {
    return clause(text, from, from);
  }

  /** The clause that starts at {@code from}, ending at the first clause end from {@code after}. */
  private static String clause(String text, int from, int after) {
    int to = Math.max(after, Math.min(text.length(), from + MAX_CLAUSE));
    Matcher end = CLAUSE_END.matcher(text).region(after, to);
    if (!end.find()) {
      return text.substring(from, to);
    }
    return text.substring(from, end.group(1) != null ? end.end() : end.start());
  }

  /**
   * The counts of a claim's clause. Exact counts win: a lower bound ("over 300 groups", "120+
   * organisations") is kept only when the clause states no exact count of signatories, and then the
   * whole claim is a lower bound; "more than 3 organisations and 2 individuals" claims the 2
   * individuals only.
   */
  private static Counts read(String clause, String trigger) {
    Integer[] exact = new Integer[4];
    Integer[] least = new Integer[4];
    boolean joined = trigger.toLowerCase(Locale.ROOT).startsWith("joined");
    Matcher m = NUMBER.matcher(clause);
    List<int[]> numbers = new java.util.ArrayList<>();
    while (m.find()) {
      numbers.add(new int[] {m.start(1), m.end(1)});
    }
    for (int i = 0; i < numbers.size(); i++) {
      int[] at = numbers.get(i);
      int n = NumberWords.parse(clause.substring(at[0], at[1])).orElse(-1);
      int next = i + 1 < numbers.size() ? numbers.get(i + 1)[0] : clause.length();
      String phrase = phraseAfter(clause.substring(at[1], next));
      String before = clause.substring(0, at[0]);
      if (n < 0 || APPROXIMATE.matcher(before).find()) {
        continue;
      }
      boolean lower =
          LOWER_BOUND.matcher(before).find()
              || (at[1] < clause.length() && clause.charAt(at[1]) == '+');
      int field = field(phrase);
      if (field < 0) {
        continue;
      }
      // "ICNK, joined by 68 other groups": the subject is one more organisation.
      boolean other = field == ORGS && joined && phrase.toLowerCase(Locale.ROOT).contains("other");
      Integer[] into = lower ? least : exact;
      into[field] = into[field] == null ? n + (other ? 1 : 0) : into[field];
    }
    boolean exactSigners = exact[ORGS] != null || exact[PEOPLE] != null || exact[TOTAL] != null;
    boolean leastSigners = least[ORGS] != null || least[PEOPLE] != null || least[TOTAL] != null;
    if (exactSigners || !leastSigners) {
      return new Counts(exact[ORGS], exact[PEOPLE], exact[TOTAL], exact[COUNTRIES]);
    }
    Integer countries = exact[COUNTRIES] != null ? exact[COUNTRIES] : least[COUNTRIES];
    return new Counts(least[ORGS], least[PEOPLE], least[TOTAL], countries, true);
  }

  private static final int ORGS = 0;
  private static final int PEOPLE = 1;
  private static final int TOTAL = 2;
  private static final int COUNTRIES = 3;

  /** Which count a noun phrase gives, or -1: organisations, people, both (total), countries. */
  private static int field(String phrase) {
    if (COUNTRIES_PHRASE.matcher(phrase).matches()) {
      return COUNTRIES;
    }
    boolean org = ORG_WORD.matcher(phrase).find();
    boolean person = PERSON_WORD.matcher(phrase).find();
    return org && person ? TOTAL : org ? ORGS : person ? PEOPLE : -1;
  }

  /** The noun phrase after a count: up to a preposition or relative, at most a few words. */
  private static String phraseAfter(String rest) {
    Matcher end = PHRASE_END.matcher(rest);
    String phrase = end.find() ? rest.substring(0, end.start()) : rest;
    if (phrase.startsWith("+")) {
      phrase = phrase.substring(1);
    }
    String[] words = SPACES.split(phrase.strip());
    if (words.length > MAX_PHRASE_WORDS) {
      phrase = String.join(" ", java.util.Arrays.copyOf(words, MAX_PHRASE_WORDS));
    }
    return phrase;
  }
}
