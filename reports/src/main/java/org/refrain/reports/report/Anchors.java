package org.refrain.reports.report;

import java.util.Locale;

/** Element ids made from ids of letters, demands or tables: letters, digits, '-' and '_' only. */
public final class Anchors {

  private Anchors() {}

  /** "2020-10-14_unga75#2" becomes "2020-10-14_unga75-2"; distinct inputs may meet, rarely. */
  public static String of(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      out.append(
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
              ? c
              : '-');
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
