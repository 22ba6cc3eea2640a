package org.refrain.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.refrain.analysis.index.IndexFields;
import org.refrain.analysis.index.PassageAnalyzer;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.analysis.index.SearchRequest;

/**
 * Where a search's time goes, for {@link IndexBenchmark}'s unfiltered queries that miss the goal:
 * the parts of {@link PassageIndex#search} redone with Lucene's public API on the same index, each
 * timed alone — the top 10 passages, their stored fields and highlights, the per-year count over
 * every matching passage, the facet counts over every matching letter — beside the whole search.
 * Queries are drawn seeded from the index's own passages (a word; 2-3 consecutive words; two words
 * at most 5 apart).
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.IndexQueryProfile
 *     INDEX_DIR [QUERIES_PER_KIND] [SEED]</pre>
 */
public final class IndexQueryProfile {

  private static final Pattern WORD = Pattern.compile("[a-z]+");
  private static final String[] PARTS = {
    "search (whole)", "top 10", "stored + highlight", "per-year count", "facets"
  };

  private IndexQueryProfile() {}

  public static void main(String[] argv) throws IOException {
    if (argv.length < 1) {
      System.err.println("usage: IndexQueryProfile INDEX_DIR [QUERIES_PER_KIND] [SEED]");
      System.exit(2);
    }
    Path dir = Path.of(argv[0]);
    int n = argv.length > 1 ? Integer.parseInt(argv[1]) : 300;
    long seed = argv.length > 2 ? Long.parseLong(argv[2]) : 42;
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory);
        PassageIndex index = PassageIndex.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facets());
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, new PassageAnalyzer())
              .withBreakIterator(WholeBreakIterator::new)
              .withMaxLength(1_000_000)
              .withHighlightPhrasesStrictly(true)
              .withMaxNoHighlightPassages(0)
              .build();
      List<String> texts = passages(searcher, reader.maxDoc(), new Random(seed), 3000);
      Random random = new Random(seed + 1);
      StringBuilder md = new StringBuilder();
      md.append(
          String.format(
              Locale.ROOT,
              "Profile of %s: %d queries per kind after 200 warm-up; p50 / p95 ms%n%n",
              dir,
              n));
      md.append("| query | matches (mean passages / letters) |");
      for (String p : PARTS) {
        md.append(' ').append(p).append(" |");
      }
      md.append("\n|---|---:|---:|---:|---:|---:|---:|\n");
      for (String kind : new String[] {"term", "phrase", "proximity"}) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < n + 200; i++) {
          queries.add(query(kind, texts, random));
        }
        long[][] nanos = new long[PARTS.length][n];
        long passages = 0;
        long letters = 0;
        for (int i = 0; i < queries.size(); i++) {
          String q = queries.get(i);
          long[] t = new long[PARTS.length];
          long s = System.nanoTime();
          index.search(new SearchRequest(q, SearchRequest.Filter.NONE, 10));
          t[0] = System.nanoTime() - s;
          Query text = index.parse(q);
          Query passageQuery = typed(text, IndexFields.PASSAGE_TYPE);
          Query letterQuery = typed(text, IndexFields.LETTER_TYPE);
          s = System.nanoTime();
          TopDocs top = searcher.search(passageQuery, 10);
          t[1] = System.nanoTime() - s;
          s = System.nanoTime();
          StoredFields fields = searcher.storedFields();
          for (ScoreDoc d : top.scoreDocs) {
            Document doc = fields.document(d.doc);
            doc.get(IndexFields.LETTER);
          }
          highlighter.highlight(IndexFields.TEXT, passageQuery, top);
          t[2] = System.nanoTime() - s;
          s = System.nanoTime();
          YearCount years = new YearCount();
          searcher.search(passageQuery, years);
          t[3] = System.nanoTime() - s;
          s = System.nanoTime();
          FacetsCollector fc = searcher.search(letterQuery, new FacetsCollectorManager());
          Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
          for (String dim : IndexFields.FACETS) {
            try {
              facets.getAllChildren(dim);
            } catch (IllegalArgumentException e) {
              // a dimension without values
            }
          }
          t[4] = System.nanoTime() - s;
          int k = i - 200;
          if (k >= 0) {
            for (int p = 0; p < PARTS.length; p++) {
              nanos[p][k] = t[p];
            }
            passages += years.total;
            letters += fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
          }
        }
        md.append("| ")
            .append(kind)
            .append(String.format(Locale.ROOT, " | %,d / %,d |", passages / n, letters / n));
        for (int p = 0; p < PARTS.length; p++) {
          IndexBenchmark.Latency l = IndexBenchmark.Latency.ofNanos(nanos[p]);
          md.append(String.format(Locale.ROOT, " %.2f / %.2f |", l.p50(), l.p95()));
        }
        md.append('\n');
      }
      System.out.print(md);
    }
  }

  private static Query typed(Query text, String type) {
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.TYPE, type)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** The text of {@code count} random passages. */
  private static List<String> passages(IndexSearcher searcher, int maxDoc, Random random, int count)
      throws IOException {
    StoredFields fields = searcher.storedFields();
    List<String> out = new ArrayList<>();
    while (out.size() < count) {
      Document d = fields.document(random.nextInt(maxDoc));
      if (d.getField(IndexFields.PARAGRAPH) != null) { // only passages have a paragraph
        String text = d.get(IndexFields.TEXT);
        if (text != null && text.split("\\s+").length >= 8) {
          out.add(text);
        }
      }
    }
    return out;
  }

  private static String query(String kind, List<String> texts, Random random) {
    while (true) {
      String[] raw = texts.get(random.nextInt(texts.size())).toLowerCase(Locale.ROOT).split("\\s+");
      int a = random.nextInt(raw.length);
      switch (kind) {
        case "term" -> {
          if (WORD.matcher(raw[a]).matches() && raw[a].length() >= 4) {
            return raw[a];
          }
        }
        case "phrase" -> {
          int length = 2 + random.nextInt(2);
          if (a + length <= raw.length) {
            boolean ok = true;
            for (int i = a; i < a + length; i++) {
              ok &= WORD.matcher(raw[i]).matches();
            }
            if (ok) {
              return "\"" + String.join(" ", List.of(raw).subList(a, a + length)) + "\"";
            }
          }
        }
        default -> {
          int b = a + 2 + random.nextInt(4);
          if (b < raw.length
              && WORD.matcher(raw[a]).matches()
              && WORD.matcher(raw[b]).matches()
              && raw[a].length() >= 3
              && raw[b].length() >= 3
              && !raw[a].equals(raw[b])) {
            return "\"" + raw[a] + " " + raw[b] + "\"~5";
          }
        }
      }
    }
  }

  /** Matching passages per year, as the search counts them. */
  private static final class YearCount extends SimpleCollector {
    long total;
    private final java.util.TreeMap<Integer, Long> years = new java.util.TreeMap<>();
    private NumericDocValues year;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      year = context.reader().getNumericDocValues(IndexFields.YEAR);
    }

    @Override
    public void collect(int doc) throws IOException {
      total++;
      if (year != null && year.advanceExact(doc)) {
        years.merge((int) year.longValue(), 1L, Long::sum);
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
