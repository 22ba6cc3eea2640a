package org.refrain.analysis.coalition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.Letter;

/**
 * The core coalition: entities that signed at least {@code k} letters, and for each letter how much
 * of the core and of the previous letter's signers it kept.
 *
 * @param k the least number of letters a core member signed
 * @param members the core, most letters first (the resolution's entity order)
 * @param retention one row per letter with a list, in date order
 */
public record CoreCoalition(int k, List<SignatoryEntity> members, List<Retention> retention) {

  /**
   * One letter's retention.
   *
   * @param letter the letter
   * @param signers entities signing it
   * @param core core members signing it
   * @param previous signers of the letter before it (0 for the first)
   * @param retained of those, how many signed this letter too
   */
  public record Retention(Letter letter, int signers, int core, int previous, int retained) {

    public Retention {
      Objects.requireNonNull(letter, "letter");
    }

    /** Share of the previous letter's signers who signed this one; 0 for the first letter. */
    public double retainedShare() {
      return previous == 0 ? 0 : (double) retained / previous;
    }
  }

  public CoreCoalition {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + k);
    }
    members = List.copyOf(members);
    retention = List.copyOf(retention);
  }

  /** Share of the core signing {@code row}'s letter; 0 when the core is empty. */
  public double coreShare(Retention row) {
    return members.isEmpty() ? 0 : (double) row.core() / members.size();
  }

  /** The core of entities signing at least {@code k} of {@code coalition}'s letters. */
  public static CoreCoalition of(Coalition coalition, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + k);
    }
    List<SignatoryEntity> members = new ArrayList<>();
    for (SignatoryEntity entity : coalition.resolution().entities()) {
      if (entity.letterCount() >= k) {
        members.add(entity);
      }
    }
    Set<SignatoryEntity> core = Set.copyOf(members);
    List<Retention> rows = new ArrayList<>();
    Set<SignatoryEntity> previous = Set.of();
    for (Letter letter : coalition.letters()) {
      Set<SignatoryEntity> signers = coalition.signers(letter);
      int inCore = (int) signers.stream().filter(core::contains).count();
      int retained = (int) previous.stream().filter(signers::contains).count();
      rows.add(new Retention(letter, signers.size(), inCore, previous.size(), retained));
      previous = signers;
    }
    return new CoreCoalition(k, members, rows);
  }

  /** The default k: half the letters with a list, rounded up, and at least 2. */
  public static int defaultK(Coalition coalition) {
    return Math.max(2, (coalition.letters().size() + 1) / 2);
  }
}
