package org.refrain.analysis.signatory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.refrain.corpus.signatory.SignatoryKind;

/**
 * Every mention written with one folded name: the unit the resolver compares, so a name listed in
 * fifty letters is compared once. Mentions keep their own spelling; the folded forms sit beside.
 *
 * @param id position in the resolver's variant list
 * @param key kind and folded words: mentions with equal keys are one variant
 * @param kind organisation or person
 * @param shown the name as first written
 * @param words folded words (an organisation's without "the" and legal forms; a person's name parts
 *     without honorifics, hyphenated parts joined: "Yang-Hee" = "yanghee")
 * @param compact the words joined without spaces
 * @param acronyms folded acronyms given with the name
 * @param descriptions an organisation's folded descriptions, compact ("COMJAN" + its long form)
 * @param initials folded initials of the words, all and content words only (two words or more)
 * @param acronymLike the name is written as an acronym ("CADAL", "LiNK")
 * @param peer a person written with a peer's title ("Lord Alton of Liverpool", "..., Lord")
 * @param countries the countries given with the name
 * @param affiliation folded content words of the persons' titles and affiliations, with counts
 * @param mentions the mentions, in letter order
 * @param letters ids of the letters listing the name
 */
record Variant(
    int id,
    String key,
    SignatoryKind kind,
    String shown,
    List<String> words,
    String compact,
    Set<String> acronyms,
    Set<String> descriptions,
    Set<String> initials,
    boolean acronymLike,
    boolean peer,
    Set<String> countries,
    Map<CharSequence, Integer> affiliation,
    List<MentionRef> mentions,
    Set<String> letters) {

  Variant {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    words = List.copyOf(words);
    acronyms = Set.copyOf(acronyms);
    descriptions = Set.copyOf(descriptions);
    initials = Set.copyOf(initials);
    countries = Set.copyOf(countries);
    affiliation = Map.copyOf(affiliation);
    mentions = List.copyOf(mentions);
    letters = Set.copyOf(letters);
  }

  boolean isPerson() {
    return kind == SignatoryKind.PERSON;
  }

  /** Both give countries and none is shared. */
  boolean countriesDiffer(Variant other) {
    return !countries.isEmpty()
        && !other.countries.isEmpty()
        && countries.stream().noneMatch(other.countries::contains);
  }

  /** Both give acronyms and none is shared. */
  boolean acronymsDiffer(Variant other) {
    return !acronyms.isEmpty()
        && !other.acronyms.isEmpty()
        && acronyms.stream().noneMatch(other.acronyms::contains);
  }
}
