package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds back a short form that fits two different organisations. "Christian Solidarity" extends to
 * both "Christian Solidarity Worldwide" and "Christian Solidarity International"; merged with both,
 * it would make the two one. When a short side (the shorter name of an acronym, description,
 * initialism or extension match) has merge-level matches with two partners that are not themselves
 * one (no merge-level match between them, and not both the short name plus a place: "No Chain for
 * North Korea" and "No Chain for NK" are one), every one of its matches drops below the line and is
 * listed for review.
 */
final class Ambiguity {

  private static final Set<MatchRule> SHORT_FORMS =
      Set.of(MatchRule.ACRONYM, MatchRule.DESCRIBED, MatchRule.INITIALISM, MatchRule.EXTENSION);

  private final NameLexicon lexicon;

  Ambiguity(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** {@code judged} with ambiguous short-form matches held back, best score first again. */
  List<SignatoryResolver.Judged> apply(List<SignatoryResolver.Judged> judged) {
    Set<Long> merged = new HashSet<>();
    Map<Integer, List<SignatoryResolver.Judged>> byShort = new LinkedHashMap<>();
    for (SignatoryResolver.Judged j : judged) {
      if (j.match().score() < SignatoryResolver.MERGE_AT) {
        continue;
      }
      merged.add(key(j.a().id(), j.b().id()));
      if (SHORT_FORMS.contains(j.match().rule())) {
        byShort.computeIfAbsent(shortSide(j).id(), k -> new ArrayList<>()).add(j);
      }
    }
    Map<SignatoryResolver.Judged, String> held = new LinkedHashMap<>();
    for (List<SignatoryResolver.Judged> matches : byShort.values()) {
      String clash = clash(matches, merged);
      if (clash != null) {
        matches.forEach(m -> held.put(m, clash));
      }
    }
    if (held.isEmpty()) {
      return judged;
    }
    List<SignatoryResolver.Judged> out = new ArrayList<>(judged.size());
    for (SignatoryResolver.Judged j : judged) {
      String clash = held.get(j);
      out.add(
          clash == null
              ? j
              : new SignatoryResolver.Judged(
                  j.a(),
                  j.b(),
                  Match.of(
                      j.match().rule(),
                      Math.min(j.match().score(), SignatoryResolver.MERGE_AT - 0.05),
                      j.match().detail() + "; ambiguous: " + clash)));
    }
    out.sort(SignatoryResolver.BEST_FIRST);
    return out;
  }

  /** Two partners of one short side that are not one organisation, named; or null. */
  private String clash(List<SignatoryResolver.Judged> matches, Set<Long> merged) {
    for (int i = 0; i < matches.size(); i++) {
      for (int k = i + 1; k < matches.size(); k++) {
        Variant shortSide = shortSide(matches.get(i));
        Variant p = other(matches.get(i), shortSide);
        Variant q = other(matches.get(k), shortSide);
        boolean one =
            merged.contains(key(p.id(), q.id()))
                || nested(p, q)
                || (placeTail(shortSide, p) && placeTail(shortSide, q))
                || sameAcronym(shortSide, p, q);
        if (!one) {
          return "fits both '" + p.shown() + "' and '" + q.shown() + "'";
        }
      }
    }
    return null;
  }

  /**
   * One name's words begin the other's: "TNKR" fits "Teach North Korean Refugees" and "... Global
   * Education Center".
   */
  private static boolean nested(Variant p, Variant q) {
    List<String> a = p.words().size() <= q.words().size() ? p.words() : q.words();
    List<String> b = a == p.words() ? q.words() : p.words();
    return b.subList(0, a.size()).equals(a);
  }

  /**
   * The short side is an acronym both partners give, and no country sets them apart: "FIDH" fits
   * "International Federation for Human Rights (FIDH)" and "Fédération internationale pour les
   * droits humains (FIDH)". Two bodies with one acronym and no country would pass too; their pair
   * then shows in the review as merged on shared initials.
   */
  private static boolean sameAcronym(Variant shortSide, Variant p, Variant q) {
    return p.acronyms().contains(shortSide.compact())
        && q.acronyms().contains(shortSide.compact())
        && !p.countriesDiffer(q);
  }

  /** {@code full} is {@code shortSide}'s words and then a place: "for North Korea", "in NK". */
  private boolean placeTail(Variant shortSide, Variant full) {
    List<String> s = shortSide.words();
    List<String> l = full.words();
    if (s.size() >= l.size() || !l.subList(0, s.size()).equals(s)) {
      return false;
    }
    return l.subList(s.size(), l.size()).stream()
        .allMatch(
            w -> {
              NameLexicon.Role role = lexicon.scope().get(w);
              return role == NameLexicon.Role.LINK || role == NameLexicon.Role.PLACE;
            });
  }

  /** The shorter name of a pair (ties: the later variant). */
  private static Variant shortSide(SignatoryResolver.Judged j) {
    return Comparator.comparingInt((Variant v) -> v.compact().length())
                .thenComparingInt(v -> -v.id())
                .compare(j.a(), j.b())
            <= 0
        ? j.a()
        : j.b();
  }

  private static Variant other(SignatoryResolver.Judged j, Variant one) {
    return j.a() == one ? j.b() : j.a();
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
