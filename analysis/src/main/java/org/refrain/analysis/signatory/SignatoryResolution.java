package org.refrain.analysis.signatory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refrain.corpus.Letter;

/**
 * The outcome of resolving a corpus's signatories: the entities, the pairs worth a person's look,
 * and warnings about the alias file (lines that name no signatory). Immutable.
 */
public final class SignatoryResolution {

  private final List<Letter> letters;
  private final List<SignatoryEntity> entities;
  private final List<ReviewPair> review;
  private final List<String> warnings;
  private final Map<String, SignatoryEntity> byMention = new HashMap<>();
  private final Map<String, SignatoryEntity> byId = new HashMap<>();

  /**
   * @param letters the letters resolved, in date order
   * @param entities every entity, most letters first, then by name
   * @param review pairs near the merge line, highest score first
   * @param warnings alias-file lines that had no effect
   */
  public SignatoryResolution(
      List<Letter> letters,
      List<SignatoryEntity> entities,
      List<ReviewPair> review,
      List<String> warnings) {
    this.letters = List.copyOf(letters);
    this.entities = List.copyOf(entities);
    this.review = List.copyOf(review);
    this.warnings = List.copyOf(warnings);
    for (SignatoryEntity entity : this.entities) {
      if (byId.put(entity.id(), entity) != null) {
        throw new IllegalArgumentException("duplicate entity id " + entity.id());
      }
      for (MentionRef ref : entity.mentions()) {
        byMention.put(key(ref.letter().id(), ref.position()), entity);
      }
    }
  }

  public List<Letter> letters() {
    return letters;
  }

  public List<SignatoryEntity> entities() {
    return entities;
  }

  public List<ReviewPair> review() {
    return review;
  }

  public List<String> warnings() {
    return warnings;
  }

  /** The entity of the mention at {@code position} in letter {@code letterId}'s list, or null. */
  public SignatoryEntity entityOf(String letterId, int position) {
    return byMention.get(key(letterId, position));
  }

  /** The entity with {@code id}, or null. */
  public SignatoryEntity entity(String id) {
    return byId.get(id);
  }

  private static String key(String letterId, int position) {
    return letterId + "\u0000" + position;
  }
}
