package org.refrain.analysis.index;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.Span;

/**
 * A committed index opened for searching: passages by query and filters (with highlights, facet
 * counts and passages per year), letters like a letter, and candidate passages for a draft's
 * paragraph. Reads the commit it opened; safe for concurrent use; close it when done.
 */
public final class PassageIndex implements AutoCloseable {

  /** Hits asked for at most, whatever the caller's limit. */
  public static final int MAX_LIMIT = 10_000;

  /** Values listed per facet. */
  public static final int FACET_VALUES = 20;

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = new PassageAnalyzer();
  private volatile SortedSetDocValuesReaderState facetState;

  private PassageIndex(FSDirectory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** Opens the index committed at {@code path}. */
  public static PassageIndex open(Path path) throws IOException {
    FSDirectory directory = FSDirectory.open(path);
    try {
      return new PassageIndex(directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Letters indexed. */
  public int letters() throws IOException {
    return searcher.count(typeQuery(IndexFields.LETTER_TYPE));
  }

  /** Passages indexed. */
  public int passages() throws IOException {
    return searcher.count(typeQuery(IndexFields.PASSAGE_TYPE));
  }

  /**
   * Parses {@code query} in Lucene's classic syntax over the text: words and phrases are analysed
   * as the text is; a hyphenated word is a phrase ("non-refoulement").
   *
   * @throws IllegalArgumentException naming the problem when the query cannot be parsed
   */
  public Query parse(String query) {
    return parse(query, analyzer);
  }

  /**
   * Checks that {@code query} parses, before any index is opened.
   *
   * @throws IllegalArgumentException naming the problem when it does not
   */
  public static void check(String query) {
    try (Analyzer a = new PassageAnalyzer()) {
      parse(query, a);
    }
  }

  private static Query parse(String query, Analyzer analyzer) {
    if (query.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    QueryParser parser = new StemmingFuzzyParser(IndexFields.TEXT, analyzer);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    parser.setAllowLeadingWildcard(false);
    try {
      return parser.parse(query);
    } catch (ParseException | RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      int eol = message.indexOf('\n');
      throw new IllegalArgumentException(
          "cannot read the query '"
              + query
              + "': "
              + (eol < 0 ? message : message.substring(0, eol)),
          e);
    }
  }

  /**
   * Lucene's classic parser, but a fuzzy word ("refoulment~") is stemmed as the text was before its
   * edit distance is taken, so it is compared with the stems the index holds.
   */
  private static final class StemmingFuzzyParser extends QueryParser {
    private final Analyzer analyzer;

    StemmingFuzzyParser(String field, Analyzer analyzer) {
      super(field, analyzer);
      this.analyzer = analyzer;
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      List<String> stems = terms(analyzer, field, termStr);
      return super.getFuzzyQuery(field, stems.size() == 1 ? stems.get(0) : termStr, minSimilarity);
    }
  }

  /** Runs {@code request}. */
  public SearchResult search(SearchRequest request) throws IOException {
    Query text = parse(request.query());
    List<Query> filters = filters(request.filter());
    Query passages = bool(text, IndexFields.PASSAGE_TYPE, filters);
    Query letters = bool(text, IndexFields.LETTER_TYPE, filters);
    int limit = Math.min(request.limit(), MAX_LIMIT);
    TopDocs top = searcher.search(passages, Math.max(1, limit));
    List<ScoreDoc> docs =
        new ArrayList<>(List.of(top.scoreDocs).subList(0, Math.min(limit, top.scoreDocs.length)));
    List<SearchResult.Hit> hits = hits(passages, docs);
    YearCounts perYear = searcher.search(passages, new YearCounts.Manager());
    FacetsCollector fc = searcher.search(letters, new FacetsCollectorManager());
    Map<String, List<SearchResult.FacetCount>> facets = facets(fc);
    long letterCount = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    return new SearchResult(hits, perYear.total, letterCount, facets, perYear.years);
  }

  private static Query bool(Query text, String type, List<Query> filters) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, BooleanClause.Occur.MUST);
    b.add(typeQuery(type), BooleanClause.Occur.FILTER);
    for (Query f : filters) {
      b.add(f, BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static Query typeQuery(String type) {
    return new TermQuery(new Term(IndexFields.TYPE, type));
  }

  /** The filter clauses of {@code filter}. */
  List<Query> filters(SearchRequest.Filter filter) {
    List<Query> out = new ArrayList<>();
    if (filter.demand() != null) {
      String value =
          filter.strength() == null
              ? filter.demand()
              : filter.demand() + ":" + filter.strength().label();
      out.add(new TermQuery(new Term(IndexFields.DEMAND, value)));
    }
    if (filter.from() != null || filter.to() != null) {
      long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
      long to = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
      out.add(LongPoint.newRangeQuery(IndexFields.DAY, from, to));
    }
    if (filter.addressee() != null) {
      out.add(addresseeQuery(filter.addressee()));
    }
    if (filter.venue() != null) {
      out.add(new TermQuery(new Term(IndexFields.VENUE, IndexFields.venue(filter.venue()))));
    }
    if (filter.signatory() != null) {
      Query phrase =
          new QueryBuilder(analyzer).createPhraseQuery(IndexFields.SIGNATORY, filter.signatory());
      if (phrase == null) {
        throw new IllegalArgumentException(
            "no words in the signatory '" + filter.signatory() + "'");
      }
      out.add(phrase);
    }
    return out;
  }

  /**
   * Letters whose addressee has every word of {@code text} but titles and function words
   * ("President", "of", listed in {@code addressee-words.txt}): "President Moon" finds "Moon
   * Jae-in, President of the Republic of Korea". When every word is such a word, all must match.
   */
  Query addresseeQuery(String text) {
    List<String> words = terms(analyzer, IndexFields.ADDRESSEE, text);
    List<String> names = words.stream().filter(w -> !ADDRESSEE_WORDS.contains(w)).toList();
    if (words.isEmpty()) {
      throw new IllegalArgumentException("no words in the addressee '" + text + "'");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : names.isEmpty() ? words : names) {
      b.add(new TermQuery(new Term(IndexFields.ADDRESSEE, w)), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Words an addressee filter ignores, analysed as the field is. */
  private static final Set<String> ADDRESSEE_WORDS = addresseeWords();

  private static Set<String> addresseeWords() {
    Set<String> out = new HashSet<>();
    try (Analyzer a = new PassageAnalyzer()) {
      for (String line :
          org.refrain.corpus.lexicon.Lexicon.bundled()
              .lines(PassageIndex.class, "addressee-words.txt")) {
        out.addAll(terms(a, IndexFields.ADDRESSEE, line));
      }
    }
    return Set.copyOf(out);
  }

  /** A year filter as a range of dates. */
  public static SearchRequest.Filter year(SearchRequest.Filter filter, int year) {
    return new SearchRequest.Filter(
        filter.demand(),
        filter.strength(),
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        filter.addressee(),
        filter.venue(),
        filter.signatory());
  }

  private List<SearchResult.Hit> hits(Query query, List<ScoreDoc> docs) throws IOException {
    if (docs.isEmpty()) {
      return List.of();
    }
    // Equal scores in document order would depend on how segments merged: break ties by letter
    // id and paragraph, so the same index gives the same order.
    List<Document> stored = new ArrayList<>();
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc d : docs) {
      stored.add(fields.document(d.doc));
    }
    Integer[] order = new Integer[docs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        Comparator.comparing((Integer i) -> -docs.get(i).score)
            .thenComparing(i -> stored.get(i).get(IndexFields.LETTER))
            .thenComparing(i -> paragraph(stored.get(i))));
    int[] ids = new int[docs.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = docs.get(order[i]).doc;
    }
    Object[] highlights = highlights(query, ids);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      @SuppressWarnings("unchecked")
      List<Span> spans = highlights[i] == null ? List.of() : (List<Span>) highlights[i];
      hits.add(hit(stored.get(order[i]), ids[i], docs.get(order[i]).score, spans));
    }
    return hits;
  }

  private static int paragraph(Document d) {
    IndexableField f = d.getField(IndexFields.PARAGRAPH);
    return f == null ? -1 : f.numericValue().intValue();
  }

  /** The highlighter, giving each passage's matches as spans over the whole paragraph. */
  private static final class SpanHighlighter extends UnifiedHighlighter {
    SpanHighlighter(Builder builder) {
      super(builder);
    }

    Object[] spans(Query query, int[] docs) throws IOException {
      int[] max = {1};
      return highlightFieldsAsObjects(new String[] {IndexFields.TEXT}, query, docs, max)
          .get(IndexFields.TEXT);
    }
  }

  private Object[] highlights(Query query, int[] docs) throws IOException {
    PassageFormatter formatter =
        new PassageFormatter() {
          @Override
          public Object format(Passage[] passages, String content) {
            List<Span> spans = new ArrayList<>();
            for (Passage p : passages) {
              for (int m = 0; m < p.getNumMatches(); m++) {
                int start = p.getMatchStarts()[m];
                int end = Math.min(p.getMatchEnds()[m], content.length());
                if (start < end) {
                  spans.add(new Span(start, end));
                }
              }
            }
            spans.sort(Comparator.naturalOrder());
            // Overlapping matches (a word inside a phrase match) are merged.
            List<Span> merged = new ArrayList<>();
            for (Span s : spans) {
              Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
              if (last != null && s.start() <= last.end()) {
                merged.set(
                    merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
              } else {
                merged.add(s);
              }
            }
            return List.copyOf(merged);
          }
        };
    SpanHighlighter highlighter =
        new SpanHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(formatter)
                .withMaxLength(1_000_000)
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(0));
    return highlighter.spans(query, docs);
  }

  /** Facet counts of the letters matched. */
  private Map<String, List<SearchResult.FacetCount>> facets(FacetsCollector fc) throws IOException {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = facetState();
    if (state == null) {
      return out;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
    Set<String> dims = new HashSet<>();
    state.getDims().forEach(dims::add);
    for (String dim : IndexFields.FACETS) {
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      if (dims.contains(dim)) {
        FacetResult result = facets.getAllChildren(dim);
        if (result != null) {
          for (LabelAndValue lv : result.labelValues) {
            counts.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
          }
        }
      }
      Comparator<SearchResult.FacetCount> order =
          dim.equals("year")
              ? Comparator.comparing(SearchResult.FacetCount::value)
              : Comparator.comparingLong((SearchResult.FacetCount c) -> -c.letters())
                  .thenComparing(SearchResult.FacetCount::value);
      counts.sort(order);
      out.put(dim, List.copyOf(counts.subList(0, Math.min(FACET_VALUES, counts.size()))));
    }
    return out;
  }

  private SortedSetDocValuesReaderState facetState() throws IOException {
    SortedSetDocValuesReaderState state = facetState;
    if (state == null) {
      synchronized (this) {
        if (facetState == null) {
          try {
            facetState = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facets());
          } catch (IllegalArgumentException e) {
            return null; // no facet values at all (an empty index)
          }
        }
        state = facetState;
      }
    }
    return state;
  }

  /** Passages matched per year, and in all. */
  private static final class YearCounts extends SimpleCollector {
    final TreeMap<Integer, Long> years = new TreeMap<>();
    long total;
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

    static final class Manager implements CollectorManager<YearCounts, YearCounts> {
      @Override
      public YearCounts newCollector() {
        return new YearCounts();
      }

      @Override
      public YearCounts reduce(java.util.Collection<YearCounts> collectors) {
        YearCounts all = new YearCounts();
        for (YearCounts c : collectors) {
          all.total += c.total;
          c.years.forEach((y, n) -> all.years.merge(y, n, Long::sum));
        }
        return all;
      }
    }
  }

  /**
   * A letter like another.
   *
   * @param letter its id
   * @param date its date (ISO), or null
   * @param addressee its addressee, or null
   * @param venue its venue, or null
   * @param score the more-like-this score summed over the letter's passages that came up
   * @param sharedPassages its passages in a reuse family the given letter also has a copy in
   */
  public record Similar(
      String letter,
      String date,
      String addressee,
      String venue,
      float score,
      int sharedPassages) {}

  /**
   * The letters most like {@code letterId}: each of its passages' more-like-this query (Lucene's
   * {@link MoreLikeThis}: its most distinctive terms) finds passages of other letters, their scores
   * summed per letter; the letters are then ranked by passages in a reuse family they share with
   * it, then by that score.
   *
   * @throws IllegalArgumentException when no letter has that id
   */
  public List<Similar> like(String letterId, int limit) throws IOException {
    Query own =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.LETTER, letterId)), BooleanClause.Occur.FILTER)
            .add(typeQuery(IndexFields.PASSAGE_TYPE), BooleanClause.Occur.FILTER)
            .build();
    TopDocs mine = searcher.search(own, 10_000);
    if (mine.scoreDocs.length == 0) {
      if (searcher.count(new TermQuery(new Term(IndexFields.LETTER, letterId))) == 0) {
        throw new IllegalArgumentException("no letter " + letterId + " in the index");
      }
      return List.of();
    }
    Set<String> myFamilies = new HashSet<>();
    for (ScoreDoc d : mine.scoreDocs) {
      String f = family(d.doc);
      if (f != null) {
        myFamilies.add(f);
      }
    }
    MoreLikeThis mlt = moreLikeThis();
    Map<String, Float> scores = new HashMap<>();
    Map<String, Document> firstDoc = new HashMap<>();
    Query notMine = new TermQuery(new Term(IndexFields.LETTER, letterId));
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc d : mine.scoreDocs) {
      Query like = mlt.like(d.doc);
      Query q =
          new BooleanQuery.Builder()
              .add(like, BooleanClause.Occur.MUST)
              .add(typeQuery(IndexFields.PASSAGE_TYPE), BooleanClause.Occur.FILTER)
              .add(notMine, BooleanClause.Occur.MUST_NOT)
              .build();
      for (ScoreDoc hit : searcher.search(q, 20).scoreDocs) {
        Document doc = fields.document(hit.doc);
        String id = doc.get(IndexFields.LETTER);
        scores.merge(id, hit.score, Float::sum);
        firstDoc.putIfAbsent(id, doc);
      }
    }
    List<Similar> out = new ArrayList<>();
    for (Map.Entry<String, Float> e : scores.entrySet()) {
      int shared = 0;
      if (!myFamilies.isEmpty()) {
        Query theirs =
            new BooleanQuery.Builder()
                .add(
                    new TermQuery(new Term(IndexFields.LETTER, e.getKey())),
                    BooleanClause.Occur.FILTER)
                .add(typeQuery(IndexFields.PASSAGE_TYPE), BooleanClause.Occur.FILTER)
                .build();
        for (ScoreDoc d : searcher.search(theirs, 10_000).scoreDocs) {
          String f = family(d.doc);
          if (f != null && myFamilies.contains(f)) {
            shared++;
          }
        }
      }
      Document doc = firstDoc.get(e.getKey());
      out.add(
          new Similar(
              e.getKey(),
              doc.get(IndexFields.DATE),
              doc.get(IndexFields.ADDRESSEE_LABEL),
              doc.get(IndexFields.VENUE_LABEL),
              e.getValue(),
              shared));
    }
    out.sort(
        Comparator.comparingInt((Similar s) -> -s.sharedPassages())
            .thenComparing((Similar s) -> -s.score())
            .thenComparing(Similar::letter));
    return List.copyOf(out.subList(0, Math.min(Math.max(limit, 0), out.size())));
  }

  /**
   * The passages most like {@code text} (a draft's paragraph): its distinctive terms as a
   * more-like-this query, best first, without highlights.
   */
  public List<SearchResult.Hit> like(String text, SearchRequest.Filter filter, int limit)
      throws IOException {
    Query like = moreLikeThis().like(IndexFields.TEXT, new StringReader(text));
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST);
    b.add(typeQuery(IndexFields.PASSAGE_TYPE), BooleanClause.Occur.FILTER);
    for (Query f : filters(filter)) {
      b.add(f, BooleanClause.Occur.FILTER);
    }
    Query q = b.build();
    TopDocs top = searcher.search(q, Math.max(1, limit));
    List<ScoreDoc> docs = List.of(top.scoreDocs).subList(0, Math.min(limit, top.scoreDocs.length));
    return hitsWithoutHighlights(docs);
  }

  /** The passages of letters with any of these ids, as hits, for showing a letter's wording. */
  public List<SearchResult.Hit> passages(String letterId) throws IOException {
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.LETTER, letterId)), BooleanClause.Occur.FILTER)
            .add(typeQuery(IndexFields.PASSAGE_TYPE), BooleanClause.Occur.FILTER)
            .build();
    List<SearchResult.Hit> hits =
        new ArrayList<>(hitsWithoutHighlights(List.of(searcher.search(q, 10_000).scoreDocs)));
    hits.sort(Comparator.comparingInt(SearchResult.Hit::paragraph));
    return List.copyOf(hits);
  }

  private List<SearchResult.Hit> hitsWithoutHighlights(List<ScoreDoc> docs) throws IOException {
    StoredFields fields = searcher.storedFields();
    List<SearchResult.Hit> out = new ArrayList<>();
    for (ScoreDoc d : docs) {
      out.add(hit(fields.document(d.doc), d.doc, d.score, List.of()));
    }
    return out;
  }

  /** A passage document as a hit, with its family from the doc values. */
  private SearchResult.Hit hit(Document d, int doc, float score, List<Span> highlights)
      throws IOException {
    String family = family(doc);
    return new SearchResult.Hit(
        d.get(IndexFields.LETTER),
        d.get(IndexFields.SOURCE),
        d.getField(IndexFields.INDEX).numericValue().intValue(),
        paragraph(d),
        d.get(IndexFields.DATE),
        d.get(IndexFields.ADDRESSEE_LABEL),
        d.get(IndexFields.VENUE_LABEL),
        d.get(IndexFields.SIGNATORIES),
        score,
        d.get(IndexFields.TEXT),
        highlights,
        family,
        family == null ? 1 : familyLetters(doc),
        family != null && boilerplate(doc));
  }

  private MoreLikeThis moreLikeThis() throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {IndexFields.TEXT});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(30);
    mlt.setMinWordLen(2);
    return mlt;
  }

  private String family(int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    BinaryDocValues fam = leaf.reader().getBinaryDocValues(IndexFields.FAMILY);
    if (fam != null && fam.advanceExact(doc - leaf.docBase)) {
      String id = fam.binaryValue().utf8ToString();
      return id.isEmpty() ? null : id;
    }
    return null;
  }

  private int familyLetters(int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    NumericDocValues count = leaf.reader().getNumericDocValues(IndexFields.FAMILY_LETTERS);
    return count != null && count.advanceExact(doc - leaf.docBase)
        ? (int) Math.max(1, Math.abs(count.longValue()))
        : 1;
  }

  /** Whether the passage's family is boilerplate. */
  boolean boilerplate(int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    NumericDocValues count = leaf.reader().getNumericDocValues(IndexFields.FAMILY_LETTERS);
    return count != null && count.advanceExact(doc - leaf.docBase) && count.longValue() < 0;
  }

  /**
   * A demand an earlier letter asked for, with the sentence that asked.
   *
   * @param letter the letter's id
   * @param date its date (ISO), or null
   * @param addressee its addressee, or null
   * @param venue its venue, or null
   * @param wording the first sentence of the letter asking for the demand
   */
  public record Asked(String letter, String date, String addressee, String venue, String wording) {}

  /**
   * The demands asked for by letters (press releases left out: they report a letter) to {@code
   * addressee} or at {@code venue} (either may be null, not both), each with the letters asking, in
   * date order.
   */
  public Map<String, List<Asked>> asked(String addressee, String venue) throws IOException {
    if (addressee == null && venue == null) {
      throw new IllegalArgumentException("an addressee or a venue is needed");
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    if (addressee != null) {
      either.add(addresseeQuery(addressee), BooleanClause.Occur.SHOULD);
    }
    if (venue != null) {
      either.add(
          new TermQuery(new Term(IndexFields.VENUE, IndexFields.venue(venue))),
          BooleanClause.Occur.SHOULD);
    }
    Query q =
        new BooleanQuery.Builder()
            .add(typeQuery(IndexFields.LETTER_TYPE), BooleanClause.Occur.FILTER)
            .add(either.setMinimumNumberShouldMatch(1).build(), BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(IndexFields.KIND, LetterKind.PRESS_RELEASE.label())),
                BooleanClause.Occur.MUST_NOT)
            .build();
    StoredFields fields = searcher.storedFields();
    List<Document> docs = new ArrayList<>();
    for (ScoreDoc d : searcher.search(q, MAX_LIMIT).scoreDocs) {
      docs.add(fields.document(d.doc));
    }
    docs.sort(
        Comparator.comparing(
                (Document d) -> d.get(IndexFields.DATE),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.get(IndexFields.LETTER)));
    Map<String, List<Asked>> out = new TreeMap<>();
    for (Document d : docs) {
      for (IndexableField f : d.getFields(IndexFields.WORDING)) {
        String value = f.stringValue();
        int tab = value.indexOf('\t');
        if (tab < 0) {
          continue;
        }
        out.computeIfAbsent(value.substring(0, tab), k -> new ArrayList<>())
            .add(
                new Asked(
                    d.get(IndexFields.LETTER),
                    d.get(IndexFields.DATE),
                    d.get(IndexFields.ADDRESSEE_LABEL),
                    d.get(IndexFields.VENUE_LABEL),
                    value.substring(tab + 1)));
      }
    }
    return out;
  }

  /** The terms {@code analyzer} makes of {@code text} in {@code field}. */
  static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(field, text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
