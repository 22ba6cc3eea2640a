package org.refrain.benchmarks.synthetic;

import java.util.Objects;

/**
 * How to generate a synthetic corpus. Immutable; {@link #of} gives the defaults and the {@code
 * with*} methods change one option.
 *
 * @param seed the seed of every random choice: the same seed gives the same corpus
 * @param target how large the corpus should be
 * @param replaceShare share of content words replaced (default 0.15)
 * @param nameShare share of names (capitalised words inside a sentence), month names and
 *     signatories replaced (default 0.3): names vary more than prose between real letters
 * @param inventShare share of replacements that are invented words rather than other words of the
 *     samples (default 0.5)
 * @param freshShare share of invented words that are new rather than an earlier invention (default
 *     0.25): inventions recur, as real words do, while the vocabulary still grows with the corpus
 * @param functionShare share of function words (and lower-case words of one or two letters)
 *     replaced by another function word (default 0): sentences lose their grammar, but two letters
 *     drawn from the same sample paragraph no longer share its skeleton of function words, which
 *     reuse benchmarks want
 */
public record SyntheticOptions(
    long seed,
    Target target,
    double replaceShare,
    double nameShare,
    double inventShare,
    double freshShare,
    double functionShare) {

  public SyntheticOptions {
    Objects.requireNonNull(target, "target");
    requireShare("replaceShare", replaceShare);
    requireShare("nameShare", nameShare);
    requireShare("inventShare", inventShare);
    requireShare("freshShare", freshShare);
    requireShare("functionShare", functionShare);
  }

  /** The default options for {@code seed} and {@code target}. */
  public static SyntheticOptions of(long seed, Target target) {
    return new SyntheticOptions(seed, target, 0.15, 0.3, 0.5, 0.25, 0);
  }

  public SyntheticOptions withReplaceShare(double share) {
    return new SyntheticOptions(
        seed, target, share, nameShare, inventShare, freshShare, functionShare);
  }

  public SyntheticOptions withNameShare(double share) {
    return new SyntheticOptions(
        seed, target, replaceShare, share, inventShare, freshShare, functionShare);
  }

  public SyntheticOptions withInventShare(double share) {
    return new SyntheticOptions(
        seed, target, replaceShare, nameShare, share, freshShare, functionShare);
  }

  public SyntheticOptions withFreshShare(double share) {
    return new SyntheticOptions(
        seed, target, replaceShare, nameShare, inventShare, share, functionShare);
  }

  public SyntheticOptions withFunctionShare(double share) {
    return new SyntheticOptions(
        seed, target, replaceShare, nameShare, inventShare, freshShare, share);
  }

  private static void requireShare(String name, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1]: " + share);
    }
  }
}
