package org.refrain.analysis;

import java.util.List;
import java.util.Objects;
import org.refrain.analysis.annotate.AnnotationCache;
import org.refrain.analysis.annotate.Annotator;
import org.refrain.analysis.annotate.CorpusAnnotator;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.analysis.signatory.AliasRule;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Everything a {@link CorpusAnalysis} is computed with. Immutable; {@link #defaults()} gives the
 * bundled taxonomy, no aliases, the default reuse settings, the shared OpenNLP annotator without a
 * cache, {@link CorpusAnnotator#defaultThreads()} threads, no listener and the bundled word lists;
 * the {@code with*} methods change one setting.
 *
 * @param taxonomy the demands tagged
 * @param aliases the rules of a signatory alias file, applied before the resolver's own
 * @param reuse how reused passages are found
 * @param annotator the annotator (OpenNLP in production)
 * @param cache where annotations are kept between runs
 * @param threads how many threads annotation and the later stages use, at least 1
 * @param listener hears the stages start, advance and finish
 * @param lexicon the word lists (stop words, titles, rhetoric lexicon, request verbs, signatory
 *     words, countries); a lexicon replacing {@code abbreviations.txt} wants the annotator {@link
 *     OpenNlpAnnotator#of} gives for it
 */
public record AnalysisSettings(
    Taxonomy taxonomy,
    List<AliasRule> aliases,
    ReuseSettings reuse,
    Annotator annotator,
    AnnotationCache cache,
    int threads,
    StageListener listener,
    Lexicon lexicon) {

  public AnalysisSettings {
    Objects.requireNonNull(taxonomy, "taxonomy");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(reuse, "reuse");
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(cache, "cache");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(lexicon, "lexicon");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
  }

  /** The defaults described above. */
  public static AnalysisSettings defaults() {
    return new AnalysisSettings(
        Taxonomy.bundled(),
        List.of(),
        ReuseSettings.defaults(),
        OpenNlpAnnotator.shared(),
        AnnotationCache.none(),
        CorpusAnnotator.defaultThreads(),
        StageListener.NONE,
        Lexicon.bundled());
  }

  public AnalysisSettings withTaxonomy(Taxonomy value) {
    return new AnalysisSettings(
        value, aliases, reuse, annotator, cache, threads, listener, lexicon);
  }

  public AnalysisSettings withAliases(List<AliasRule> value) {
    return new AnalysisSettings(
        taxonomy, value, reuse, annotator, cache, threads, listener, lexicon);
  }

  public AnalysisSettings withReuse(ReuseSettings value) {
    return new AnalysisSettings(
        taxonomy, aliases, value, annotator, cache, threads, listener, lexicon);
  }

  public AnalysisSettings withAnnotator(Annotator value) {
    return new AnalysisSettings(taxonomy, aliases, reuse, value, cache, threads, listener, lexicon);
  }

  public AnalysisSettings withCache(AnnotationCache value) {
    return new AnalysisSettings(
        taxonomy, aliases, reuse, annotator, value, threads, listener, lexicon);
  }

  public AnalysisSettings withThreads(int value) {
    return new AnalysisSettings(
        taxonomy, aliases, reuse, annotator, cache, value, listener, lexicon);
  }

  public AnalysisSettings withLexicon(Lexicon value) {
    return new AnalysisSettings(
        taxonomy, aliases, reuse, annotator, cache, threads, listener, value);
  }

  public AnalysisSettings withListener(StageListener value) {
    return new AnalysisSettings(
        taxonomy, aliases, reuse, annotator, cache, threads, value, lexicon);
  }
}
