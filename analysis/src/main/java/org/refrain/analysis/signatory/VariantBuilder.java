package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.refrain.corpus.Letter;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * Groups every mention of the letters by kind and folded name into {@link Variant}s, in order of
 * first appearance (letters in the order given, then list order), so ids are stable.
 */
final class VariantBuilder {

  private final NameNormalizer normalizer;

  VariantBuilder(NameNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  List<Variant> build(List<Letter> letters) {
    Map<String, List<MentionRef>> byKey = new LinkedHashMap<>();
    Map<String, List<String>> wordsByKey = new HashMap<>();
    for (Letter letter : letters) {
      for (int i = 0; i < letter.signatories().size(); i++) {
        SignatoryMention mention = letter.signatories().get(i);
        List<String> words = normalizer.words(mention);
        String key = key(mention, words);
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new MentionRef(letter, i, mention));
        wordsByKey.putIfAbsent(key, words);
      }
    }
    List<Variant> variants = new ArrayList<>(byKey.size());
    for (Map.Entry<String, List<MentionRef>> entry : byKey.entrySet()) {
      variants.add(
          variant(
              variants.size(), entry.getKey(), wordsByKey.get(entry.getKey()), entry.getValue()));
    }
    return variants;
  }

  /**
   * Mentions with equal keys are one variant. A person's key keeps what tells two people of one
   * family name apart once titles are dropped: a peer's designation ("Lord Kennedy of Southwark" is
   * not "Baroness Kennedy of The Shaws") and, for a family name alone, its honorific ("Dr. Kim" is
   * not "Mr. Kim").
   */
  private String key(SignatoryMention mention, List<String> words) {
    if (mention.kind() != SignatoryKind.PERSON) {
      return "o:" + String.join(" ", words);
    }
    String key = "p:" + String.join(" ", words);
    String designation = normalizer.designation(mention);
    if (designation != null) {
      key += " | of " + designation;
    }
    if (words.size() == 1) {
      key += " | " + NameFolding.fold(mention.name());
    }
    return key;
  }

  private Variant variant(int id, String key, List<String> words, List<MentionRef> mentions) {
    SignatoryMention first = mentions.get(0).mention();
    Set<String> acronyms = new TreeSet<>();
    Set<String> descriptions = new TreeSet<>();
    Set<String> countries = new TreeSet<>();
    Set<String> letters = new HashSet<>();
    Map<CharSequence, Integer> affiliation = new HashMap<>();
    String peerTitle = null;
    String designation = null;
    boolean acronymLike = false;
    for (MentionRef ref : mentions) {
      SignatoryMention m = ref.mention();
      letters.add(ref.letter().id());
      addCompact(acronyms, m.acronym());
      if (m.country() != null) {
        countries.add(m.country());
      }
      if (m.kind() == SignatoryKind.PERSON) {
        peerTitle = peerTitle != null ? peerTitle : normalizer.peerTitle(m);
        designation = designation != null ? designation : normalizer.designation(m);
        countWords(affiliation, m.title());
        countWords(affiliation, m.affiliation());
      } else {
        acronymLike |= NameNormalizer.acronymLike(m.name());
        if (m.affiliation() != null) {
          descriptions.add(NameFolding.compact(normalizer.orgWords(m.affiliation())));
        }
      }
    }
    return new Variant(
        id,
        key,
        first.kind(),
        first.name(),
        words,
        NameFolding.compact(words),
        acronyms,
        descriptions,
        first.kind() == SignatoryKind.PERSON ? Set.of() : normalizer.initials(words),
        acronymLike,
        peerTitle,
        designation,
        countries,
        affiliation,
        mentions,
        letters);
  }

  private static void addCompact(Set<String> into, String text) {
    if (text != null) {
      String compact = NameFolding.compact(NameFolding.words(text));
      if (!compact.isEmpty()) {
        into.add(compact);
      }
    }
  }

  private void countWords(Map<CharSequence, Integer> counts, String text) {
    if (text == null) {
      return;
    }
    for (String word : NameFolding.words(text)) {
      // Role and keyword words ("Professor", "Member", "University") link too many people.
      if (word.length() > 1
          && !word.equals("and")
          && !normalizer.words().isFunctionWord(word)
          && !normalizer.words().isRoleWord(word)
          && !normalizer.words().isOrgKeyword(word)) {
        counts.merge(word, 1, Integer::sum);
      }
    }
  }
}
