package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Judges whether two person spellings are one person. Name parts are compared as a bag, so order
 * does not matter ("Lee Yang-Hee" = "Yanghee Lee"); two parts may be joined ("Kyu Li" = "Kyuli");
 * family names are read through their romanisations ("Yi" = "Lee"). A peer's title form ("Lord
 * Alton of Liverpool") or an initial ("D. Alton") matches a full name only with support: a peer's
 * title on both, or the same affiliation. People who share only a family name never match ("Kim Kyu
 * Li" / "Kim Hyuk").
 */
final class PersonMatcher {

  static final double NAME_ORDER = 0.97;
  static final double SUPPORTED = 0.93;
  static final double UNSUPPORTED = 0.86;

  /** A slip in a name part this long merges on its own, at {@link #LONG_SLIP}. */
  static final int LONG_PART = 8;

  static final double LONG_SLIP = 0.91;

  /** Affiliations this alike (cosine of their words) support a title form or an initial. */
  static final double SAME_AFFILIATION = 0.6;

  private final NameLexicon lexicon;

  PersonMatcher(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Match match(Variant a, Variant b) {
    Match match = rule(a, b);
    if (match.rule() != MatchRule.SAME_NAME && a.countriesDiffer(b)) {
      match = match.penalised(0.1, "countries differ: " + a.countries() + " / " + b.countries());
    }
    return match;
  }

  private Match rule(Variant a, Variant b) {
    List<String> x = a.words();
    List<String> y = b.words();
    if (a.designation() != null
        && b.designation() != null
        && !a.designation().equals(b.designation())) {
      return Match.of(MatchRule.NONE, 0.5, "different peerages");
    }
    if (x.size() == 1 && y.size() == 1) {
      // A family name alone under different titles ("Dr. Kim", "Mr. Kim"): only a person can tell.
      return Match.of(MatchRule.NONE, x.equals(y) ? 0.85 : 0, "family name alone");
    }
    if (x.equals(y)) {
      return Match.of(MatchRule.SAME_NAME, 1, "same name");
    }
    if (bags(x).stream().anyMatch(bags(y)::contains)) {
      return Match.of(MatchRule.NAME_ORDER, NAME_ORDER, "same parts, other order or joined");
    }
    if (romanised(x).stream().anyMatch(romanised(y)::contains)) {
      // Supported only: "Robert Lee" and "Robert Yi" are as likely two people.
      return supported(MatchRule.ROMANISATION, a, b, "same parts, romanised alike");
    }
    Match peer = peer(a, b);
    if (peer == null) {
      peer = peer(b, a);
    }
    if (peer != null) {
      return peer;
    }
    // "Fische" is both a short form and a slip of "Fischer": the better reading wins.
    Match initial = initial(a, b);
    Match typo = typo(a, b);
    if (initial != null || typo != null) {
      return typo == null || (initial != null && initial.score() >= typo.score()) ? initial : typo;
    }
    return Match.of(MatchRule.NONE, Similarity.ratio(a.compact(), b.compact()), "no rule");
  }

  /** {@code peer} is a title form ("Lord Alton") whose one part is among {@code full}'s. */
  private static Match peer(Variant peer, Variant full) {
    if (!peer.peer()
        || peer.words().size() != 1
        || full.words().size() < 2
        || !NameNormalizer.samePeerage(peer.peerTitle(), full.peerTitle())) {
      return null;
    }
    String family = peer.words().get(0);
    if (!full.words().get(full.words().size() - 1).equals(family)) {
      return null;
    }
    return supported(MatchRule.PEER, peer, full, "peer's title form of " + family);
  }

  /** Same number of parts, all equal but one that is the other's initial ("D" / "David"). */
  private static Match initial(Variant a, Variant b) {
    List<String> x = a.words();
    List<String> y = b.words();
    if (x.size() != y.size()) {
      return null;
    }
    int initials = 0;
    for (int i = 0; i < x.size(); i++) {
      String p = x.get(i);
      String q = y.get(i);
      if (p.equals(q)) {
        continue;
      }
      boolean isInitial = shortForm(p, q) || shortForm(q, p);
      if (!isInitial) {
        return null;
      }
      initials++;
    }
    return initials == 0
        ? null
        : supported(MatchRule.INITIAL, a, b, "initial or short form of a given name");
  }

  /** {@code s} is {@code full}'s initial ("D") or its first three letters or more ("Greg"). */
  private static boolean shortForm(String s, String full) {
    return s.length() < full.length() && (s.length() == 1 || s.length() >= 3) && full.startsWith(s);
  }

  private static Match supported(MatchRule rule, Variant a, Variant b, String detail) {
    double affiliation = Similarity.cosine(a.affiliation(), b.affiliation());
    if (affiliation >= SAME_AFFILIATION) {
      return Match.of(rule, SUPPORTED, detail + "; same affiliation");
    }
    if (rule == MatchRule.PEER && a.peer() && b.peer()) {
      // Both written as peers of the same sex (checked by the caller).
      return Match.of(rule, SUPPORTED, detail + "; both written as a peer");
    }
    return Match.of(rule, UNSUPPORTED, detail + "; nothing else links them");
  }

  /** One part of five letters or more off by one edit, the others equal, in either order. */
  private static Match typo(Variant a, Variant b) {
    List<String> x = a.words();
    List<String> y = b.words();
    if (x.size() != y.size() || x.size() < 2) {
      return null;
    }
    Match same = slip(x, y, a, b);
    if (same != null) {
      return same;
    }
    List<String> reversed = new ArrayList<>(y);
    Collections.reverse(reversed);
    return slip(x, reversed, a, b);
  }

  private static Match slip(List<String> x, List<String> y, Variant a, Variant b) {
    int changed = 0;
    int longest = 0;
    for (int i = 0; i < x.size(); i++) {
      if (x.get(i).equals(y.get(i))) {
        continue;
      }
      int edits = Similarity.edits(x.get(i), y.get(i));
      int shorter = Math.min(x.get(i).length(), y.get(i).length());
      if (++changed > 1 || edits != 1 || shorter < 5) {
        return null;
      }
      longest = shorter;
    }
    // A slip in a long part ("Darusman" / "Darusmen") stands alone; in a short one it needs
    // support: "Louis" / "Louise", "Levin" / "Lewin" are different people.
    Match supported = supported(MatchRule.TYPO, a, b, "1 edit in one part");
    return longest >= LONG_PART && supported.score() < LONG_SLIP
        ? Match.of(MatchRule.TYPO, LONG_SLIP, "1 edit in a part of " + longest + " letters")
        : supported;
  }

  /** The name's parts as sorted bags: as written, and with each two neighbours joined. */
  private static Set<List<String>> bags(List<String> parts) {
    Set<List<String>> bags = new HashSet<>();
    bags.add(NameFolding.sorted(parts));
    for (int i = 0; i + 1 < parts.size(); i++) {
      List<String> joined = new ArrayList<>(parts.subList(0, i));
      joined.add(parts.get(i) + parts.get(i + 1));
      joined.addAll(parts.subList(i + 2, parts.size()));
      bags.add(NameFolding.sorted(joined));
    }
    return bags;
  }

  /**
   * The name's bags with family names in their canonical romanisation and, when a part is a Korean
   * family name, the other parts' vowels read alike ("Ahn Myeong-chul" = "Ahn Myung-chul").
   */
  private Set<List<String>> romanised(List<String> parts) {
    boolean korean = parts.stream().anyMatch(lexicon::isKoreanFamilyName);
    Set<List<String>> out = new HashSet<>();
    for (List<String> bag : bags(parts)) {
      List<String> read = new ArrayList<>(bag.size());
      for (String part : bag) {
        String family = lexicon.romanised(part);
        boolean isFamily = lexicon.isKoreanFamilyName(part);
        read.add(isFamily ? family : korean ? lexicon.givenNameVowels(part) : part);
      }
      out.add(NameFolding.sorted(read));
    }
    return out;
  }
}
