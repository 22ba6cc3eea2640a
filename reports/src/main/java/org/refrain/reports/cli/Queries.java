package org.refrain.reports.cli;

import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.language.PhraseQuery;

/** Parses a search term given on the command line, or fails with a usage error. */
final class Queries {

  private Queries() {}

  static PhraseQuery parse(String term, boolean lemma) {
    try {
      return PhraseQuery.parse(term, OpenNlpAnnotator.create(), lemma);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }
}
