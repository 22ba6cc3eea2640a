package org.refrain.reports.table;

/** Cell values shared by the table builders. */
final class Cells {

  private Cells() {}

  /** The text of a cell: {@code null} becomes an empty (missing) cell. */
  static String text(String value) {
    return value == null ? "" : value;
  }
}
