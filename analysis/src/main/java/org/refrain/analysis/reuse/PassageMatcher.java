package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refrain.corpus.Span;

/**
 * The shared passages of two short texts (a draft's paragraph and a passage found for it), found by
 * the aligner {@code reuse} uses for whole corpora, with the same settings: runs of equal
 * normalised words joined across small edits, kept from {@link ReuseSettings#minTokens()} words at
 * {@link ReuseSettings#minSimilarity()}. Both texts are cut into words by one rule ({@link
 * #words}), so the two sides are always tokenised alike.
 */
public final class PassageMatcher {

  /** A word: letters and digits, joined by inner apostrophes or hyphens ("non-refoulement"). */
  private static final Pattern WORD =
      Pattern.compile(
          "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-‐‑][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*");

  /**
   * A passage two texts share: words {@code [aFrom, aTo)} of the first and {@code [bFrom, bTo)} of
   * the second, {@code matched} of them equal.
   */
  public record Shared(int aFrom, int aTo, int bFrom, int bTo, int matched) {

    /** Dice similarity: 2 x matched words / (words of both copies). */
    public double similarity() {
      return 2.0 * matched / ((aTo - aFrom) + (bTo - bFrom));
    }
  }

  private final ReuseSettings settings;
  private final PassageAligner aligner;

  private PassageMatcher(ReuseSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.aligner = new PassageAligner(settings);
  }

  public static PassageMatcher of(ReuseSettings settings) {
    return new PassageMatcher(settings);
  }

  /** The settings' word normaliser. */
  public WordNormalizer normalizer() {
    return settings.normalizer();
  }

  /** The words of {@code text}, spans into it, normalised by the settings, all in paragraph 0. */
  public List<ReuseToken> words(String text) {
    List<ReuseToken> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    WordNormalizer normalizer = settings.normalizer();
    while (m.find()) {
      String word = m.group();
      words.add(new ReuseToken(new Span(m.start(), m.end()), word, normalizer.normalize(word), 0));
    }
    return words;
  }

  /** The passages {@code a} and {@code b} share, in the order of {@code a}. */
  public List<Shared> shared(List<ReuseToken> a, List<ReuseToken> b) {
    Map<String, Integer> ids = new HashMap<>();
    int[] x = ids(a, ids);
    int[] y = ids(b, ids);
    if (x.length == 0 || y.length == 0) {
      return List.of();
    }
    List<Shared> out = new ArrayList<>();
    for (AlignedPassage p : aligner.align(x, 0, x.length, y, 0, y.length)) {
      out.add(new Shared(p.aFrom(), p.aTo(), p.bFrom(), p.bTo(), p.matched()));
    }
    return List.copyOf(out);
  }

  /** The word-level diff from {@code older} (words of {@code olderText}) to {@code newer}. */
  public static List<DiffSegment> diff(
      List<ReuseToken> older, String olderText, List<ReuseToken> newer, String newerText) {
    return WordDiff.between(older, olderText, newer, newerText);
  }

  private static int[] ids(List<ReuseToken> words, Map<String, Integer> ids) {
    int[] out = new int[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(words.get(i).norm(), k -> ids.size());
    }
    return out;
  }
}
