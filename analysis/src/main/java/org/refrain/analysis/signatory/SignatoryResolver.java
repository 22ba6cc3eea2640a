package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refrain.corpus.Letter;
import org.refrain.corpus.lexicon.Lexicon;
import org.refrain.corpus.signatory.CountryGazetteer;

/**
 * Resolves the signatory mentions of a corpus into entities, one per organisation or person:
 *
 * <ol>
 *   <li>group mentions by kind and folded name into variants ({@link VariantBuilder});
 *   <li>apply the user's alias file: "same" lines join variants whatever the rules say;
 *   <li>judge the variant pairs that share a blocking key ({@link CandidatePairs}) with {@link
 *       OrgMatcher} or {@link PersonMatcher};
 *   <li>merge from the best score down while the score is at least {@link #MERGE_AT}, never two
 *       clusters listed in one letter, never against a "not the same" line;
 *   <li>name the entities and list the pairs near the line for review ({@link EntityBuilder}).
 * </ol>
 *
 * <p>Letters are read in date order, so the result does not depend on the order they are given.
 */
public final class SignatoryResolver {

  /** Pairs scoring this or more are merged. */
  public static final double MERGE_AT = 0.9;

  /** Pairs scoring from here up to {@link #REVIEW_BELOW}, merged or not, are listed for review. */
  public static final double REVIEW_FROM = 0.8;

  /** Merged pairs scoring below this are listed for review. */
  public static final double REVIEW_BELOW = 0.95;

  private final List<AliasRule> aliases;
  private final NameNormalizer normalizer;
  private final NameLexicon lexicon;
  private final OrgMatcher orgs;
  private final PersonMatcher persons;

  private SignatoryResolver(List<AliasRule> aliases, Lexicon words) {
    this.aliases = List.copyOf(aliases);
    this.lexicon = NameLexicon.of(words);
    this.normalizer = new NameNormalizer(lexicon);
    this.orgs = new OrgMatcher(lexicon, CountryGazetteer.of(words));
    this.persons = new PersonMatcher(lexicon);
  }

  /** A resolver with the bundled rules and no alias file. */
  public static SignatoryResolver create() {
    return new SignatoryResolver(List.of(), Lexicon.bundled());
  }

  /** A resolver that applies {@code aliases} (from {@link AliasFile}) before its own rules. */
  public static SignatoryResolver withAliases(List<AliasRule> aliases) {
    return of(aliases, Lexicon.bundled());
  }

  /**
   * A resolver that applies {@code aliases} before its own rules and reads names with the word
   * lists and countries of {@code lexicon}.
   */
  public static SignatoryResolver of(List<AliasRule> aliases, Lexicon lexicon) {
    return new SignatoryResolver(
        Objects.requireNonNull(aliases, "aliases"), Objects.requireNonNull(lexicon, "lexicon"));
  }

  public SignatoryResolution resolve(List<Letter> letters) {
    List<Letter> ordered = new ArrayList<>(letters);
    ordered.sort(Letter.CHRONOLOGICAL);
    List<Variant> variants = new VariantBuilder(normalizer).build(ordered);
    Clusters clusters = new Clusters(variants);
    List<EntityBuilder.Made> merges = new ArrayList<>();
    Map<Integer, String> names = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    Separations separate = applyAliases(variants, clusters, merges, names, warnings);
    List<Judged> judged = judge(variants);
    List<Judged> blocked = new ArrayList<>();
    for (Judged pair : judged) {
      if (pair.match().score() < MERGE_AT) {
        break;
      }
      if (!pair.match().rule().merges()
          || clusters.find(pair.a().id()) == clusters.find(pair.b().id())) {
        continue;
      }
      if (clusters.sharedLetter(pair.a().id(), pair.b().id()) != null
          || separate.between(clusters, pair.a().id(), pair.b().id())) {
        blocked.add(pair);
        continue;
      }
      clusters.union(pair.a().id(), pair.b().id());
      merges.add(
          new EntityBuilder.Made(
              pair.a().id(), new Merge(pair.a().shown(), pair.b().shown(), pair.match())));
    }
    return new EntityBuilder(variants, clusters, merges, names)
        .build(ordered, judged, blocked, separate, warnings);
  }

  /** A judged candidate pair. */
  record Judged(Variant a, Variant b, Match match) {}

  /** Best score first; ties by rule order, then first appearance. */
  static final Comparator<Judged> BEST_FIRST =
      Comparator.comparingDouble((Judged j) -> -j.match().score())
          .thenComparing(j -> j.match().rule())
          .thenComparingInt(j -> j.a().id())
          .thenComparingInt(j -> j.b().id());

  /** Every candidate pair judged, best score first (ties: rule order, then first appearance). */
  private List<Judged> judge(List<Variant> variants) {
    List<Judged> judged = new ArrayList<>();
    for (int[] pair : CandidatePairs.of(variants, lexicon)) {
      Variant a = variants.get(pair[0]);
      Variant b = variants.get(pair[1]);
      if (a.kind() != b.kind()) {
        continue;
      }
      Match match = a.isPerson() ? persons.match(a, b) : orgs.match(a, b);
      if (match.score() >= REVIEW_FROM) {
        judged.add(new Judged(a, b, match));
      }
    }
    judged.sort(BEST_FIRST);
    return new Ambiguity(lexicon).apply(judged);
  }

  /**
   * Joins the variants of each "same" line; returns the variant pairs of "not the same" lines. A
   * line that names no signatory is a warning, not an error: the file may serve many corpora.
   */
  private Separations applyAliases(
      List<Variant> variants,
      Clusters clusters,
      List<EntityBuilder.Made> merges,
      Map<Integer, String> names,
      List<String> warnings) {
    AliasMatcher matcher = new AliasMatcher(normalizer, variants);
    Separations separate = new Separations();
    for (AliasRule rule : aliases) {
      List<Variant> alias = matcher.find(rule.alias());
      List<Variant> canonical = matcher.find(rule.canonical());
      String missing =
          alias.isEmpty() ? rule.alias() : canonical.isEmpty() ? rule.canonical() : null;
      // A "same" line whose canonical name no letter writes still names the alias's entity.
      if (missing != null && (!rule.same() || alias.isEmpty())) {
        warnings.add(rule.source() + ": '" + missing + "' names no signatory in these letters");
        continue;
      }
      if (!rule.same()) {
        int added = 0;
        for (Variant a : alias) {
          for (Variant b : canonical) {
            if (a != b) {
              separate.add(a.id(), b.id(), rule.source());
              added++;
            }
          }
        }
        if (added == 0) {
          warnings.add(
              rule.source() + ": 'not the same' has no effect: the names are written alike");
        }
        continue;
      }
      List<Variant> all = new ArrayList<>(alias);
      all.addAll(canonical);
      for (Variant other : all.subList(1, all.size())) {
        if (clusters.find(all.get(0).id()) != clusters.find(other.id())) {
          clusters.union(all.get(0).id(), other.id());
          Match user = Match.of(MatchRule.USER_ALIAS, 1, "alias file " + rule.source());
          merges.add(
              new EntityBuilder.Made(
                  other.id(), new Merge(all.get(0).shown(), other.shown(), user)));
        }
      }
      String before = names.put(all.get(0).id(), rule.canonical());
      if (before != null && !before.equals(rule.canonical())) {
        warnings.add(rule.source() + ": '" + rule.canonical() + "' renames '" + before + "'");
      }
    }
    separate.contradicted(clusters).forEach(warnings::add);
    return separate;
  }
}
