package org.refrain.corpus.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes a PDF's page furniture: running headers and footers (a line among the first or last
 * {@value #ZONE} of a page that recurs, digits aside, on most pages, as "Joint letter – page 3" or
 * a letterhead does) and page numbers ("3", "- 3 -", "Page 3 of 7" as a page's first or last line).
 */
final class PdfFurniture {

  /** How many lines at the top and at the bottom of a page can be furniture. */
  static final int ZONE = 2;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)(page|p\\.|pg\\.)?\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?(\\s*(of|/)\\s*\\d{1,4})?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** The pages without their furniture. */
  List<List<PdfLine>> strip(List<List<PdfLine>> pages) {
    Set<String> running = running(pages);
    List<List<PdfLine>> out = new ArrayList<>();
    for (List<PdfLine> page : pages) {
      List<PdfLine> kept = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        PdfLine line = page.get(i);
        boolean edge = i == 0 || i == page.size() - 1;
        boolean zone = i < ZONE || i >= page.size() - ZONE;
        if (edge && PAGE_NUMBER.matcher(line.text().strip()).matches()) {
          continue;
        }
        if (zone && running.contains(key(line))) {
          continue;
        }
        kept.add(line);
      }
      out.add(List.copyOf(kept));
    }
    return List.copyOf(out);
  }

  /** The keys of lines in the top or bottom zone of more than half the pages (and at least 2). */
  private static Set<String> running(List<List<PdfLine>> pages) {
    Map<String, Integer> pagesWith = new HashMap<>();
    for (List<PdfLine> page : pages) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < page.size(); i++) {
        if (i < ZONE || i >= page.size() - ZONE) {
          seen.add(key(page.get(i)));
        }
      }
      seen.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
    }
    Set<String> running = new HashSet<>();
    pagesWith.forEach(
        (k, n) -> {
          if (n >= 2 && n * 2 > pages.size() && !k.isEmpty()) {
            running.add(k);
          }
        });
    return running;
  }

  /** A line as compared across pages: lower case, numbers alike, spaces collapsed. */
  private static String key(PdfLine line) {
    String s = line.text().toLowerCase(Locale.ROOT);
    s = DIGITS.matcher(s).replaceAll("#");
    return SPACE.matcher(s).replaceAll(" ").strip();
  }
}
