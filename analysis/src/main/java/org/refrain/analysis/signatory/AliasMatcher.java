package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the variants an alias-file name means: an organisation whose folded name it is, or a person
 * with the same name parts in any order. Acronyms given beside names are not searched: two bodies
 * may share one ("ICC"), and an alias line must not join them unseen. Variants are indexed once, so
 * a long alias file costs one lookup a name.
 */
final class AliasMatcher {

  private final NameNormalizer normalizer;
  private final Map<String, List<Variant>> orgs = new HashMap<>();
  private final Map<List<String>, List<Variant>> persons = new HashMap<>();

  AliasMatcher(NameNormalizer normalizer, List<Variant> variants) {
    this.normalizer = normalizer;
    for (Variant variant : variants) {
      if (variant.isPerson()) {
        persons
            .computeIfAbsent(NameFolding.sorted(variant.words()), k -> new ArrayList<>())
            .add(variant);
      } else {
        orgs.computeIfAbsent(variant.compact(), k -> new ArrayList<>()).add(variant);
      }
    }
  }

  /** The variants {@code name} means, in variant order. */
  List<Variant> find(String name) {
    List<Variant> found =
        new ArrayList<>(
            orgs.getOrDefault(NameFolding.compact(normalizer.orgWords(name)), List.of()));
    found.addAll(persons.getOrDefault(NameFolding.sorted(normalizer.personParts(name)), List.of()));
    found.sort((a, b) -> Integer.compare(a.id(), b.id()));
    return found;
  }
}
