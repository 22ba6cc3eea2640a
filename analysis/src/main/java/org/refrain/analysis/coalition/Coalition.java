package org.refrain.analysis.coalition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.analysis.signatory.SignatoryResolution;
import org.refrain.corpus.Letter;

/**
 * The entities signing each letter that has a signatory list, letters in date order, and the
 * letters each entity signed: who signed what in long form, one entry per entity and letter, built
 * in time linear in the mentions. An entity listed twice in one letter counts once. Nothing is kept
 * per entity and letter it did not sign: an entity x letter matrix is the caller's, for small
 * corpora.
 */
public final class Coalition {

  private final SignatoryResolution resolution;
  private final List<Letter> letters;
  private final Map<String, Set<SignatoryEntity>> signers;
  private final Map<String, List<Letter>> signed = new HashMap<>();

  private Coalition(SignatoryResolution resolution) {
    this.resolution = resolution;
    Map<String, Set<SignatoryEntity>> byLetter = new LinkedHashMap<>();
    List<Letter> withLists = new ArrayList<>();
    for (Letter letter : resolution.letters()) {
      if (letter.signatories().isEmpty()) {
        continue;
      }
      withLists.add(letter);
      Set<SignatoryEntity> entities = new LinkedHashSet<>();
      for (int i = 0; i < letter.signatories().size(); i++) {
        SignatoryEntity entity = resolution.entityOf(letter.id(), i);
        if (entities.add(entity) && entity != null) {
          signed.computeIfAbsent(entity.id(), k -> new ArrayList<>()).add(letter);
        }
      }
      byLetter.put(letter.id(), Collections.unmodifiableSet(entities));
    }
    this.letters = List.copyOf(withLists);
    this.signers = byLetter;
  }

  public static Coalition of(SignatoryResolution resolution) {
    return new Coalition(resolution);
  }

  public SignatoryResolution resolution() {
    return resolution;
  }

  /** The letters that have a signatory list, in date order. */
  public List<Letter> letters() {
    return letters;
  }

  /** The entities signing {@code letter}, in list order; empty for a letter without a list. */
  public Set<SignatoryEntity> signers(Letter letter) {
    return signers.getOrDefault(letter.id(), Set.of());
  }

  /**
   * The letters {@code entity} signed, in date order (the order of {@link #letters()}), each once;
   * empty for an entity of another resolution.
   */
  public List<Letter> letters(SignatoryEntity entity) {
    return Collections.unmodifiableList(signed.getOrDefault(entity.id(), List.of()));
  }

  /** Whether {@code entity} signed {@code letter}: two hash lookups, no scan. */
  public boolean signed(SignatoryEntity entity, Letter letter) {
    return signers(letter).contains(entity);
  }
}
