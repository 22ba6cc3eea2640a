package org.refrain.corpus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.claim.Counts;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.metadata.Venue;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * One letter (or one press release or statement) read from a document, with everything later stages
 * need. All spans point into {@link #text()}, which is the letter's region of the cleaned document
 * starting at {@code origin}. The same letter read from several documents is one letter whose
 * {@link #copies()} name the other places it was read from ({@link #sources()}: every file).
 *
 * @param id stable identifier, unique in its corpus: the source file's name without extension (the
 *     whole name when two files share a stem), {@code #}, the index
 * @param source the file name the letter was read from
 * @param index 1-based position of the letter within its source
 * @param kind letter, press release, statement or other
 * @param title the letter's own title or subject line, or null
 * @param date the letter's date, or null when none could be read or inferred
 * @param published the web page's posting date when it differs in kind from the letter's own date,
 *     or null
 * @param addressee to whom the letter is written, or null
 * @param venue the UN body and session it targets, or null
 * @param preamble the publisher's introduction kept apart from the letter ("On March 24, NKDB
 *     signed ..."), or null
 * @param text the letter's region of the cleaned document
 * @param origin offset of {@code text} in the cleaned document
 * @param sourceMap map from offsets in {@code text} to offsets in the document as read
 * @param paragraphs body paragraphs from salutation to closing, in order, each marked as
 *     salutation, content or closing
 * @param signatories signatory mentions in list order
 * @param claimed the counts the letter states for itself (all null when it states none)
 * @param claimEvidence the words the claim was read from, or null
 * @param listed the counts of its list
 * @param claimCheck how claimed and listed compare
 * @param copies the same letter read from other documents (see {@code CopyMerger}), in id order;
 *     empty when it was read from one place only or copies were kept apart
 */
public record Letter(
    String id,
    String source,
    int index,
    LetterKind kind,
    String title,
    LetterDate date,
    LocalDate published,
    String addressee,
    Venue venue,
    String preamble,
    String text,
    int origin,
    SourceMap sourceMap,
    List<Paragraph> paragraphs,
    List<SignatoryMention> signatories,
    Counts claimed,
    String claimEvidence,
    Counts listed,
    ClaimCheck claimCheck,
    List<LetterCopy> copies) {

  /**
   * Date order, undated letters last, ties (the same day, or both undated) broken by id: the order
   * every comparison over time uses, so that input order never matters.
   */
  public static final Comparator<Letter> CHRONOLOGICAL =
      Comparator.comparing(
              (Letter l) -> l.date() == null ? null : l.date().value(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Letter::id);

  public Letter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceMap, "sourceMap");
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(listed, "listed");
    Objects.requireNonNull(claimCheck, "claimCheck");
    if (index < 1) {
      throw new IllegalArgumentException("index must be >= 1: " + index);
    }
    if (origin < 0) {
      throw new IllegalArgumentException("origin must be >= 0: " + origin);
    }
    paragraphs = List.copyOf(paragraphs);
    signatories = List.copyOf(signatories);
    copies = List.copyOf(copies);
    for (LetterCopy copy : copies) {
      if (copy.id().equals(id)) {
        throw new IllegalArgumentException("a letter is not a copy of itself: " + id);
      }
    }
    for (Paragraph p : paragraphs) {
      requireInText("paragraph", p.span(), text);
    }
    for (SignatoryMention m : signatories) {
      requireInText("signatory", m.span(), text);
    }
  }

  /** A letter read from one place only: no copies. */
  public Letter(
      String id,
      String source,
      int index,
      LetterKind kind,
      String title,
      LetterDate date,
      LocalDate published,
      String addressee,
      Venue venue,
      String preamble,
      String text,
      int origin,
      SourceMap sourceMap,
      List<Paragraph> paragraphs,
      List<SignatoryMention> signatories,
      Counts claimed,
      String claimEvidence,
      Counts listed,
      ClaimCheck claimCheck) {
    this(
        id,
        source,
        index,
        kind,
        title,
        date,
        published,
        addressee,
        venue,
        preamble,
        text,
        origin,
        sourceMap,
        paragraphs,
        signatories,
        claimed,
        claimEvidence,
        listed,
        claimCheck,
        List.of());
  }

  /** This letter with {@code copies} as its other sources. */
  public Letter withCopies(List<LetterCopy> copies) {
    return new Letter(
        id,
        source,
        index,
        kind,
        title,
        date,
        published,
        addressee,
        venue,
        preamble,
        text,
        origin,
        sourceMap,
        paragraphs,
        signatories,
        claimed,
        claimEvidence,
        listed,
        claimCheck,
        copies);
  }

  /**
   * Every file the letter was read from: its own {@link #source()} first, then its copies' files in
   * id order, each once.
   */
  public List<String> sources() {
    if (copies.isEmpty()) {
      return List.of(source);
    }
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
    all.add(source);
    for (LetterCopy copy : copies) {
      all.add(copy.source());
    }
    return List.copyOf(all);
  }

  private static void requireInText(String what, Span span, String text) {
    if (span.end() > text.length()) {
      throw new IllegalArgumentException(what + " span " + span + " exceeds letter text");
    }
  }

  /** Number of words in the body paragraphs (white-space separated). */
  public int words() {
    int n = 0;
    for (Paragraph p : paragraphs) {
      n += WordCounter.count(p.text());
    }
    return n;
  }
}
