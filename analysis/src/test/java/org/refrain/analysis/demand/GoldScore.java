package org.refrain.analysis.demand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A hand-judged gold file ({@code letter,demand,ask|mention|absent}) and the letter-level score of
 * a result against it: precision and recall of demand presence, and accuracy of ask vs mention on
 * the demands both find.
 */
final class GoldScore {

  final int truePositives;
  final int falsePositives;
  final int falseNegatives;
  final int strengthAgreed;
  final Map<String, String> disagreements = new LinkedHashMap<>();

  private GoldScore(Map<String, String> gold, DemandResult result) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int agreed = 0;
    for (Map.Entry<String, String> entry : gold.entrySet()) {
      String[] key = entry.getKey().split(",");
      LetterDemands letter =
          result
              .letter(key[0])
              .orElseThrow(() -> new IllegalStateException("gold names unknown letter " + key[0]));
      Strength found = letter.strength(key[1]);
      String got = found == null ? "absent" : found.label();
      String want = entry.getValue();
      if (!got.equals(want)) {
        disagreements.put(entry.getKey(), "gold " + want + ", found " + got);
      }
      if (want.equals("absent")) {
        fp += found == null ? 0 : 1;
      } else if (found == null) {
        fn++;
      } else {
        tp++;
        agreed += got.equals(want) ? 1 : 0;
      }
    }
    this.truePositives = tp;
    this.falsePositives = fp;
    this.falseNegatives = fn;
    this.strengthAgreed = agreed;
  }

  static GoldScore of(String resource, DemandResult result) {
    return new GoldScore(read(resource), result);
  }

  static Map<String, String> read(String resource) {
    Map<String, String> gold = new LinkedHashMap<>();
    try (InputStream in = GoldScore.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("letter,")) {
          continue;
        }
        String[] f = line.strip().split(",");
        if (f.length != 3 || !f[2].matches("ask|mention|absent")) {
          throw new IllegalStateException(resource + ": bad line " + line);
        }
        if (gold.put(f[0] + "," + f[1], f[2]) != null) {
          throw new IllegalStateException(resource + ": twice " + f[0] + "," + f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return gold;
  }

  double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  double strengthAccuracy() {
    return ratio(strengthAgreed, truePositives);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1 : (double) a / b;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "presence precision %.3f (%d/%d), recall %.3f (%d/%d); ask vs mention accuracy %.3f (%d/%d)",
        precision(),
        truePositives,
        truePositives + falsePositives,
        recall(),
        truePositives,
        truePositives + falseNegatives,
        strengthAccuracy(),
        strengthAgreed,
        truePositives);
  }
}
