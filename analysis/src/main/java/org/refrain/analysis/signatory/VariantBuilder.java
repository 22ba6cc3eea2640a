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
import org.refrain.corpus.signatory.SignatoryWords;

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
        String key =
            (mention.kind() == SignatoryKind.PERSON ? "p:" : "o:") + String.join(" ", words);
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

  private Variant variant(int id, String key, List<String> words, List<MentionRef> mentions) {
    SignatoryMention first = mentions.get(0).mention();
    Set<String> acronyms = new TreeSet<>();
    Set<String> descriptions = new TreeSet<>();
    Set<String> countries = new TreeSet<>();
    Set<String> letters = new HashSet<>();
    Map<CharSequence, Integer> affiliation = new HashMap<>();
    boolean peer = false;
    boolean acronymLike = false;
    for (MentionRef ref : mentions) {
      SignatoryMention m = ref.mention();
      letters.add(ref.letter().id());
      addCompact(acronyms, m.acronym());
      if (m.country() != null) {
        countries.add(m.country());
      }
      if (m.kind() == SignatoryKind.PERSON) {
        peer |= normalizer.isPeer(m);
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
        first.kind() == SignatoryKind.PERSON ? Set.of() : NameNormalizer.initials(words),
        acronymLike,
        peer,
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

  private static void countWords(Map<CharSequence, Integer> counts, String text) {
    if (text == null) {
      return;
    }
    for (String word : NameFolding.words(text)) {
      if (word.length() > 1 && !SignatoryWords.isFunctionWord(word) && !word.equals("and")) {
        counts.merge(word, 1, Integer::sum);
      }
    }
  }
}
