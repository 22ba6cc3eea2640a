package org.refrain.reports.table;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Assembles a table from single columns and column groups, in order. */
final class Tables {

  private Tables() {}

  /** Each part is a {@link Column} or a {@code Column<?>[]} group. */
  static Table of(String name, Object... parts) {
    List<Column<?>> columns = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof Column<?> column) {
        columns.add(column);
      } else if (part instanceof Column<?>[] group) {
        columns.addAll(List.of(group));
      } else {
        throw new IllegalArgumentException("not a column: " + part);
      }
    }
    return Table.create(name, columns.toArray(Column<?>[]::new));
  }
}
