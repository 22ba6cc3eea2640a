package org.refrain.corpus.signatory;

import java.util.List;
import org.refrain.corpus.clean.Line;

/**
 * A signatory block of a sample letter, by 1-based inclusive line numbers read off the file, with
 * the counts a human reading gives.
 */
record SampleBlock(String file, int from, int to, int organizations, int persons) {

  static final String HRC49 = "2022-03-24_hrc49_letter-to-president-moon.txt";
  static final String UNGA75 = "2020-10-14_unga75-and-eu_joint-letters.txt";
  static final String HRC55 = "2024-03-18_hrc55_letter-to-permanent-representatives.txt";
  static final String HRC43 = "2020-02-21_hrc43_letter-to-president-moon.txt";
  static final String RELEASE = "2020-03-03_press-release_coalition-urges-president-moon.txt";

  /** From the header after "Sincerely," to the list's last entry. */
  static final List<SampleBlock> ALL =
      List.of(
          new SampleBlock(HRC49, 12, 75, 28, 4), // pipe table copied from the web page
          new SampleBlock(HRC49, 87, 150, 28, 4), // the same list, name and country alternating
          new SampleBlock(UNGA75, 47, 88, 33, 4), // to the UNGA: country glued to name
          new SampleBlock(UNGA75, 121, 264, 33, 4), // to the EU: alternating with blank lines
          new SampleBlock(HRC55, 21, 109, 34, 9), // "Name / description", colon headers
          new SampleBlock(HRC43, 58, 135, 69, 7), // "Name, Country", persons after blank lines
          new SampleBlock(RELEASE, 21, 116, 41, 6)); // "Name (Country)", mixed, no section header

  List<Line> lines(String text) {
    return TestLines.range(text, from, to);
  }
}
