package org.refrain.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.refrain.benchmarks.SyntheticSignatories.Change;
import org.refrain.benchmarks.SyntheticSignatories.Entity;
import org.refrain.benchmarks.SyntheticSignatories.Spelling;
import org.refrain.corpus.signatory.SignatoryKind;

/**
 * The population of {@link SyntheticSignatories}: organisations named in the genre's words
 * ("Talovin Network for Democracy in Burma", "Committee for Justice in Burma") and persons with
 * Korean or Western names, each with two or three variant spellings. Names are unique, no two are
 * one edit apart, and coined words are more than two edits apart, so no two entities are each
 * other's typo; an organisation's coined word goes with each type once, so no name extends another
 * ("Talovin Network" / "Talovin Network in North Korea"). Not thread-safe: one generator serves one
 * population.
 */
final class SyntheticNames {

  private static final String[] TYPES =
      words(
          "Committee|Council|Network|Alliance|Foundation|Coalition|Association|Institute"
              + "|Center|Campaign|Initiative|Society|Forum|Watch|League|Federation|Movement"
              + "|Project");
  private static final String[] CAUSES =
      words(
          "Human Rights|Democracy|Refugees|Religious Freedom|Justice|Peace and Justice"
              + "|Truth and Reconciliation|Press Freedom|Women's Rights|Children's Rights"
              + "|Labor Rights|Transitional Justice|Civil Liberties|Minority Rights"
              + "|Accountability");
  private static final String[] PLACES =
      words(
          "North Korea|Burma|Tibet|Eritrea|Vietnam|Cambodia|Syria|Belarus|Xinjiang|Uganda"
              + "|Nicaragua|Venezuela|Zimbabwe|Afghanistan|Yemen|Iran|Sudan|Hong Kong");
  private static final String[] QUALIFIERS =
      words(
          "International|Citizens'|Asian|Korean|Christian|Youth|Women's|Lawyers'|Students'"
              + "|Global|European|Catholic|Buddhist|Diaspora|Independent");
  private static final String[] COUNTRIES =
      words(
          "South Korea|South Korea|South Korea|United States|United States|Japan"
              + "|United Kingdom|Germany|France|Canada|Australia|Myanmar|Philippines|Indonesia"
              + "|Thailand|Malaysia|Taiwan|Mongolia|Nepal|India|Netherlands|Belgium|Switzerland"
              + "|Sweden|Norway|Italy|Spain|Poland|Brazil|Kenya");
  // Canonical romanisations, weighted roughly as in Korea: Kim, Lee and Park are a third or more.
  private static final String[] FAMILIES =
      words(
          "Kim|Kim|Kim|Kim|Lee|Lee|Lee|Park|Park|Choi|Jung|Kang|Cho|Yoon|Shin|Lim|Moon|Kwon"
              + "|Ahn|Yoo|Song|Hwang|Jang|Jeon|Han");
  // No "eo", "oo" or "ou": the resolver reads those alike in Korean given names.
  private static final String[] SYLLABLES =
      words(
          "min|jun|ji|hye|hyun|su|jin|ho|sang|chul|hee|won|jae|kyung|mi|na|ra|eun|bin|tae"
              + "|dong|gyu|ha|il|nam|ki|seung|hwa|sik|hun|ae|yun|rim");
  private static final String[] FIRST_NAMES =
      words(
          "Sarah|David|Michael|Anna|James|Maria|Thomas|Elena|Robert|Laura|Peter|Sophie"
              + "|Daniel|Claire|Martin|Julia|Andrew|Helen|Stephen|Emma|Richard|Grace|Jonathan"
              + "|Rebecca|Christopher|Olivia|Benjamin|Natalie|William|Catherine|Patrick|Victoria"
              + "|Samuel|Margaret|Alexander|Isabel|Nicholas|Charlotte|Matthew|Caroline|Gregory"
              + "|Hannah|Timothy|Eleanor|Francis|Miriam|Vincent|Beatrice|Lukas|Ingrid|Marco"
              + "|Chiara|Pablo|Lucia|Henrik|Astrid|Tomasz|Agnieszka|Jean|Camille");
  private static final String[] SURNAMES =
      words(
          "Mitchell|Harrison|Fischer|Lindqvist|Moreau|Bianchi|Kowalski|Novak|Andersen"
              + "|Gallagher|Whitfield|Okafor|Delgado|Brennan|Castellano|Dubois|Eriksen|Fontaine"
              + "|Gutierrez|Hartmann|Ivanova|Jablonski|Kessler|Lambert|Marchetti|Nakamura|Olsen"
              + "|Petrov|Quinlan|Rasmussen|Schneider|Tanaka|Underwood|Valdez|Weber|Yamamoto"
              + "|Zimmermann|Abernathy|Bergstrom|Carmichael|Donnelly|Ellington|Fairbanks|Goldberg"
              + "|Holloway|Iglesias|Jorgensen|Kaufmann|Lockhart|McAllister|Nordstrom|Oyelaran"
              + "|Pemberton|Ramirez|Sutherland|Thornton|Vasquez|Wakefield|Albrecht|Blackwood"
              + "|Cunningham|Drummond|Everett|Fitzgerald|Gillespie|Hawthorne|Kilpatrick"
              + "|Livingston|Montgomery|Pendleton|Rutherford|Stanfield|Townsend|Winterbottom"
              + "|Ashworth|Beaumont|Crawford|Dempsey|Fairweather|Greenwood|Hollister|Kingsley"
              + "|Lancaster|Merriweather|Pritchard|Radcliffe|Sheffield|Whitaker");
  private static final String[] ONSETS =
      words("b|d|f|g|k|l|m|n|p|r|s|t|v|z|br|dr|gr|kr|pl|st|tr|sh|ch|th");
  private static final String[] VOWELS = words("a|e|i|o|u|a|e|o|ai|ea|ou");
  private static final String[] CODAS = words("|||n|r|l|s|m|nd");
  private static final Set<String> SMALL = Set.of("for", "in", "and", "of", "the");

  private final SplittableRandom random;

  /** Each name's compact form and its one-letter deletions: a name one edit away shares one. */
  private final Set<String> near = new HashSet<>();

  private final Set<String> coined = new HashSet<>();
  private final List<String> coinedWords = new ArrayList<>();
  private final Set<String> coinedTypes = new HashSet<>();

  SyntheticNames(SplittableRandom random) {
    this.random = random;
  }

  List<Entity> generate(int size) {
    List<Entity> out = new ArrayList<>(size);
    // Coined words are shared by two organisations or so, with different types.
    int words =
        Math.max(
            20,
            (int) (size * (1 - SyntheticSignatories.PERSONS) * SyntheticSignatories.COINED / 2));
    while (coinedWords.size() < words) {
      String word = coin();
      Set<String> deletions = deletions(word, 2);
      if (deletions.stream().noneMatch(coined::contains)) {
        coined.addAll(deletions);
        coinedWords.add(word);
      }
    }
    int stuck = 0;
    while (out.size() < size) {
      boolean person = random.nextDouble() < SyntheticSignatories.PERSONS;
      // When the word lists run short (a very large population), names take coined words.
      boolean coin = stuck > 100;
      String name = person ? personName(coin) : orgName(coin);
      Set<String> deletions = name == null ? Set.of() : deletions(compact(name), 1);
      if (name == null || deletions.stream().anyMatch(near::contains)) {
        stuck++;
        continue;
      }
      stuck = 0;
      near.addAll(deletions);
      out.add(person ? person(out.size(), name) : organization(out.size(), name));
    }
    return List.copyOf(out);
  }

  private Entity organization(int id, String name) {
    List<String> content = new ArrayList<>();
    for (String word : name.split(" ")) {
      if (!SMALL.contains(word.toLowerCase(Locale.ROOT))) {
        content.add(word);
      }
    }
    String acronym = null;
    if (content.size() >= 3 && random.nextDouble() < 0.5) {
      StringBuilder initials = new StringBuilder();
      content.forEach(w -> initials.append(Character.toUpperCase(w.charAt(0))));
      acronym = initials.toString();
    }
    String country = random.nextDouble() < 0.8 ? COUNTRIES[random.nextInt(COUNTRIES.length)] : null;
    List<Spelling> options = new ArrayList<>();
    options.add(new Spelling(Change.CASE, name.toUpperCase(Locale.ROOT), null));
    options.add(new Spelling(Change.THE, "The " + name, null));
    if (name.contains(" and ")) {
      options.add(new Spelling(Change.AMPERSAND, name.replace(" and ", " & "), null));
    }
    if (acronym != null) {
      options.add(new Spelling(Change.ACRONYM, name, acronym));
      options.add(new Spelling(Change.ACRONYM_ONLY, acronym, null));
    }
    options.add(new Spelling(Change.HYPHEN, joinWords(name, "-"), null));
    options.add(new Spelling(Change.SPACING, joinWords(name, ""), null));
    String typo = typo(name, 7);
    if (typo != null) {
      options.add(new Spelling(Change.TYPO, typo, null));
    }
    return new Entity(id, SignatoryKind.ORGANIZATION, name, acronym, country, pick(options, name));
  }

  private Entity person(int id, String name) {
    String[] parts = name.split(" ");
    boolean korean = parts[1].contains("-");
    List<Spelling> options = new ArrayList<>();
    options.add(
        new Spelling(
            Change.CASE,
            korean
                ? parts[0].toUpperCase(Locale.ROOT) + " " + parts[1]
                : parts[0] + " " + parts[1].toUpperCase(Locale.ROOT),
            null));
    options.add(new Spelling(Change.TITLE, "Dr. " + name, null));
    if (korean) {
      options.add(new Spelling(Change.ORDER, parts[1] + " " + parts[0], null));
      options.add(new Spelling(Change.SPACING, parts[0] + " " + split(parts[1]), null));
    }
    String typo = typo(name, 5);
    if (typo != null) {
      options.add(new Spelling(Change.TYPO, typo, null));
    }
    String country = random.nextDouble() < 0.3 ? (korean ? "South Korea" : null) : null;
    return new Entity(id, SignatoryKind.PERSON, name, null, country, pick(options, name));
  }

  /** Two or three of {@code options}, distinct changes, in a seeded order. */
  private List<Spelling> pick(List<Spelling> options, String name) {
    List<Spelling> shuffled = new ArrayList<>(options);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Spelling s = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, s);
    }
    List<Spelling> out = new ArrayList<>();
    int count = random.nextInt(2, 4);
    for (Spelling s : shuffled) {
      if (out.size() < count && (!s.name().equals(name) || s.acronym() != null)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private String orgName(boolean coin) {
    String type = TYPES[random.nextInt(TYPES.length)];
    String cause = CAUSES[random.nextInt(CAUSES.length)];
    String place = PLACES[random.nextInt(PLACES.length)];
    if (coin || random.nextDouble() < SyntheticSignatories.COINED) {
      String word = capitalised(coinedWords.get(random.nextInt(coinedWords.size())));
      if (!coinedTypes.add(word + " " + type)) {
        return null; // one organisation per coined word and type, so no name extends another
      }
      return switch (random.nextInt(4)) {
        case 0 -> word + " " + type + " for " + cause;
        case 1 -> word + " " + type + " for " + cause + " in " + place;
        default -> word + " " + type;
      };
    }
    return switch (random.nextInt(3)) {
      case 0 -> type + " for " + cause + " in " + place;
      case 1 -> QUALIFIERS[random.nextInt(QUALIFIERS.length)] + " " + type + " for " + cause;
      default -> place + " " + cause + " " + type;
    };
  }

  private String personName(boolean coin) {
    if (coin) {
      return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + capitalised(coin());
    }
    if (random.nextBoolean()) {
      String family = FAMILIES[random.nextInt(FAMILIES.length)];
      String given =
          capitalised(SYLLABLES[random.nextInt(SYLLABLES.length)])
              + "-"
              + SYLLABLES[random.nextInt(SYLLABLES.length)];
      return family + " " + given;
    }
    return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]
        + " "
        + SURNAMES[random.nextInt(SURNAMES.length)];
  }

  private String coin() {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int i = 0; i < syllables; i++) {
      word.append(ONSETS[random.nextInt(ONSETS.length)])
          .append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    word.append(CODAS[random.nextInt(CODAS.length)]);
    return word.toString();
  }

  /**
   * {@code name} with one letter of a word of at least {@code least} letters (not its first)
   * substituted, dropped or doubled; null when no word is that long.
   */
  private String typo(String name, int least) {
    String[] words = name.split(" ");
    List<Integer> long_ = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (words[i].replace("-", "").length() >= least) {
        long_.add(i);
      }
    }
    if (long_.isEmpty()) {
      return null;
    }
    int w = long_.get(random.nextInt(long_.size()));
    String word = words[w];
    int at = 1 + random.nextInt(word.length() - 1);
    if (!Character.isLetter(word.charAt(at))) {
      at = at - 1 > 0 ? at - 1 : at + 1;
    }
    char c = word.charAt(at);
    words[w] =
        switch (random.nextInt(3)) {
          case 0 -> {
            char other = (char) ('a' + random.nextInt(26));
            if (other == Character.toLowerCase(c)) {
              other = other == 'z' ? 'a' : (char) (other + 1);
            }
            yield word.substring(0, at) + other + word.substring(at + 1);
          }
          case 1 -> word.substring(0, at) + word.substring(at + 1);
          default -> word.substring(0, at) + c + word.substring(at);
        };
    return String.join(" ", words);
  }

  /** {@code name} with its first two capitalised neighbours joined by {@code by}. */
  private static String joinWords(String name, String by) {
    String[] words = name.split(" ");
    for (int i = 0; i + 1 < words.length; i++) {
      if (Character.isUpperCase(words[i].charAt(0))
          && Character.isUpperCase(words[i + 1].charAt(0))) {
        words[i + 1] = words[i] + by + words[i + 1];
        words[i] = null;
        break;
      }
    }
    return String.join(" ", Arrays.stream(words).filter(w -> w != null).toList());
  }

  /** "Min-jun" as "Min Jun". */
  private static String split(String given) {
    int hyphen = given.indexOf('-');
    return given.substring(0, hyphen) + " " + capitalised(given.substring(hyphen + 1));
  }

  /**
   * {@code word} and every word made of it by deleting up to {@code most} letters: two words within
   * {@code most} edits of each other share one.
   */
  private static Set<String> deletions(String word, int most) {
    Set<String> out = new HashSet<>();
    out.add(word);
    Set<String> last = Set.of(word);
    for (int d = 0; d < most; d++) {
      Set<String> next = new HashSet<>();
      for (String w : last) {
        for (int i = 0; i < w.length(); i++) {
          next.add(w.substring(0, i) + w.substring(i + 1));
        }
      }
      out.addAll(next);
      last = next;
    }
    return out;
  }

  /** Letters and digits of {@code name}, lower case: what the resolver's compact form keeps. */
  private static String compact(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** The words of {@code list}, separated by "|" (empty words kept). */
  private static String[] words(String list) {
    return list.split("\\|", -1);
  }
}
