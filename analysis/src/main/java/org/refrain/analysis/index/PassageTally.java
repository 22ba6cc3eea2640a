package org.refrain.analysis.index;

import java.io.IOException;
import java.util.Collection;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * What a search counts over every matching passage, in the same pass as the best ones: passages in
 * all and per year, and the distinct letters they come from, collected for the facets. A passage's
 * letter is the nearest letter document before it (a letter's documents are one block, its own
 * first); passages come in document order, so each letter is collected once, in order.
 */
final class PassageTally extends SimpleCollector {

  /** Finds the letters' own documents of a segment. */
  interface LetterDocs {
    FixedBitSet of(LeafReaderContext leaf) throws IOException;
  }

  final TreeMap<Integer, Long> years = new TreeMap<>();
  final FacetsCollector facets = new FacetsCollector();
  long total;
  long letters;

  private final LetterDocs letterDocs;
  private NumericDocValues year;
  private FixedBitSet letterBits;
  private LeafCollector facetLeaf;
  private int lastLetter;

  PassageTally(LetterDocs letterDocs) {
    this.letterDocs = letterDocs;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    year = context.reader().getNumericDocValues(IndexFields.YEAR);
    letterBits = letterDocs.of(context);
    facetLeaf = facets.getLeafCollector(context);
    lastLetter = -1;
  }

  @Override
  public void collect(int doc) throws IOException {
    total++;
    if (year != null && year.advanceExact(doc)) {
      years.merge((int) year.longValue(), 1L, Long::sum);
    }
    int letter = doc == 0 ? -1 : letterBits.prevSetBit(doc - 1);
    if (letter >= 0 && letter != lastLetter) {
      facetLeaf.collect(letter);
      letters++;
      lastLetter = letter;
    }
  }

  @Override
  public void finish() throws IOException {
    if (facetLeaf != null) {
      facetLeaf.finish();
      facetLeaf = null;
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** One tally per slice, summed. */
  static final class Manager implements CollectorManager<PassageTally, PassageTally> {
    private final LetterDocs letterDocs;

    Manager(LetterDocs letterDocs) {
      this.letterDocs = letterDocs;
    }

    @Override
    public PassageTally newCollector() {
      return new PassageTally(letterDocs);
    }

    @Override
    public PassageTally reduce(Collection<PassageTally> collectors) {
      if (collectors.size() == 1) {
        return collectors.iterator().next();
      }
      throw new IllegalStateException("the index is searched on one thread");
    }
  }
}
