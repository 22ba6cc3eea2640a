package org.refrain.reports.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.coalition.Coalition;
import org.refrain.analysis.coalition.CoalitionChange;
import org.refrain.analysis.demand.DemandResult;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.ReusePassage;
import org.refrain.analysis.reuse.ReuseResult;
import org.refrain.analysis.signatory.MentionRef;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.analysis.signatory.SignatoryResolution;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.Letter;
import org.refrain.reports.report.LetterLabels;

/**
 * What the web app serves, computed once when it starts (or when {@code --watch} sees the corpus
 * change): the corpus, its analysis (demands, reuse, signatories, coalition), the passage index,
 * and lookups by id. Immutable once built; the app swaps a whole new one in.
 */
public final class WebCorpus {

  private final Corpus corpus;
  private final CorpusAnalysis analysis;
  private final PassageIndex index;
  private final LetterLabels labels;
  private final Map<String, Letter> letters = new LinkedHashMap<>();
  private final Map<String, AnnotatedLetter> annotated = new HashMap<>();
  private final Map<String, ReuseFamily> families = new LinkedHashMap<>();
  private final Map<String, List<FamilyCopy>> familiesOf = new HashMap<>();
  private final Map<String, Integer> familyLetters = new HashMap<>();
  private final Map<String, SignatoryEntity> entities = new LinkedHashMap<>();
  private final Map<String, Map<Integer, SignatoryEntity>> entityOfMention = new HashMap<>();
  private final DemandResult demands;
  private final ReuseResult reuse;
  private final SignatoryResolution signatories;
  private final Coalition coalition;
  private final List<CoalitionChange> changes;

  /** Computes every stage the pages need, on the analysis's threads. */
  public WebCorpus(CorpusAnalysis analysis, PassageIndex index) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.index = Objects.requireNonNull(index, "index");
    this.corpus = analysis.corpus();
    this.labels = LetterLabels.of(corpus.letters());
    corpus.letters().forEach(l -> letters.put(l.id(), l));
    analysis.annotated().forEach(a -> annotated.put(a.letter().id(), a));
    this.demands = analysis.demands();
    this.reuse = analysis.reuse();
    // Each family's copies walked once here: a boilerplate family has a copy in most letters, too
    // many to walk for every page.
    for (ReuseFamily f : reuse.families()) {
      families.put(f.id(), f);
      List<String> holding = f.letters();
      familyLetters.put(f.id(), holding.size());
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (ReusePassage copy : f.members()) {
        if (seen.add(copy.letter().id())) {
          familiesOf
              .computeIfAbsent(copy.letter().id(), k -> new java.util.ArrayList<>())
              .add(new FamilyCopy(f, copy, holding.size()));
        }
      }
    }
    this.signatories = analysis.signatories();
    for (SignatoryEntity e : signatories.entities()) {
      entities.put(e.id(), e);
      for (MentionRef ref : e.mentions()) {
        entityOfMention
            .computeIfAbsent(ref.letter().id(), k -> new HashMap<>())
            .put(ref.position(), e);
      }
    }
    this.coalition = analysis.coalition();
    this.changes = analysis.coalitionChanges();
  }

  public Corpus corpus() {
    return corpus;
  }

  public CorpusAnalysis analysis() {
    return analysis;
  }

  public PassageIndex index() {
    return index;
  }

  public LetterLabels labels() {
    return labels;
  }

  public List<Letter> letters() {
    return corpus.letters();
  }

  public Optional<Letter> letter(String id) {
    return Optional.ofNullable(id == null ? null : letters.get(id));
  }

  public Optional<AnnotatedLetter> annotated(String id) {
    return Optional.ofNullable(annotated.get(id));
  }

  public DemandResult demands() {
    return demands;
  }

  public LetterDemands demands(Letter letter) {
    return demands.letter(letter.id()).orElse(new LetterDemands(letter, List.of()));
  }

  public ReuseResult reuse() {
    return reuse;
  }

  public Optional<ReuseFamily> family(String id) {
    return Optional.ofNullable(id == null ? null : families.get(id));
  }

  /**
   * A family a letter holds a copy of: the family, the letter's first copy, and how many letters
   * hold one.
   */
  public record FamilyCopy(ReuseFamily family, ReusePassage copy, int letters) {}

  /** The families a letter holds a copy of, largest first, each with its first copy there. */
  public List<FamilyCopy> families(Letter letter) {
    return familiesOf.getOrDefault(letter.id(), List.of());
  }

  /** How many letters hold a copy of {@code family}. */
  public int letters(ReuseFamily family) {
    return familyLetters.getOrDefault(family.id(), family.letters().size());
  }

  public SignatoryResolution signatories() {
    return signatories;
  }

  public Optional<SignatoryEntity> entity(String id) {
    return Optional.ofNullable(id == null ? null : entities.get(id));
  }

  /** The entity the {@code position}-th signatory of {@code letter} was resolved to, if any. */
  public Optional<SignatoryEntity> entity(Letter letter, int position) {
    return Optional.ofNullable(entityOfMention.getOrDefault(letter.id(), Map.of()).get(position));
  }

  public Coalition coalition() {
    return coalition;
  }

  public List<CoalitionChange> changes() {
    return changes;
  }
}
