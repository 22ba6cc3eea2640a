package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.refrain.analysis.HandLetters;
import org.refrain.corpus.Letter;
import org.refrain.corpus.signatory.CountryGazetteer;

/** Variants built the way the resolver builds them, one hand letter each, and their matchers. */
final class Variants {

  static final NameLexicon LEXICON = NameLexicon.standard();
  static final NameNormalizer NORMALIZER = new NameNormalizer(LEXICON);
  static final OrgMatcher ORGS = new OrgMatcher(LEXICON, CountryGazetteer.load());
  static final PersonMatcher PERSONS = new PersonMatcher(LEXICON);

  private static int letters;

  private Variants() {}

  /** The one variant of a letter listing what {@code list} adds (all with one folded name). */
  static Variant of(UnaryOperator<HandLetters.Builder> list) {
    Letter letter = list.apply(HandLetters.letter("hand-" + (++letters) + "#1")).build();
    List<Variant> variants = new VariantBuilder(NORMALIZER).build(List.of(letter));
    assertEquals(1, variants.size(), "expected one variant: " + variants);
    return variants.get(0);
  }

  static Variant org(String name) {
    return of(b -> b.org(name));
  }

  static Variant org(String name, String acronym, String country) {
    return of(b -> b.org(name, acronym, country));
  }

  static Variant person(String name) {
    return of(b -> b.person(name));
  }

  static Variant person(String name, String title, String affiliation, String country) {
    return of(b -> b.person(name, title, affiliation, country));
  }

  /** The organisation match, checked to be symmetric. */
  static Match orgs(Variant a, Variant b) {
    Match ab = ORGS.match(a, b);
    Match ba = ORGS.match(b, a);
    assertEquals(ab.rule(), ba.rule(), "rule not symmetric: " + ab + " / " + ba);
    assertEquals(ab.score(), ba.score(), "score not symmetric: " + ab + " / " + ba);
    return ab;
  }

  /** The person match, checked to be symmetric. */
  static Match persons(Variant a, Variant b) {
    Match ab = PERSONS.match(a, b);
    Match ba = PERSONS.match(b, a);
    assertEquals(ab.rule(), ba.rule(), "rule not symmetric: " + ab + " / " + ba);
    assertEquals(ab.score(), ba.score(), "score not symmetric: " + ab + " / " + ba);
    return ab;
  }

  /** {@code match} is by {@code rule} and at or above the merge line. */
  static void merges(Match match, MatchRule rule) {
    assertEquals(rule, match.rule(), match.toString());
    assertTrue(match.score() >= SignatoryResolver.MERGE_AT, "should merge: " + match);
  }

  /** {@code match} is below the merge line. */
  static void doesNotMerge(Match match) {
    assertTrue(match.score() < SignatoryResolver.MERGE_AT, "should not merge: " + match);
  }
}
