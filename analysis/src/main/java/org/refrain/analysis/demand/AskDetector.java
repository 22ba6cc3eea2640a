package org.refrain.analysis.demand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Sentence;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.Span;

/**
 * The one ask detector: decides which sentences of a letter request action, and who makes each
 * request, for the demand tagger (ask or mention), the rhetoric profile's directives and the reuse
 * labels alike. It reads the {@link RequestVerbs} ({@code request-verbs.tsv}) and the taxonomy's
 * other {@link AskCues}. A request verb counts where the tagger reads it as a verb, or where it
 * opens a clause as written ("Urge states to", often tagged a noun); never after "the", "our" or an
 * adjective ("the call for"). Its voice: {@link Voice#WE} with "we" (or "I") before it and no
 * relative pronoun between; {@link Voice#IMPERATIVE} when it opens a clause; else {@link
 * Voice#THIRD_PERSON}. A sentence asks by the first of these rules that holds:
 *
 * <ol>
 *   <li><b>directive</b>: a request verb in the voice {@code we} ("We urge", "we are writing ... to
 *       urge"; not "the resolution, which calls for");
 *   <li><b>imperative</b>: a clause opening with a request verb, a verb of the imperatives list as
 *       written, or a base-form verb before its object ("Close all camps", "...: Ensure the freedom
 *       to leave", "; and urge states to");
 *   <li><b>third-person request</b>: the letter's own request in the third person: an operative
 *       clause with no subject ("Calls upon the government to ..."), the signatories as subject
 *       ("The undersigned organisations urge ..."), the reader as object ("The coalition appeals to
 *       you to ...");
 *   <li><b>endorsement</b>: our support for someone else's request ("we express our support for the
 *       letter ... urging", "our strongest support for the High Commissioner's call for");
 *   <li><b>necessity</b>: "it is crucial that", "imperative for ... to", or an evaluation that ends
 *       the sentence ("The release of the report without further delay is essential.");
 *   <li><b>obligation</b>: "should", "must", "needs to" before an action: a verb, or "be" with a
 *       participle ("should be released"); not "should be of paramount concern";
 *   <li><b>list item</b>: every sentence of a list item whose list is introduced by an ask or by a
 *       list lead ("the following recommendations");
 *   <li><b>reported</b>: in a press release, a request verb in the third person ("the coalition
 *       urged the government to"), since a press release reports its letter's asks; in a letter,
 *       "the resolutions called for" reports what someone else asked and is not an ask.
 * </ol>
 */
public final class AskDetector {

  private static final Set<String> POSSESSIVES =
      Set.of("our", "your", "their", "his", "her", "its", "my");
  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");
  private static final Set<String> FIRST_PERSON = Set.of("we", "i");

  private final AskCues cues;
  private final RequestVerbs verbs;

  private AskDetector(AskCues cues, RequestVerbs verbs) {
    this.cues = cues;
    this.verbs = verbs;
  }

  /** A detector with the taxonomy's {@code cues} and the request {@code verbs}. */
  public static AskDetector of(AskCues cues, RequestVerbs verbs) {
    return new AskDetector(
        Objects.requireNonNull(cues, "cues"), Objects.requireNonNull(verbs, "verbs"));
  }

  /** How each sentence of {@code letter} asks. */
  public LetterAsks find(AnnotatedLetter letter) {
    List<SentenceWords> sentences = new ArrayList<>();
    for (Sentence sentence : letter.sentences()) {
      sentences.add(SentenceWords.of(sentence));
    }
    return find(letter, sentences);
  }

  /**
   * How each sentence of {@code letter} asks.
   *
   * @param sentences the letter's sentences as {@link SentenceWords}, in order
   */
  public LetterAsks find(AnnotatedLetter letter, List<SentenceWords> sentences) {
    Letter plain = letter.letter();
    boolean reports = plain.kind() == LetterKind.PRESS_RELEASE;
    List<List<Request>> requests = new ArrayList<>();
    List<AskCue> found = new ArrayList<>();
    for (SentenceWords sentence : sentences) {
      List<Request> own = requests(sentence, plain.text());
      requests.add(own);
      found.add(cue(sentence, own, plain.text(), reports));
    }
    markListItems(plain, sentences, found);
    List<SentenceAsk> asks = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      asks.add(
          new SentenceAsk(s, sentences.get(s).sentence().span(), found.get(s), requests.get(s)));
    }
    return new LetterAsks(letter, asks);
  }

  /**
   * The cue of each sentence of {@code letter}, or null for a sentence that asks nothing.
   *
   * @param sentences the letter's sentences as {@link SentenceWords}, in order
   */
  public List<AskCue> cues(AnnotatedLetter letter, List<SentenceWords> sentences) {
    return find(letter, sentences).cues();
  }

  /**
   * The request verbs of a sentence used as verbs, left to right; where two overlap, the one
   * starting first (and then the longer) wins.
   */
  private List<Request> requests(SentenceWords s, String text) {
    List<int[]> found = new ArrayList<>(); // start, end, verb
    for (int v = 0; v < verbs.verbs().size(); v++) {
      for (TokenPattern.Match m : verbs.verbs().get(v).pattern().matches(s)) {
        found.add(new int[] {m.start(), m.end(), v});
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    found.sort(
        Comparator.comparingInt((int[] f) -> f[0])
            .thenComparingInt(f -> -f[1])
            .thenComparingInt(f -> f[2]));
    List<Request> requests = new ArrayList<>();
    int free = 0;
    for (int[] f : found) {
      if (f[0] < free || !usedAsVerb(s, f[0])) {
        continue;
      }
      free = f[1];
      Span span = s.span(f[0], f[1]);
      requests.add(new Request(verbs.verbs().get(f[2]).label(), span, voice(s, f[0])));
    }
    return requests;
  }

  /**
   * Whether a request word is a verb here: not after "the", "our", an adjective; and tagged a verb,
   * unless it opens a clause as written ("Urge states to", which the tagger often calls a noun; not
   * "Calls for justice grew").
   */
  private static boolean usedAsVerb(SentenceWords s, int at) {
    if (usedAsNoun(s, at)) {
      return false;
    }
    SentenceWords.Word word = s.get(at);
    if (opensClause(s, at)) {
      return word.norm().equals(word.lemma()) || operativeClause(s, at);
    }
    // "The coalition appeals to you": the tagger reads "appeals" as a noun, the reader after it
    // says it is a request.
    return word.tag().equals("VERB") || word.tag().startsWith("VERB+") || readerFollows(s, at);
  }

  private static boolean readerFollows(SentenceWords s, int at) {
    for (int k = at + 1; k < Math.min(s.size(), at + 1 + READER_WINDOW); k++) {
      if (READER.contains(s.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * An operative clause with its subject left out, as resolutions and some letters write them:
   * "Calls upon the government to release ...", "Urges all states to ...". The third-person form
   * opens the clause and an infinitive follows; "Calls for justice grew louder" has none.
   */
  private static boolean operativeClause(SentenceWords s, int at) {
    SentenceWords.Word word = s.get(at);
    String norm = word.norm();
    if (!(norm.equals(word.lemma() + "s") || norm.equals(word.lemma() + "es"))) {
      return false;
    }
    for (int k = at + 1; k + 1 < s.size(); k++) {
      if (s.get(k).norm().equals("to") && s.get(k + 1).tag().startsWith("VERB")) {
        return true;
      }
    }
    return false;
  }

  private static Voice voice(SentenceWords s, int at) {
    if (firstPersonBefore(s, at)) {
      return Voice.WE;
    }
    SentenceWords.Word word = s.get(at);
    return opensClause(s, at) && word.norm().equals(word.lemma())
        ? Voice.IMPERATIVE
        : Voice.THIRD_PERSON;
  }

  private AskCue cue(SentenceWords s, List<Request> requests, String text, boolean reports) {
    AskCue reported = null;
    for (Request request : requests) {
      switch (request.voice()) {
        case WE:
          return cue(AskReason.DIRECTIVE, request, text);
        case IMPERATIVE:
          return cue(AskReason.IMPERATIVE, request, text);
        default:
          if (ownThirdPerson(s, indexOf(s, request))) {
            return cue(AskReason.THIRD_PERSON_REQUEST, request, text);
          }
          if (reports && reported == null) {
            reported = cue(AskReason.REPORTED, request, text);
          }
      }
    }
    AskCue imperative = imperative(s, text);
    if (imperative != null) {
      return imperative;
    }
    AskCue endorsement = endorsement(s, text);
    if (endorsement != null) {
      return endorsement;
    }
    for (TokenPattern.Match m : matches(cues.necessities(), s)) {
      return cue(AskReason.NECESSITY, s, m.start(), m.end(), text);
    }
    for (TokenPattern.Match m : matches(cues.endingNecessities(), s)) {
      if (onlyPunctuationFrom(s, m.end())) {
        return cue(AskReason.NECESSITY, s, m.start(), m.end(), text);
      }
    }
    for (TokenPattern.Match m : matches(cues.obligations(), s)) {
      int action = action(s, m.end());
      if (action >= 0) {
        return cue(AskReason.OBLIGATION, s, m.start(), action + 1, text);
      }
    }
    return reported;
  }

  /** Words that name the letter's own signatories as a subject: "The undersigned urge ...". */
  private static final Set<String> SIGNATORIES = Set.of("undersigned", "signatory", "signatories");

  /** Object pronouns of the reader: "appeals to you", "urges your government". */
  private static final Set<String> READER = Set.of("you", "your");

  /** How far after a request verb the reader may be named: "appeals to all of you". */
  private static final int READER_WINDOW = 4;

  /**
   * True when a third-person request at {@code at} is the letter's own: an operative clause ("Calls
   * upon the government to ..."), the signatories as its subject ("The undersigned organisations
   * urge"), or the reader as its object ("The coalition appeals to you to").
   */
  private static boolean ownThirdPerson(SentenceWords s, int at) {
    if (at < 0) {
      return false;
    }
    if (opensClause(s, at)) {
      return true;
    }
    for (int k = at - 1; k >= 0 && !isRelative(s, k); k--) {
      if (SIGNATORIES.contains(s.get(k).norm())) {
        return true;
      }
    }
    return readerFollows(s, at);
  }

  /** The index of the word where {@code request} starts, or -1. */
  private static int indexOf(SentenceWords s, Request request) {
    for (int k = 0; k < s.size(); k++) {
      if (s.get(k).span().start() == request.span().start()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Our support for someone else's request ("We express our support for the joint letter ... urging
   * the Council to", "our strongest support for the High Commissioner's call for"): an endorsement
   * cue with "we" or "our" before it and no relative pronoun inside it ("we support this
   * resolution, which calls for" supports the resolution, not a request).
   */
  private AskCue endorsement(SentenceWords s, String text) {
    for (TokenPattern.Match m : matches(cues.endorsements(), s)) {
      if (ours(s, m.start()) && !relativeWithin(s, m.start(), m.end())) {
        return cue(AskReason.ENDORSEMENT, s, m.start(), m.end(), text);
      }
    }
    return null;
  }

  /**
   * True when we make the endorsement at {@code at}: "we" before it as for a directive (not across
   * a relative: "resolutions that endorsed the recommendations" are not ours), or "our" just before
   * it ("our strongest support for").
   */
  private static boolean ours(SentenceWords s, int at) {
    if (firstPersonBefore(s, at)) {
      return true;
    }
    for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
      String norm = s.get(k).norm();
      if (norm.equals("our") || norm.equals("my")) {
        return true;
      }
    }
    return false;
  }

  private static boolean relativeWithin(SentenceWords s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isRelative(s, k)) {
        return true;
      }
    }
    return false;
  }

  /** True when only punctuation follows word {@code from - 1} in the sentence. */
  private static boolean onlyPunctuationFrom(SentenceWords s, int from) {
    for (int k = from; k < s.size(); k++) {
      if (!s.get(k).isPunctuation()) {
        return false;
      }
    }
    return true;
  }

  private static List<TokenPattern.Match> matches(List<TokenPattern> patterns, SentenceWords s) {
    List<TokenPattern.Match> all = new ArrayList<>();
    for (TokenPattern pattern : patterns) {
      all.addAll(pattern.matches(s));
    }
    all.sort(Comparator.comparingInt(TokenPattern.Match::start));
    return all;
  }

  private static AskCue cue(AskReason reason, SentenceWords s, int start, int end, String text) {
    Span span = s.span(start, end);
    return new AskCue(reason, reason.voice(), span, span.in(text));
  }

  private static AskCue cue(AskReason reason, Request request, String text) {
    return new AskCue(reason, request.voice(), request.span(), request.span().in(text));
  }

  /** "the call for", "our request", "an urgent appeal": a request word used as a noun. */
  private static boolean usedAsNoun(SentenceWords s, int at) {
    int j = at - 1;
    while (j >= 0 && s.get(j).tag().equals("ADV")) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    SentenceWords.Word before = s.get(j);
    return before.tag().equals("DET")
        || before.tag().equals("ADJ")
        || POSSESSIVES.contains(before.norm());
  }

  /**
   * True when "we" (or "I") make the request at {@code at}: the nearest first-person pronoun before
   * it, with no relative pronoun between ("the resolution, which calls for", "the resolution that
   * calls for") and, when a verb stands between, the request an infinitive of ours ("We are writing
   * ... to urge"; not "We note that the Council called for").
   */
  private static boolean firstPersonBefore(SentenceWords s, int at) {
    boolean verbBetween = false;
    for (int k = at - 1; k >= 0; k--) {
      SentenceWords.Word word = s.get(k);
      if (isRelative(s, k)) {
        return false;
      }
      if (FIRST_PERSON.contains(word.norm()) && word.tag().startsWith("PRON")) {
        return !verbBetween || infinitive(s, at);
      }
      verbBetween |= word.tag().equals("VERB");
    }
    return false;
  }

  /** "which", "who", or "that" right after a noun ("the resolution that calls for"). */
  private static boolean isRelative(SentenceWords s, int k) {
    String norm = s.get(k).norm();
    if (RELATIVES.contains(norm)) {
      return true;
    }
    return norm.equals("that")
        && k > 0
        && (s.get(k - 1).tag().equals("NOUN") || s.get(k - 1).tag().equals("PROPN"));
  }

  private static boolean infinitive(SentenceWords s, int at) {
    int k = at - 1;
    while (k >= 0 && s.get(k).tag().equals("ADV")) {
      k--;
    }
    return k >= 0 && s.get(k).norm().equals("to");
  }

  /**
   * True when only list markers, adverbs and "please" stand between a clause's start and {@code
   * at}.
   */
  private static boolean opensClause(SentenceWords s, int at) {
    for (int k = at - 1; k >= 0; k--) {
      SentenceWords.Word word = s.get(k);
      if (word.norm().equals(":") || word.norm().equals(";")) {
        return true;
      }
      if (!isLead(word)) {
        return false;
      }
    }
    return true;
  }

  /** A word that may stand before a clause's verb: a list marker, an adverb, "please", "and". */
  private static boolean isLead(SentenceWords.Word word) {
    return word.isPunctuation()
        || word.tag().equals("NUM")
        || word.tag().equals("ADV")
        || word.tag().equals("INTJ")
        || word.tag().equals("CCONJ")
        || word.norm().equals("please");
  }

  /**
   * A clause opening with a request verb of the imperatives list as written ("Release", "End"; the
   * tagger often calls these nouns), or with any base-form verb followed by its object ("Dismantle
   * the camps"), unless it is a courtesy ("Thank you").
   */
  private AskCue imperative(SentenceWords s, String text) {
    for (int at = 0; at < s.size(); at++) {
      SentenceWords.Word word = s.get(at);
      if (isLead(word) || !opensClause(s, at) || startsAny(cues.notImperatives(), s, at)) {
        continue;
      }
      if (startsAny(cues.imperatives(), s, at) || baseVerbWithObject(s, at)) {
        return cue(AskReason.IMPERATIVE, s, at, at + 1, text);
      }
    }
    return null;
  }

  private static boolean baseVerbWithObject(SentenceWords s, int at) {
    SentenceWords.Word word = s.get(at);
    if (!word.tag().equals("VERB") || !word.norm().equals(word.lemma()) || at + 1 >= s.size()) {
      return false;
    }
    return OBJECT_STARTS.contains(s.get(at + 1).tag());
  }

  private static final Set<String> OBJECT_STARTS =
      Set.of("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM");

  private static boolean startsAny(List<TokenPattern> patterns, SentenceWords s, int at) {
    for (TokenPattern pattern : patterns) {
      if (pattern.matchAt(s, at) > at) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb a modal ending before {@code from} governs when it names an action, or -1: adverbs and
   * "not" are skipped; "be" counts only before a participle ("should be released").
   */
  private static int action(SentenceWords s, int from) {
    int k = skipAdverbs(s, from);
    if (k >= s.size()) {
      return -1;
    }
    SentenceWords.Word verb = s.get(k);
    if (!verb.tag().startsWith("VERB") && !verb.tag().startsWith("AUX")) {
      return -1;
    }
    if (!verb.lemma().equals("be")) {
      return k;
    }
    int next = skipAdverbs(s, k + 1);
    if (next < s.size()
        && s.get(next).tag().equals("VERB")
        && !s.get(next).norm().equals(s.get(next).lemma())) {
      return next;
    }
    return -1;
  }

  private static int skipAdverbs(SentenceWords s, int k) {
    while (k < s.size()
        && (s.get(k).tag().startsWith("ADV")
            || s.get(k).norm().equals("not")
            || s.get(k).norm().equals("n't"))) {
      k++;
    }
    return k;
  }

  /** Gives every sentence of a list item introduced by an ask (or a list lead) that ask. */
  private void markListItems(Letter letter, List<SentenceWords> sentences, List<AskCue> found) {
    List<Paragraph> paragraphs = letter.paragraphs();
    AskCue lead = null;
    int leadParagraph = -1;
    for (int i = 0; i < sentences.size(); i++) {
      int p = sentences.get(i).sentence().paragraph();
      if (!paragraphs.get(p).item()) {
        if (p != leadParagraph) {
          leadParagraph = p;
          lead = null;
        }
        // The last sentence before the list introduces it.
        lead = found.get(i) != null ? found.get(i) : listLead(sentences.get(i), letter.text());
      } else if (found.get(i) == null && lead != null) {
        found.set(i, new AskCue(AskReason.LIST_ITEM, lead.voice(), lead.span(), lead.words()));
      }
    }
  }

  private AskCue listLead(SentenceWords s, String text) {
    for (TokenPattern.Match m : matches(cues.listLeads(), s)) {
      return cue(AskReason.LIST_ITEM, s, m.start(), m.end(), text);
    }
    return null;
  }
}
