package org.refrain.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Places planted passages in a letter's body at random: a share of them as paragraphs of their own
 * between the drawn passages, the rest inside a body paragraph at a sentence boundary, so reuse
 * does not line up with paragraph boundaries. The salutation, the closings and numbered lists are
 * never planted in or split.
 */
final class PlantPlacer {

  private final double paragraphShare;
  private final SplittableRandom random;

  /**
   * @param paragraphShare share of passages planted as paragraphs of their own
   * @param random the only source of the placer's choices
   */
  PlantPlacer(double paragraphShare, SplittableRandom random) {
    this.paragraphShare = paragraphShare;
    this.random = random;
  }

  /** Plants {@code plants} (plant i is passage number i) into {@code drafts}, in place. */
  void place(List<ParagraphDraft> drafts, List<String> plants) {
    for (int plant = 0; plant < plants.size(); plant++) {
      List<int[]> cuts = new ArrayList<>();
      List<ParagraphDraft> cutDrafts = new ArrayList<>();
      for (ParagraphDraft draft : drafts) {
        for (int[] cut : draft.cuts()) {
          cuts.add(cut);
          cutDrafts.add(draft);
        }
      }
      if (cuts.isEmpty() || random.nextDouble() < paragraphShare) {
        List<Integer> gaps = gaps(drafts);
        int at = gaps.get(random.nextInt(gaps.size()));
        drafts.add(at, ParagraphDraft.planted(plant, plants.get(plant)));
      } else {
        int c = random.nextInt(cuts.size());
        cutDrafts.get(c).insert(cuts.get(c), plant, plants.get(plant));
      }
    }
  }

  /**
   * The indexes a paragraph may be inserted at: after the leading frame (salutation), before the
   * trailing frame (closings), and not between two paragraphs of one drawn passage.
   */
  private static List<Integer> gaps(List<ParagraphDraft> drafts) {
    int first = 0;
    while (first < drafts.size() && drafts.get(first).passage() == ParagraphDraft.FRAME) {
      first++;
    }
    int last = drafts.size();
    while (last > first && drafts.get(last - 1).passage() == ParagraphDraft.FRAME) {
      last--;
    }
    List<Integer> gaps = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      if (i == first
          || i == last
          || drafts.get(i - 1).passage() != drafts.get(i).passage()
          || drafts.get(i).passage() == ParagraphDraft.PLANTED) {
        gaps.add(i);
      }
    }
    return gaps;
  }
}
