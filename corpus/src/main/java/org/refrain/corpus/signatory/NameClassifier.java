package org.refrain.corpus.signatory;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Judges the shape of a name: whether it reads as a person's ("Kim Jeong-sam", "Lord Alton of
 * Liverpool"), holds an organisation keyword, or is an acronym ("LiNK", "FORUM-ASIA"). Shape, not
 * position in the list, decides, because lists drop countries and descriptions unevenly.
 */
final class NameClassifier {

  /** A capitalised word; hyphenated parts may be lower case ("Jeong-sam"), accents allowed. */
  private static final Pattern NAME_WORD =
      Pattern.compile("\\p{Lu}[\\p{L}'\u2019]*(?:-\\p{L}[\\p{L}'\u2019]*)*");

  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
  private static final Pattern ACRONYM_CHARS =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&.\\-]*");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");
  private static final Pattern PAIR = Pattern.compile("\\s+(?:and|&)\\s+");

  private final SignatoryLexicon lexicon;
  private final CountryGazetteer gazetteer;

  NameClassifier(SignatoryLexicon lexicon, CountryGazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  /**
   * Two to four capitalised words, no function word, all-caps token, digit, organisation keyword or
   * place word, and not starting with a role word: "Sonja Biserko", "Tomás Ojea-Quintana".
   */
  boolean isPersonShaped(String text) {
    String[] words = words(text);
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    if (SignatoryLexicon.has(lexicon.roleWords(), words[0])) {
      return false;
    }
    int initials = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean inside = i > 0 && i < words.length - 1;
      if (inside && SignatoryLexicon.has(lexicon.nameParticles(), w)) {
        continue;
      }
      if (INITIALS.matcher(w).matches()) {
        initials++;
        continue;
      }
      if (!isNameWord(w)) {
        return false;
      }
    }
    return initials < words.length - 1 && !mentionsPlace(words);
  }

  private boolean isNameWord(String w) {
    return NAME_WORD.matcher(w).matches()
        && !looksLikeAcronym(w)
        && !SignatoryLexicon.has(lexicon.functionWords(), w)
        && !SignatoryLexicon.has(lexicon.orgKeywords(), w)
        && !SignatoryLexicon.has(lexicon.regionWords(), w);
  }

  /** Two leading capitals ("NKnet", "HH") or three in one hyphen-part ("LiNK") mark an acronym. */
  private static boolean looksLikeAcronym(String w) {
    for (String part : w.split("-")) {
      if (part.length() >= 2
          && Character.isUpperCase(part.charAt(0))
          && Character.isUpperCase(part.charAt(1))) {
        return true;
      }
      if (part.chars().filter(Character::isUpperCase).count() >= 3) {
        return true;
      }
    }
    return false;
  }

  /** True when some run of up to four words is a country ("Open North Korea", "China Aid"). */
  private boolean mentionsPlace(String[] words) {
    for (int from = 0; from < words.length; from++) {
      StringBuilder phrase = new StringBuilder();
      for (int to = from; to < Math.min(words.length, from + 4); to++) {
        phrase.append(to > from ? " " : "").append(words[to]);
        if (gazetteer.isCountry(phrase.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  /** An honorific, then a capitalised name of up to five words: "Lord Alton of Liverpool". */
  boolean isHonorificLed(String text) {
    String[] words = words(text);
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    if (!SignatoryLexicon.has(lexicon.honorifics(), words[0])
        || !NAME_WORD.matcher(words[1]).matches()
        || SignatoryLexicon.has(lexicon.functionWords(), words[1])) {
      return false;
    }
    for (int i = 2; i < words.length; i++) {
      if (!NAME_WORD.matcher(words[i]).matches()
          && !INITIALS.matcher(words[i]).matches()
          && !SignatoryLexicon.has(lexicon.functionWords(), words[i])
          && !SignatoryLexicon.has(lexicon.nameParticles(), words[i])) {
        return false;
      }
    }
    return true;
  }

  /** True when the text names one person or a pair of persons. */
  boolean isPersonName(String text) {
    return isPersonShaped(text) || isHonorificLed(text) || !personPair(text).isEmpty();
  }

  /**
   * The two names of "Kim Kyu Li and Kim Hyuk" when both halves are person-shaped; else empty.
   * "Asia Justice and Rights" is no pair: neither half is a person.
   */
  List<String> personPair(String text) {
    String[] halves = PAIR.split(text.strip(), -1);
    if (halves.length != 2) {
      return List.of();
    }
    for (String half : halves) {
      if (!isPersonShaped(half) && !isHonorificLed(half)) {
        return List.of();
      }
    }
    return List.of(halves[0].strip(), halves[1].strip());
  }

  /** True when a word of the text is an organisation keyword ("Human Rights Watch"). */
  boolean hasOrgKeyword(String text) {
    for (String w : NON_WORD.split(text)) {
      if (!w.isEmpty() && SignatoryLexicon.has(lexicon.orgKeywords(), w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A short form: one token of 2-15 letters, digits, '&', '.' or '-' with at least two capitals,
   * mostly capitals or two leading ones ("LiNK", "InCRC", "NKnet", "GCR2P", "FORUM-ASIA", "FoD"),
   * optionally followed by one more word ("BALAOD Mindanaw").
   */
  boolean isAcronym(String text) {
    String[] words = words(text);
    if (words.length == 0 || words.length > 2 || text.strip().length() > 24) {
      return false;
    }
    if (!isAcronymToken(words[0])) {
      return false;
    }
    return words.length == 1 || isAcronymToken(words[1]) || NAME_WORD.matcher(words[1]).matches();
  }

  private boolean isAcronymToken(String w) {
    if (w.length() < 2 || w.length() > 15 || !ACRONYM_CHARS.matcher(w).matches()) {
      return false;
    }
    long upper = w.chars().filter(Character::isUpperCase).count();
    long lower = w.chars().filter(Character::isLowerCase).count();
    boolean twoLeading = Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1));
    return upper >= 2
        && (upper >= lower || twoLeading)
        && !SignatoryLexicon.has(lexicon.functionWords(), w);
  }

  /** A description starts in lower case ("elder brother of ...") or with a role word. */
  boolean startsLikeDescription(String text) {
    String[] words = words(text);
    if (words.length == 0) {
      return false;
    }
    return Character.isLowerCase(words[0].charAt(0))
        || SignatoryLexicon.has(lexicon.roleWords(), words[0]);
  }

  /**
   * A short capitalised phrase holding a role word: "Director", "Visiting Scholar". Such a first
   * comma part of a description is the person's title.
   */
  boolean isRole(String text) {
    String[] words = words(text);
    if (words.length == 0 || words.length > 4) {
      return false;
    }
    boolean role = false;
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0)) || SignatoryLexicon.has(lexicon.functionWords(), w)) {
        return false;
      }
      role |= SignatoryLexicon.has(lexicon.roleWords(), w);
    }
    return role;
  }

  private static String[] words(String text) {
    String t = FieldText.squeeze(text);
    return t.isEmpty() ? new String[0] : t.split(" ");
  }
}
