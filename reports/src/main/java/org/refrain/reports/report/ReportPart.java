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

  /**
   * Hands every table to {@code sink}, in report order, and lets go of them: at ten thousand
   * letters a part's tables are hundreds of megabytes, so they are written as soon as the part is
   * built.
   */
  final void drainTo(Report.TableSink sink) {
    files.forEach(sink::accept);
    files.clear();
  }

  public final List<ReportSection> sections() {
    return sections;
  }
}
