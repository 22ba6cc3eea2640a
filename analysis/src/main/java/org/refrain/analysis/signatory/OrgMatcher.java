package org.refrain.analysis.signatory;

import java.util.List;
import org.refrain.corpus.signatory.CountryGazetteer;

/**
 * Judges whether two organisation spellings are one organisation. Rules are tried from the
 * strongest; every rule but same-name and spacing loses 0.1 when the names are listed under
 * different countries and 0.15 when they give different acronyms. No rule: the score is plain
 * string similarity, which only puts the pair up for review ("Committee for Human Rights in North
 * Korea" / "Council for ...").
 */
final class OrgMatcher {

  static final double ACRONYM = 0.97;
  static final double DESCRIBED = 0.95;
  static final double SHARED_ACRONYM = 0.95;
  static final double EXTENSION = 0.93;
  static final double INITIALISM = 0.92;
  static final double INITIALISM_NO_COUNTRY = 0.85;
  static final double SHARED_INITIALS = 0.8;

  private final NameLexicon lexicon;
  private final CountryGazetteer countries;

  OrgMatcher(NameLexicon lexicon, CountryGazetteer countries) {
    this.lexicon = lexicon;
    this.countries = countries;
  }

  Match match(Variant a, Variant b) {
    Match match = rule(a, b);
    if (match.rule() == MatchRule.SAME_NAME || match.rule() == MatchRule.SPACING) {
      return match;
    }
    if (a.countriesDiffer(b)) {
      match = match.penalised(0.1, "countries differ: " + a.countries() + " / " + b.countries());
    }
    if (a.acronymsDiffer(b)) {
      match = match.penalised(0.15, "acronyms differ: " + a.acronyms() + " / " + b.acronyms());
    }
    return match;
  }

  private Match rule(Variant a, Variant b) {
    if (a.words().equals(b.words())) {
      return Match.of(MatchRule.SAME_NAME, 1, "same words");
    }
    if (a.compact().equals(b.compact())) {
      return Match.of(MatchRule.SPACING, 0.99, "same letters, spaced differently");
    }
    if (b.acronyms().contains(a.compact()) || a.acronyms().contains(b.compact())) {
      return Match.of(MatchRule.ACRONYM, ACRONYM, "one name is the other's acronym");
    }
    if (b.descriptions().contains(a.compact()) || a.descriptions().contains(b.compact())) {
      return Match.of(MatchRule.DESCRIBED, DESCRIBED, "one name describes the other");
    }
    String initialsOnly = null;
    for (String acronym : a.acronyms()) {
      if (b.acronyms().contains(acronym)) {
        if (!a.initials().contains(acronym) && !b.initials().contains(acronym)) {
          return Match.of(
              MatchRule.SHARED_ACRONYM, SHARED_ACRONYM, "same coined acronym: " + acronym);
        }
        initialsOnly = acronym;
      }
    }
    Match initialism = initialism(a, b);
    if (initialism == null) {
      initialism = initialism(b, a);
    }
    if (initialism != null) {
      return initialism;
    }
    Match extension = a.words().size() <= b.words().size() ? extension(a, b) : extension(b, a);
    if (extension != null) {
      return extension;
    }
    Match typo = typo(a, b);
    if (typo != null) {
      return typo;
    }
    double similarity = Similarity.ratio(a.compact(), b.compact());
    if (initialsOnly != null) {
      // Two bodies may share initials ("ICC"): enough to review, never to merge.
      return Match.of(
          MatchRule.SHARED_INITIALS,
          Math.max(SHARED_INITIALS, similarity),
          "same initials only: " + initialsOnly);
    }
    return Match.of(MatchRule.NONE, similarity, "no rule");
  }

  /** {@code acronym} written as an acronym spells out {@code full}'s initials. */
  private static Match initialism(Variant acronym, Variant full) {
    if (!acronym.acronymLike()
        || full.acronymLike()
        || !full.initials().contains(acronym.compact())) {
      return null;
    }
    boolean sameCountry = acronym.countries().stream().anyMatch(full.countries()::contains);
    return sameCountry
        ? Match.of(MatchRule.INITIALISM, INITIALISM, "initials, same country")
        : Match.of(MatchRule.INITIALISM, INITIALISM_NO_COUNTRY, "initials, no shared country");
  }

  /** {@code longer} is {@code shorter} with a scope tail: "International", "for North Korea". */
  private Match extension(Variant shorter, Variant longer) {
    List<String> s = shorter.words();
    List<String> l = longer.words();
    if (s.size() >= l.size() || !l.subList(0, s.size()).equals(s)) {
      return null;
    }
    List<String> tail = l.subList(s.size(), l.size());
    boolean type = typeTail(tail);
    if (!(type || scopeTail(tail)) || s.stream().noneMatch(this::distinctive)) {
      return null;
    }
    return Match.of(
        MatchRule.EXTENSION,
        type ? TYPE_EXTENSION : EXTENSION,
        "extended by '" + String.join(" ", tail) + "'");
  }

  /** Score of an extension by one TYPE word: "Walk Free" = "Walk Free Foundation". */
  static final double TYPE_EXTENSION = 0.91;

  private boolean typeTail(List<String> tail) {
    return tail.size() == 1 && lexicon.scope().get(tail.get(0)) == NameLexicon.Role.TYPE;
  }

  private boolean scopeTail(List<String> tail) {
    if (tail.stream().allMatch(w -> lexicon.scope().get(w) == NameLexicon.Role.SCOPE)) {
      return true;
    }
    return tail.size() >= 2
        && lexicon.scope().get(tail.get(0)) == NameLexicon.Role.LINK
        && tail.subList(1, tail.size()).stream()
            .allMatch(w -> lexicon.scope().get(w) == NameLexicon.Role.PLACE);
  }

  /** A word that tells one organisation from another: not a function, keyword or place word. */
  private boolean distinctive(String word) {
    return word.length() >= 3
        && !lexicon.words().isFunctionWord(word)
        && !lexicon.words().isOrgKeyword(word)
        && !lexicon.words().isRegionWord(word)
        && !lexicon.scope().containsKey(word)
        && !countries.isCountry(word);
  }

  /**
   * A spelling slip: at most {@link Similarity#MAX_EDITS} edits in all, each changed word within
   * one edit (two for words of eight letters or more) or a preposition for another, no changed
   * number or place, at most two changed words. The score is one minus the edits over the name's
   * length, so a slip in a short name ("No Chain" / "No Chair") falls below the merge line and goes
   * to review.
   */
  Match typo(Variant a, Variant b) {
    int edits = Similarity.edits(a.compact(), b.compact());
    if (edits < 0) {
      return null;
    }
    List<String> x = a.words();
    List<String> y = b.words();
    if (x.size() != y.size()) {
      if (edits > 1) {
        return null;
      }
    } else if (!slipsOnly(x, y)) {
      return null;
    }
    double score = 1 - (double) edits / Math.max(a.compact().length(), b.compact().length());
    return Match.of(MatchRule.TYPO, score, edits + (edits == 1 ? " edit" : " edits"));
  }

  private boolean slipsOnly(List<String> x, List<String> y) {
    int changed = 0;
    for (int i = 0; i < x.size(); i++) {
      String p = x.get(i);
      String q = y.get(i);
      if (p.equals(q)) {
        continue;
      }
      if (++changed > 2 || hasDigit(p) || hasDigit(q) || isPlace(p) || isPlace(q)) {
        return false; // "in Iran" / "in Iraq", "Gambia" / "Zambia": another place, not a slip
      }
      if (lexicon.words().isFunctionWord(p) && lexicon.words().isFunctionWord(q)) {
        continue; // "Nordic Forum for ..." / "Nordic Forum on ...": another preposition
      }
      int allowed = Math.min(p.length(), q.length()) >= 8 ? 2 : 1;
      int edits = Similarity.edits(p, q);
      if (edits < 0 || edits > allowed) {
        return false;
      }
    }
    return true;
  }

  private boolean isPlace(String word) {
    return countries.isCountry(word)
        || lexicon.words().isRegionWord(word)
        || lexicon.scope().get(word) == NameLexicon.Role.PLACE;
  }

  private static boolean hasDigit(String word) {
    return word.chars().anyMatch(Character::isDigit);
  }
}
