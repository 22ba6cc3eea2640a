package org.refrain.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.refrain.analysis.demand.Strength;
import org.refrain.analysis.index.IndexedLetter;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.analysis.index.SearchRequest;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * What {@link IndexBenchmark} asks of an index, drawn seeded from the corpus it was built from, so
 * every query hits: words, phrases and close pairs taken from letters' paragraphs, the filtered
 * ones with a word of a letter that passes the filter; and drafts of about a thousand words mixing
 * paragraphs of corpus letters with new sentences.
 *
 * @param queries the timed queries of each kind
 * @param warmup untimed queries, every kind in turn
 * @param drafts the drafts, the first {@link #WARMUP_DRAFTS} for warming up
 */
record IndexWorkload(Map<Kind, List<Query>> queries, List<Query> warmup, List<Draft> drafts) {

  /** Drafts checked first, untimed. */
  static final int WARMUP_DRAFTS = 3;

  /** A kind of query, as the table names it. */
  enum Kind {
    TERM("term", "one word"),
    PHRASE("phrase", "2-3 consecutive words, quoted"),
    PROXIMITY("proximity", "two words at most 5 apart, \"a b\"~5"),
    YEAR("term + year", "a word of a dated letter, that letter's year"),
    DEMAND("term + demand ask", "a word of a letter asking for X, --demand X:ask"),
    ADDRESSEE("term + addressee", "a word of a letter, its addressee's words");

    final String label;
    final String description;

    Kind(String label, String description) {
      this.label = label;
      this.description = description;
    }
  }

  /** One search. */
  record Query(Kind kind, String text, SearchRequest.Filter filter) {
    SearchRequest request(int limit) {
      return new SearchRequest(text, filter, limit);
    }

    /** The query as the command line would take it. */
    String shown() {
      SearchRequest.Filter f = filter;
      StringBuilder s = new StringBuilder(text);
      if (f.from() != null) {
        s.append(" --year ").append(f.from().getYear());
      }
      if (f.demand() != null) {
        s.append(" --demand ").append(f.demand()).append(':').append(f.strength().label());
      }
      if (f.addressee() != null) {
        s.append(" --addressee \"").append(f.addressee()).append('"');
      }
      return s.toString();
    }
  }

  /**
   * A draft to check.
   *
   * @param text the document, as a file would hold it
   * @param addressee the addressee compared with
   * @param venue the venue (body) compared with, or null
   * @param fromCorpus paragraphs taken from corpus letters
   * @param fresh paragraphs of new sentences
   */
  record Draft(String text, String addressee, String venue, int fromCorpus, int fresh) {}

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final Pattern EDGES = Pattern.compile("^[^A-Za-z]+|[^A-Za-z]+$");

  /** Words too common to be a search on their own. */
  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "with", "that", "this", "from", "have", "which", "their", "been",
          "were", "are", "its", "into", "also", "such", "these", "those", "they", "will", "would",
          "should", "shall", "about", "upon", "being", "other", "them", "there", "than", "more",
          "most", "all", "any", "our", "has", "had", "not", "but", "who", "was", "you", "your",
          "can", "may", "must", "well", "only", "each", "over", "under", "while", "where", "when");

  IndexWorkload {
    queries = Map.copyOf(queries);
    warmup = List.copyOf(warmup);
    drafts = List.copyOf(drafts);
  }

  /** The workload over {@code letters}: {@code perKind} queries of each kind and the drafts. */
  static IndexWorkload of(
      List<IndexedLetter> letters, long seed, int perKind, int warmup, int drafts, int draftWords) {
    Generator g = new Generator(new Random(seed), letters);
    Map<Kind, List<Query>> queries = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      List<Query> list = new ArrayList<>();
      for (int i = 0; i < perKind; i++) {
        list.add(g.query(kind));
      }
      queries.put(kind, list);
    }
    List<Query> warm = new ArrayList<>();
    for (int i = 0; i < warmup; i++) {
      warm.add(g.query(Kind.values()[i % Kind.values().length]));
    }
    List<Draft> out = new ArrayList<>();
    for (int i = 0; i < drafts + WARMUP_DRAFTS; i++) {
      out.add(g.draft(i, draftWords));
    }
    return new IndexWorkload(queries, warm, out);
  }

  /** Draws queries and drafts from the letters. */
  private static final class Generator {
    private final Random random;
    private final List<IndexedLetter> letters;
    private final List<IndexedLetter> dated;
    private final List<IndexedLetter> asking;
    private final List<IndexedLetter> addressed;

    Generator(Random random, List<IndexedLetter> letters) {
      this.random = random;
      this.letters = letters.stream().filter(l -> !content(l.letter()).isEmpty()).toList();
      this.dated = select(l -> l.letter().date() != null);
      this.asking = select(l -> l.demands().containsValue(Strength.ASK));
      this.addressed =
          select(l -> l.letter().addressee() != null && !l.letter().addressee().isBlank());
      if (this.letters.isEmpty()) {
        throw new IllegalArgumentException("no letter has a paragraph of content");
      }
    }

    private List<IndexedLetter> select(Predicate<IndexedLetter> keep) {
      List<IndexedLetter> out = letters.stream().filter(keep).toList();
      return out.isEmpty() ? letters : out;
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    Query query(Kind kind) {
      return switch (kind) {
        case TERM -> new Query(kind, term(pick(letters)), SearchRequest.Filter.NONE);
        case PHRASE -> new Query(kind, phrase(), SearchRequest.Filter.NONE);
        case PROXIMITY -> new Query(kind, proximity(), SearchRequest.Filter.NONE);
        case YEAR -> {
          IndexedLetter l = pick(dated);
          SearchRequest.Filter f =
              l.letter().date() == null
                  ? SearchRequest.Filter.NONE
                  : PassageIndex.year(
                      SearchRequest.Filter.NONE, l.letter().date().value().getYear());
          yield new Query(kind, term(l), f);
        }
        case DEMAND -> {
          IndexedLetter l = pick(asking);
          List<String> asked =
              l.demands().entrySet().stream()
                  .filter(e -> e.getValue() == Strength.ASK)
                  .map(Map.Entry::getKey)
                  .toList();
          SearchRequest.Filter f =
              asked.isEmpty()
                  ? SearchRequest.Filter.NONE
                  : new SearchRequest.Filter(
                      pick(asked), Strength.ASK, null, null, null, null, null);
          yield new Query(kind, term(l), f);
        }
        case ADDRESSEE -> {
          IndexedLetter l = pick(addressed);
          String to = l.letter().addressee();
          SearchRequest.Filter f =
              to == null || to.isBlank()
                  ? SearchRequest.Filter.NONE
                  : new SearchRequest.Filter(null, null, null, null, to, null, null);
          yield new Query(kind, term(l), f);
        }
      };
    }

    /** A word of one of the letter's content paragraphs, lower case, not a function word. */
    private String term(IndexedLetter letter) {
      for (int attempt = 0; attempt < 100; attempt++) {
        String[] raw = pick(content(letter.letter())).text().split("\\s+");
        String w = clean(raw[random.nextInt(raw.length)]);
        if (w != null && w.length() >= 4) {
          return w;
        }
      }
      return term(pick(letters));
    }

    private String phrase() {
      while (true) {
        String[] raw = pick(content(pick(letters).letter())).text().split("\\s+");
        int length = 2 + random.nextInt(2);
        if (raw.length < length) {
          continue;
        }
        int start = random.nextInt(raw.length - length + 1);
        List<String> words = new ArrayList<>();
        for (int i = start; i < start + length; i++) {
          if (WORD.matcher(raw[i]).matches()) {
            words.add(raw[i].toLowerCase(Locale.ROOT));
          }
        }
        if (words.size() == length && !words.stream().allMatch(STOP::contains)) {
          return "\"" + String.join(" ", words) + "\"";
        }
      }
    }

    private String proximity() {
      while (true) {
        String[] raw = pick(content(pick(letters).letter())).text().split("\\s+");
        if (raw.length < 4) {
          continue;
        }
        int a = random.nextInt(raw.length - 2);
        int b = a + 2 + random.nextInt(4); // 2 to 5 words on
        if (b >= raw.length) {
          continue;
        }
        String first = clean(raw[a]);
        String second = clean(raw[b]);
        if (first != null && second != null && !first.equals(second)) {
          return "\"" + first + " " + second + "\"~5";
        }
      }
    }

    /** The word without punctuation around it, lower case; null for a function word or none. */
    private static String clean(String raw) {
      String w = EDGES.matcher(raw).replaceAll("");
      if (!WORD.matcher(w).matches() || w.length() < 3) {
        return null;
      }
      w = w.toLowerCase(Locale.ROOT);
      return STOP.contains(w) ? null : w;
    }

    /**
     * A draft to a corpus letter's addressee: its salutation, paragraphs of content until {@code
     * words} words (three in five from random corpus letters, the rest new sentences of corpus
     * words in a new order), a closing and some of its signatories.
     */
    Draft draft(int n, int words) {
      IndexedLetter base = pick(addressed);
      Letter letter = base.letter();
      String to = letter.addressee() == null ? "the Secretary-General" : letter.addressee();
      List<String> body = new ArrayList<>();
      int count = 0;
      int fromCorpus = 0;
      int fresh = 0;
      while (count < words) {
        String paragraph;
        if (random.nextInt(5) < 3) {
          paragraph = pick(content(pick(letters).letter())).text();
          fromCorpus++;
        } else {
          paragraph = freshParagraph();
          fresh++;
        }
        body.add(paragraph);
        count += paragraph.split("\\s+").length;
      }
      String salutation =
          letter.paragraphs().stream()
              .filter(p -> p.role() == Paragraph.Role.SALUTATION)
              .map(Paragraph::text)
              .findFirst()
              .orElse("Dear " + to + ",");
      StringBuilder text = new StringBuilder();
      text.append("Draft joint letter ").append(n + 1).append(" to ").append(to).append("\n\n");
      text.append(
              LocalDate.of(2026, 1, 1)
                  .plusDays(n)
                  .format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)))
          .append("\n\n");
      text.append(salutation).append("\n\n");
      for (String p : body) {
        text.append(p).append("\n\n");
      }
      text.append("Thank you for your consideration.\n\nSincerely,\n\nGroups\n");
      List<SignatoryMention> signatories = letter.signatories();
      for (int i = 0; i < Math.min(10, signatories.size()); i++) {
        SignatoryMention m = signatories.get(i);
        text.append(m.name());
        if (m.country() != null) {
          text.append(", ").append(m.country());
        }
        text.append('\n');
      }
      String venue = letter.venue() == null ? null : letter.venue().body();
      return new Draft(text.toString(), to, venue, fromCorpus, fresh);
    }

    /** Three to five sentences of 12 to 22 corpus words each, in an order no letter has. */
    private String freshParagraph() {
      int sentences = 3 + random.nextInt(3);
      StringBuilder p = new StringBuilder();
      for (int s = 0; s < sentences; s++) {
        int length = 12 + random.nextInt(11);
        for (int i = 0; i < length; i++) {
          String w = null;
          while (w == null) {
            String[] raw = pick(content(pick(letters).letter())).text().split("\\s+");
            w = clean(raw[random.nextInt(raw.length)]);
          }
          if (i == 0) {
            if (s > 0) {
              p.append(' ');
            }
            p.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
          } else {
            p.append(' ').append(w);
          }
        }
        p.append('.');
      }
      return p.toString();
    }
  }

  private static List<Paragraph> content(Letter letter) {
    return letter.paragraphs().stream()
        .filter(p -> p.isContent() && p.text().split("\\s+").length >= 8)
        .toList();
  }
}
