package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the variants an alias-file name means: an organisation whose folded name or acronym it is,
 * or a person with the same name parts in any order.
 */
final class AliasMatcher {

  private final NameNormalizer normalizer;

  AliasMatcher(NameNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  List<Variant> find(String name, List<Variant> variants) {
    String org = NameFolding.compact(normalizer.orgWords(name));
    List<String> person = sorted(normalizer.personParts(name));
    List<Variant> found = new ArrayList<>();
    for (Variant variant : variants) {
      boolean match =
          variant.isPerson()
              ? sorted(variant.words()).equals(person)
              : variant.compact().equals(org);
      if (match) {
        found.add(variant);
      }
    }
    return found;
  }

  private static List<String> sorted(List<String> parts) {
    List<String> copy = new ArrayList<>(parts);
    copy.sort(null);
    return copy;
  }
}
