package org.refrain.reports.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.refrain.reports.render.ReportSection;
import tech.tablesaw.api.Table;

/**
 * A part of {@code refrain report}: the CSV tables it writes, by file name in report order, and the
 * Markdown sections it adds.
 */
public abstract class ReportPart {

  protected final Map<String, Table> files = new LinkedHashMap<>();
  protected final List<ReportSection> sections = new ArrayList<>();

  /** The CSV files, by name, in report order. */
  public final Map<String, Table> files() {
    return files;
  }

  public final List<ReportSection> sections() {
    return sections;
  }
}
