package org.refrain.reports.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import org.refrain.reports.report.LetterKey;
import org.refrain.reports.report.LetterLabels;

/** Shows a cell: a letter's id as its short label, with the id one hover away. */
final class Cells {

  private final LetterLabels labels;
  private final Set<String> ids;
  private final Map<String, String> keyed;

  Cells(LetterLabels labels, Corpus corpus) {
    this(labels, new HashSet<>(), Map.of());
    corpus.letters().stream().map(Letter::id).forEach(ids::add);
  }

  private Cells(LetterLabels labels, Set<String> ids, Map<String, String> keyed) {
    this.labels = labels;
    this.ids = ids;
    this.keyed = keyed;
  }

  /** These cells for a table that names letters L1..Ln by {@code key}: each by its label too. */
  Cells with(LetterKey key) {
    if (key == null) {
      return this;
    }
    Map<String, String> keyed = new HashMap<>();
    List<String> short_ = key.labels();
    for (int i = 0; i < short_.size(); i++) {
      keyed.put(short_.get(i), key.letters().get(i).id());
    }
    return new Cells(labels, ids, keyed);
  }

  HtmlPage.CellView of(String column, String text) {
    if (column.equals("link") && text.startsWith("#")) {
      return new HtmlPage.CellView("evidence", "", text);
    }
    String id = ids.contains(text) ? text : keyed.get(text);
    if (id != null) {
      return new HtmlPage.CellView(labels.of(id), id);
    }
    return new HtmlPage.CellView(text, "");
  }
}
