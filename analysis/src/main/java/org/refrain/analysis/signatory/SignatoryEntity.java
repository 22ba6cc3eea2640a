package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.refrain.corpus.Letter;
import org.refrain.corpus.signatory.SignatoryKind;

/**
 * One organisation or person across letters: every mention resolved to it, how it is named, and why
 * its spellings were merged.
 *
 * @param id stable slug of the name ("christian-solidarity-worldwide"), unique in a resolution
 * @param name the spelling shown: the alias file's canonical name, else the full form written most
 * @param kind organisation or person
 * @param acronym the acronym given most often, or null
 * @param country the country listed most often (ties: the latest letter's), or null
 * @param countries every country listed, most letters first; more than one is a conflict
 * @param aliases every name written for it, in order of first appearance
 * @param mentions its mentions, in letter date order then list order
 * @param merges why its spellings were merged, in the order the merges were made
 */
public record SignatoryEntity(
    String id,
    String name,
    SignatoryKind kind,
    String acronym,
    String country,
    List<CountryCount> countries,
    List<String> aliases,
    List<MentionRef> mentions,
    List<Merge> merges) {

  public SignatoryEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    countries = List.copyOf(countries);
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
    merges = List.copyOf(merges);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an entity has at least one mention: " + id);
    }
  }

  /** The letters that list it, in date order, each once. */
  public List<Letter> letters() {
    Set<String> seen = new HashSet<>();
    List<Letter> letters = new ArrayList<>();
    for (MentionRef ref : mentions) {
      if (seen.add(ref.letter().id())) {
        letters.add(ref.letter());
      }
    }
    return letters;
  }

  /** How many letters list it. */
  public int letterCount() {
    Set<String> seen = new HashSet<>();
    for (MentionRef ref : mentions) {
      seen.add(ref.letter().id());
    }
    return seen.size();
  }

  /** The first letter listing it. */
  public Letter first() {
    return mentions.get(0).letter();
  }

  /** The last letter listing it. */
  public Letter last() {
    return mentions.get(mentions.size() - 1).letter();
  }

  /**
   * Entities are equal when their ids are: ids are unique within a resolution, and hashing a whole
   * entity would hash every letter it is listed in.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof SignatoryEntity e && e.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Whether letters list it under more than one country. */
  public boolean countryConflict() {
    return countries.size() > 1;
  }
}
