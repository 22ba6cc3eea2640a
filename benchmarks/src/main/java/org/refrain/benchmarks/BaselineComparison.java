package org.refrain.benchmarks;

/**
 * The all-pairs baseline at one size, against the finder: one row of the baseline table.
 *
 * @param letters letters
 * @param allPairs letter pairs in the corpus
 * @param sampled whether only a sample of pairs was timed
 * @param outcome what the timed pairs gave
 * @param baselineSeconds seconds for all pairs: measured, or extrapolated from the sample
 * @param baselineRecall copy recall of the baseline (NaN when sampled)
 * @param baselinePairRecall copy-pair recall of the baseline on the timed pairs
 * @param finder the finder's row at this size
 * @param finderPairRecall copy-pair recall of the finder on the same pairs
 */
record BaselineComparison(
    int letters,
    long allPairs,
    boolean sampled,
    AllPairsBaseline.Outcome outcome,
    double baselineSeconds,
    double baselineRecall,
    double baselinePairRecall,
    ReuseMeasurement finder,
    double finderPairRecall) {

  static BaselineComparison of(
      int letters,
      long allPairs,
      boolean sampled,
      AllPairsBaseline.Outcome outcome,
      PlantedTruth truth,
      ReuseMeasurement finder,
      long[] pairs) {
    double seconds = outcome.seconds() * allPairs / outcome.pairs();
    double recall = Double.NaN;
    if (!sampled) {
      int found = 0;
      for (PlantedTruth.Copy copy : truth.copies()) {
        found += truth.reusable(copy) && outcome.found()[copy.index()] ? 1 : 0;
      }
      recall = (double) found / truth.reusableCount();
    }
    long[] finderPairs = truth.pairRecall(finder.cover(), pairs);
    return new BaselineComparison(
        letters,
        allPairs,
        sampled,
        outcome,
        seconds,
        recall,
        (double) outcome.pairFound() / outcome.pairTotal(),
        finder,
        (double) finderPairs[0] / finderPairs[1]);
  }
}
