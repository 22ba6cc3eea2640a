package org.refrain.benchmarks;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.ReuseFinder;
import org.refrain.analysis.reuse.ReusePassage;
import org.refrain.analysis.reuse.ReuseResult;
import org.refrain.analysis.reuse.ReuseText;

/**
 * Reuse detection on one corpus size: one row of the detection and growth tables.
 *
 * @param letters letters
 * @param words words of all letters
 * @param copies planted copies
 * @param reusable copies of formulas planted in two letters or more
 * @param seconds median wall seconds of the finder
 * @param gcSeconds garbage-collection seconds reported during that run
 * @param runs timed runs
 * @param peakBytes heap peak above the live data before the run
 * @param keptBytes heap the result holds
 * @param families families found
 * @param members family members (the output size)
 * @param memberWords words of all members
 * @param coveredWords distinct words of the letters the members cover: below {@code memberWords}
 *     when a letter's words are members of several families
 * @param stats the finder's work counters
 * @param score recall and precision against the planted copies
 * @param cover for each planted copy, the families covering it
 */
record ReuseMeasurement(
    int letters,
    long words,
    int copies,
    int reusable,
    double seconds,
    double gcSeconds,
    int runs,
    long peakBytes,
    long keptBytes,
    int families,
    long members,
    long memberWords,
    long coveredWords,
    ReuseFinder.Stats stats,
    PlantedTruth.Score score,
    int[][] cover) {

  static ReuseMeasurement of(
      int letters,
      List<ReuseText> texts,
      PlantedTruth truth,
      ReuseResult result,
      double[] time,
      int runs,
      long peakBytes,
      long keptBytes) {
    long members = 0;
    long memberWords = 0;
    Map<String, BitSet> covered = new HashMap<>();
    for (ReuseFamily family : result.families()) {
      for (ReusePassage member : family.members()) {
        members++;
        memberWords += member.size();
        covered
            .computeIfAbsent(member.letter().id(), k -> new BitSet())
            .set(member.fromWord(), member.toWord());
      }
    }
    return new ReuseMeasurement(
        letters,
        texts.stream().mapToLong(ReuseText::size).sum(),
        truth.copies().size(),
        truth.reusableCount(),
        time[0],
        time[1],
        runs,
        peakBytes,
        keptBytes,
        result.families().size(),
        members,
        memberWords,
        covered.values().stream().mapToLong(BitSet::cardinality).sum(),
        result.stats(),
        truth.score(result.families()),
        truth.cover(result.families()));
  }

  double overlap() {
    return coveredWords == 0 ? Double.NaN : (double) memberWords / coveredWords;
  }

  double membersPerCopy() {
    return (double) members / copies;
  }
}
