package org.refrain.analysis.signatory;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
 * @param peerTitle a person's peer title, folded ("lord", "baroness"), or null
 * @param designation a peer's territorial designation, folded ("liverpool"), or null
 * @param countries the countries given with the name
 * @param affiliation distinctive folded words of the persons' titles and affiliations (no role,
 *     keyword or function words), with counts
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
    String peerTitle,
    String designation,
    Set<String> countries,
    Map<CharSequence, Integer> affiliation,
    List<MentionRef> mentions,
    Set<String> letters) {

  Variant {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    words = List.copyOf(words);
    acronyms = sorted(acronyms);
    descriptions = sorted(descriptions);
    initials = sorted(initials);
    countries = sorted(countries);
    affiliation = Map.copyOf(affiliation);
    mentions = List.copyOf(mentions);
    letters = Set.copyOf(letters);
  }

  /** Sorted, so the details that print these sets read the same every run. */
  private static Set<String> sorted(Set<String> set) {
    return Collections.unmodifiableSet(new TreeSet<>(set));
  }

  /**
   * Variants are equal when their ids are: ids are unique in a resolution, and hashing a whole
   * variant would hash every letter its mentions stand in.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Variant v && v.id == id && v.key.equals(key);
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(id);
  }

  /** Whether the person is written with a peer's title. */
  boolean peer() {
    return peerTitle != null;
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
