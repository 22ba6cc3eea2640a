package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;
import org.refrain.corpus.signatory.SignatoryWords;

/**
 * Reads a mention's name into the folded words the resolver compares. Organisations lose "the" and
 * trailing legal forms ("Inc.", "e.V."); persons lose honorifics ("Dr", "Lord"), a peer's
 * territorial designation ("of Liverpool") and post-nominals ("Ph.D."), and hyphenated parts are
 * joined ("Yang-Hee" = "Yanghee"). The name as written is never changed.
 */
final class NameNormalizer {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Honorifics that make a peer, whose name is then a family name and a place. */
  private static final Set<String> PEERS =
      Set.of("lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess");

  private static final Set<String> FEMALE_PEERS =
      Set.of("lady", "baroness", "viscountess", "countess");

  private final NameLexicon lexicon;

  NameNormalizer(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The signatory word lists names are read with. */
  SignatoryWords words() {
    return lexicon.words();
  }

  /** The folded words of {@code mention}'s name: an organisation's words or a person's parts. */
  List<String> words(SignatoryMention mention) {
    List<String> words =
        mention.kind() == SignatoryKind.PERSON
            ? personParts(mention.name())
            : orgWords(mention.name());
    return words.isEmpty() ? List.of(mention.name().strip().toLowerCase(Locale.ROOT)) : words;
  }

  /** The words of an organisation's name, without "the" and trailing legal forms. */
  List<String> orgWords(String name) {
    List<String> words = new ArrayList<>();
    for (String word : NameFolding.words(name)) {
      if (!word.equals("the")) {
        words.add(lexicon.spelled(word));
      }
    }
    while (words.size() > 1 && lexicon.legalForms().contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return words;
  }

  /** A person's name parts, folded, without titles; hyphenated parts joined. */
  List<String> personParts(String name) {
    String[] tokens = SPACES.split(name.split(",", 2)[0].strip());
    int start = 0;
    int end = tokens.length;
    boolean peer = false;
    if (end > 1 && NameFolding.fold(tokens[0]).equals("the")) {
      start++; // "The Hon. Michael Kirby"
    }
    while (start < end - 1 && lexicon.words().isHonorific(tokens[start])) {
      peer |= PEERS.contains(NameFolding.fold(tokens[start]));
      start++;
    }
    if (peer) {
      for (int i = start + 1; i < end; i++) {
        if (NameFolding.fold(tokens[i]).equals("of")) {
          end = i;
          break;
        }
      }
    }
    while (end > start + 1 && lexicon.words().isPostNominal(tokens[end - 1])) {
      end--;
    }
    List<String> parts = new ArrayList<>();
    for (int i = start; i < end; i++) {
      String part = NameFolding.fold(tokens[i]).replace(" ", "");
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts;
  }

  /**
   * The peer title {@code mention} is written with (folded: "lord"), before the name or as its
   * title; or null.
   */
  String peerTitle(SignatoryMention mention) {
    if (mention.kind() != SignatoryKind.PERSON) {
      return null;
    }
    String title = mention.title() == null ? "" : mention.title();
    for (String word : NameFolding.words(mention.name() + " " + title)) {
      if (PEERS.contains(word)) {
        return word;
      }
    }
    return null;
  }

  /** A peer's territorial designation ("of Liverpool": "liverpool"), folded; or null. */
  String designation(SignatoryMention mention) {
    if (peerTitle(mention) == null) {
      return null;
    }
    List<String> words = NameFolding.words(mention.name().split(",", 2)[0]);
    int of = words.indexOf("of");
    return of < 1 || of == words.size() - 1
        ? null
        : String.join(" ", NameFolding.without(words.subList(of + 1, words.size()), "the"::equals));
  }

  /** Whether two peer titles are of the same sex: "lord" and "baroness" name different people. */
  static boolean samePeerage(String a, String b) {
    return a == null || b == null || FEMALE_PEERS.contains(a) == FEMALE_PEERS.contains(b);
  }

  /** Whether a name is written as an acronym: one word, at least half of its letters capitals. */
  static boolean acronymLike(String name) {
    String s = name.strip();
    if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    long letters = s.chars().filter(Character::isLetter).count();
    long capitals = s.chars().filter(Character::isUpperCase).count();
    return letters >= 2 && capitals >= 2 && capitals * 2 >= letters;
  }

  /** The initials of {@code words}: of all words, and of the words that are not function words. */
  Set<String> initials(List<String> words) {
    if (words.size() < 2) {
      return Set.of();
    }
    List<String> content =
        NameFolding.without(words, w -> w.equals("and") || lexicon.words().isFunctionWord(w));
    String all = NameFolding.initials(words);
    return content.size() < 2
        ? Set.of(all)
        : new HashSet<>(List.of(all, NameFolding.initials(content)));
  }
}
