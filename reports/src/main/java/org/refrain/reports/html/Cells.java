package org.refrain.reports.html;

import java.util.HashSet;
import java.util.Set;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import org.refrain.reports.report.LetterLabels;

/** Shows a cell: a letter's id as its short label, with the id one hover away. */
final class Cells {

  private final LetterLabels labels;
  private final Set<String> ids = new HashSet<>();

  Cells(LetterLabels labels, Corpus corpus) {
    this.labels = labels;
    corpus.letters().stream().map(Letter::id).forEach(ids::add);
  }

  HtmlPage.CellView of(String column, String text) {
    if (ids.contains(text)) {
      return new HtmlPage.CellView(labels.of(text), text);
    }
    return new HtmlPage.CellView(text, "");
  }
}
