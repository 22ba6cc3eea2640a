package org.refrain.reports.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * A chart of the HTML report: a Vega-Lite specification without its data, and the table it is drawn
 * from, which the page also shows as the chart's text alternative. A row's {@code link} column,
 * when there is one, is where clicking its mark goes (an anchor in the report).
 *
 * @param id the chart's element id, {@code chart-...}
 * @param chapter the chapter it is shown in
 * @param title what it shows, in a few words
 * @param caption what it shows and how to read it, one or two sentences
 * @param data the rows drawn, one record each
 * @param spec the Vega-Lite specification; the page adds {@code data.values} from {@code data}
 */
public record Chart(
    String id, Chapter chapter, String title, String caption, Table data, ObjectNode spec) {

  public Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(chapter, "chapter");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(spec, "spec");
    if (!id.startsWith("chart-")) {
      throw new IllegalArgumentException("a chart's id starts with chart-: " + id);
    }
  }
}
