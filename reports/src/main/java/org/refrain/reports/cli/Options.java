package org.refrain.reports.cli;

import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.language.Keyness;
import org.refrain.analysis.language.LetterSelector;
import org.refrain.analysis.language.PhraseQuery;
import org.refrain.analysis.language.TermCounter;

/** Turns option values shared by several commands into analysis objects, or a usage error. */
final class Options {

  private Options() {}

  static TermCounter termCounter(int maxN) {
    if (maxN < 1 || maxN > 5) {
      throw new UserError(ExitCode.USAGE, "--max-n must be 1 to 5: " + maxN);
    }
    return TermCounter.upTo(maxN);
  }

  static Keyness keyness(double maxP, int minCount) {
    if (!(maxP > 0 && maxP <= 1)) {
      throw new UserError(ExitCode.USAGE, "--p must be above 0 and at most 1: " + maxP);
    }
    if (minCount < 1) {
      throw new UserError(ExitCode.USAGE, "--min-count must be at least 1: " + minCount);
    }
    return Keyness.of(maxP, minCount);
  }

  static LetterSelector selector(String option, String text) {
    try {
      return LetterSelector.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, option + ": " + e.getMessage());
    }
  }

  /** A search term tokenised as letters are; a term without words is a usage error. */
  static PhraseQuery query(String term, boolean lemma) {
    try {
      return PhraseQuery.parse(term, OpenNlpAnnotator.shared(), lemma);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }

  /** Wider than any paragraph: a longer window changes nothing. */
  static final int MAX_WINDOW = 1000;

  static void requireWindow(int window, int least) {
    if (window < least || window > MAX_WINDOW) {
      throw new UserError(
          ExitCode.USAGE, "--window must be " + least + " to " + MAX_WINDOW + ": " + window);
    }
  }
}
