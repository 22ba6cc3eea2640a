package org.refrain.analysis.signatory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.refrain.corpus.Letter;
import org.refrain.corpus.signatory.SignatoryKind;

/**
 * Turns the resolver's clusters into named {@link SignatoryEntity}s and its near-line pairs into
 * {@link ReviewPair}s. The name shown is the alias file's canonical name if one applies, else the
 * spelling written most often, full names before acronyms (ties: the latest, then the longest).
 */
final class EntityBuilder {

  /** A merge and a variant of the cluster it made. */
  record Made(int variant, Merge merge) {}

  private final List<Variant> variants;
  private final Clusters clusters;
  private final List<Made> merges;
  private final Map<Integer, String> userNames;

  EntityBuilder(
      List<Variant> variants, Clusters clusters, List<Made> merges, Map<Integer, String> names) {
    this.variants = variants;
    this.clusters = clusters;
    this.merges = merges;
    this.userNames = names;
  }

  SignatoryResolution build(
      List<Letter> letters,
      List<SignatoryResolver.Judged> judged,
      List<SignatoryResolver.Judged> blocked,
      Separations separate,
      List<String> warnings) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < letters.size(); i++) {
      order.put(letters.get(i).id(), i);
    }
    Map<Integer, List<Variant>> byRoot = new TreeMap<>();
    for (Variant variant : variants) {
      byRoot.computeIfAbsent(clusters.find(variant.id()), r -> new ArrayList<>()).add(variant);
    }
    Map<Integer, List<Merge>> mergesByRoot = new HashMap<>();
    for (Made made : merges) {
      mergesByRoot
          .computeIfAbsent(clusters.find(made.variant()), r -> new ArrayList<>())
          .add(made.merge());
    }
    Map<Integer, String> userByRoot = new HashMap<>();
    userNames.forEach((variant, name) -> userByRoot.put(clusters.find(variant), name));
    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<Integer, List<Variant>> cluster : byRoot.entrySet()) {
      drafts.add(draft(cluster.getValue(), order, userByRoot.get(cluster.getKey())));
    }
    drafts.sort(
        Comparator.comparingInt((Draft d) -> -d.letterCount())
            .thenComparing(d -> NameFolding.fold(d.name()))
            .thenComparing(Draft::name)
            .thenComparingInt(d -> d.firstVariant()));
    Map<Integer, String> idByRoot = new HashMap<>();
    Set<String> used = new HashSet<>();
    List<SignatoryEntity> entities = new ArrayList<>(drafts.size());
    for (Draft draft : drafts) {
      String id = uniqueSlug(draft.name(), used);
      idByRoot.put(clusters.find(draft.firstVariant()), id);
      entities.add(
          draft.entity(
              id, mergesByRoot.getOrDefault(clusters.find(draft.firstVariant()), List.of())));
    }
    List<ReviewPair> review =
        new ReviewBuilder(clusters, separate, idByRoot).build(judged, blocked);
    return new SignatoryResolution(letters, entities, review, warnings);
  }

  /** An entity before its id is known. */
  private record Draft(
      String name,
      SignatoryKind kind,
      String acronym,
      List<CountryCount> countries,
      List<String> aliases,
      List<MentionRef> mentions,
      int letterCount,
      int firstVariant) {

    SignatoryEntity entity(String id, List<Merge> merges) {
      String country = countries.isEmpty() ? null : countries.get(0).country();
      return new SignatoryEntity(
          id, name, kind, acronym, country, countries, aliases, mentions, merges);
    }
  }

  private Draft draft(List<Variant> cluster, Map<String, Integer> order, String userName) {
    List<MentionRef> mentions = new ArrayList<>();
    for (Variant variant : cluster) {
      mentions.addAll(variant.mentions());
    }
    mentions.sort(
        Comparator.comparingInt((MentionRef m) -> order.get(m.letter().id()))
            .thenComparingInt(MentionRef::position));
    Set<String> aliases = new LinkedHashSet<>();
    Map<String, Integer> acronyms = new LinkedHashMap<>();
    Set<String> letterIds = new HashSet<>();
    int persons = 0;
    for (MentionRef ref : mentions) {
      aliases.add(ref.mention().name());
      letterIds.add(ref.letter().id());
      if (ref.mention().acronym() != null) {
        acronyms.merge(ref.mention().acronym(), 1, Integer::sum);
      }
      if (ref.mention().kind() == SignatoryKind.PERSON) {
        persons++;
      }
    }
    SignatoryKind kind =
        persons * 2 > mentions.size() ? SignatoryKind.PERSON : SignatoryKind.ORGANIZATION;
    String name = userName != null ? userName : shownName(mentions, order);
    return new Draft(
        name,
        kind,
        mostFrequent(acronyms),
        countries(mentions, order),
        new ArrayList<>(aliases),
        mentions,
        letterIds.size(),
        cluster.get(0).id());
  }

  /**
   * The spelling written most: full names before acronyms (a name written as an acronym, or that
   * another mention gives as its acronym: "BALAOD Mindanaw"); ties to the latest, then longest.
   */
  private static String shownName(List<MentionRef> mentions, Map<String, Integer> order) {
    Set<String> acronyms = new HashSet<>();
    for (MentionRef ref : mentions) {
      if (ref.mention().acronym() != null) {
        acronyms.add(NameFolding.compact(NameFolding.words(ref.mention().acronym())));
      }
    }
    Map<String, int[]> seen = new LinkedHashMap<>();
    for (MentionRef ref : mentions) {
      int[] stats = seen.computeIfAbsent(ref.mention().name(), n -> new int[2]);
      stats[0]++;
      stats[1] = Math.max(stats[1], order.get(ref.letter().id()));
    }
    return seen.entrySet().stream()
        .min(
            Comparator.comparing(
                    (Map.Entry<String, int[]> e) ->
                        NameNormalizer.acronymLike(e.getKey())
                            || acronyms.contains(
                                NameFolding.compact(NameFolding.words(e.getKey()))))
                .thenComparingInt(e -> -e.getValue()[0])
                .thenComparingInt(e -> -e.getValue()[1])
                .thenComparingInt(e -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey))
        .orElseThrow()
        .getKey();
  }

  private static String mostFrequent(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (best == null || entry.getValue() > counts.get(best)) {
        best = entry.getKey();
      }
    }
    return best;
  }

  /** Countries by letters listing them, most first; ties to the one listed latest, then name. */
  private static List<CountryCount> countries(
      List<MentionRef> mentions, Map<String, Integer> order) {
    Map<String, LinkedHashSet<String>> letters = new TreeMap<>();
    Map<String, Integer> latest = new HashMap<>();
    for (MentionRef ref : mentions) {
      String country = ref.mention().country();
      if (country != null) {
        letters.computeIfAbsent(country, c -> new LinkedHashSet<>()).add(ref.letter().id());
        latest.merge(country, order.get(ref.letter().id()), Math::max);
      }
    }
    List<CountryCount> counts = new ArrayList<>();
    letters.forEach((country, ids) -> counts.add(new CountryCount(country, new ArrayList<>(ids))));
    counts.sort(
        Comparator.comparingInt((CountryCount c) -> -c.letters().size())
            .thenComparingInt(c -> -latest.get(c.country()))
            .thenComparing(CountryCount::country));
    return counts;
  }

  /** A slug of {@code name}: folded words joined by hyphens, numbered when already used. */
  private static String uniqueSlug(String name, Set<String> used) {
    String slug = String.join("-", NameFolding.words(name));
    if (slug.length() > 60) {
      int cut = slug.lastIndexOf('-', 60);
      slug = slug.substring(0, cut > 0 ? cut : 60);
    }
    if (slug.isEmpty()) {
      slug = "signatory";
    }
    String id = slug;
    for (int n = 2; !used.add(id); n++) {
      id = slug + "-" + n;
    }
    return id;
  }
}
