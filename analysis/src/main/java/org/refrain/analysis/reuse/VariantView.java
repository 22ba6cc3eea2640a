package org.refrain.analysis.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A family's versions in date order, each with the word-level changes from the version before it:
 * how a shared passage changed from one letter to the next.
 *
 * @param family the family
 * @param variants its copies in the family's order; the first has no changes
 */
public record VariantView(ReuseFamily family, List<Variant> variants) {

  /**
   * One version: the copy and what changed since the previous version.
   *
   * @param passage the copy
   * @param changes segments from the previous version to this one; empty for the first version
   * @param unchanged whether this version has the same words as the previous (normalised)
   */
  public record Variant(ReusePassage passage, List<DiffSegment> changes, boolean unchanged) {
    public Variant {
      Objects.requireNonNull(passage, "passage");
      changes = List.copyOf(changes);
    }
  }

  public VariantView {
    Objects.requireNonNull(family, "family");
    variants = List.copyOf(variants);
  }

  /**
   * The view of {@code family}: one word diff per consecutive pair of copies, so O(k) diffs of
   * passage-sized texts for k copies.
   */
  public static VariantView of(ReuseFamily family) {
    return of(family, family.members().size());
  }

  /**
   * The view of {@code family}'s first {@code copies} copies: a boilerplate family in thousands of
   * letters would otherwise be thousands of diffs, for a reader who looks at a few.
   */
  public static VariantView of(ReuseFamily family, int copies) {
    if (copies < 1) {
      throw new IllegalArgumentException("copies must be at least 1: " + copies);
    }
    List<Variant> variants = new ArrayList<>();
    ReusePassage previous = null;
    for (ReusePassage passage :
        family.members().subList(0, Math.min(copies, family.members().size()))) {
      if (previous == null) {
        variants.add(new Variant(passage, List.of(), false));
      } else {
        List<DiffSegment> changes =
            WordDiff.between(
                previous.words(),
                previous.letter().text(),
                passage.words(),
                passage.letter().text());
        boolean unchanged = changes.stream().allMatch(c -> c instanceof DiffSegment.Same);
        variants.add(new Variant(passage, changes, unchanged));
      }
      previous = passage;
    }
    return new VariantView(family, variants);
  }
}
