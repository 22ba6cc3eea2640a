package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refrain.corpus.Letter;

/**
 * What {@link SignatoryResolver} works on, for the signatory benchmark: its variants and the
 * candidate pairs its blocking keys give. Lives in the benchmarks module, in the resolver's
 * package, only to reach the package-private {@link VariantBuilder} and {@link CandidatePairs}; it
 * runs them exactly as {@link SignatoryResolver#resolve} does (letters in date order, the standard
 * lexicon), outside any timed run. Nothing in the analysis module knows it.
 */
public final class BlockingProbe {

  /**
   * The variants and candidate pairs of one corpus.
   *
   * @param variants variants: distinct (kind, folded name) pairs
   * @param variantOf the variant id of each mention: {@code variantOf.get(letterId)[position]}
   * @param candidates candidate pairs as {@code (i << 32) | j} with variant ids {@code i < j},
   *     sorted
   * @param keys distinct blocking keys
   * @param skippedKeys keys shared by more than {@link #maxShared()} variants, which give no pairs
   * @param skippedPostings variants listed under the skipped keys, all skipped keys together
   */
  public record Blocking(
      int variants,
      Map<String, int[]> variantOf,
      long[] candidates,
      int keys,
      int skippedKeys,
      long skippedPostings) {}

  private BlockingProbe() {}

  /** The most variants a key may list and still give pairs ({@code CandidatePairs.MAX_SHARED}). */
  public static int maxShared() {
    return CandidatePairs.MAX_SHARED;
  }

  /** The variants and candidate pairs of {@code letters}, as the resolver builds them. */
  public static Blocking of(List<Letter> letters) {
    List<Letter> ordered = new ArrayList<>(letters);
    ordered.sort(Letter.CHRONOLOGICAL);
    NameLexicon lexicon = NameLexicon.standard();
    List<Variant> variants = new VariantBuilder(new NameNormalizer(lexicon)).build(ordered);
    Map<String, int[]> variantOf = new HashMap<>();
    for (Letter letter : ordered) {
      variantOf.put(letter.id(), new int[letter.signatories().size()]);
    }
    Map<String, Integer> postings = new HashMap<>();
    for (Variant variant : variants) {
      for (MentionRef ref : variant.mentions()) {
        variantOf.get(ref.letter().id())[ref.position()] = variant.id();
      }
      for (String key : CandidatePairs.keys(variant, lexicon)) {
        postings.merge(key, 1, Integer::sum);
      }
    }
    int skipped = 0;
    long skippedPostings = 0;
    for (int n : postings.values()) {
      if (n > CandidatePairs.MAX_SHARED) {
        skipped++;
        skippedPostings += n;
      }
    }
    List<int[]> pairs = CandidatePairs.of(variants, lexicon);
    long[] candidates = new long[pairs.size()];
    for (int i = 0; i < candidates.length; i++) {
      candidates[i] = ((long) pairs.get(i)[0] << 32) | pairs.get(i)[1];
    }
    return new Blocking(
        variants.size(), variantOf, candidates, postings.size(), skipped, skippedPostings);
  }
}
