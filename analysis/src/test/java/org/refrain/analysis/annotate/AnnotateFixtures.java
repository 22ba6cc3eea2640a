package org.refrain.analysis.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.refrain.analysis.HandLetters;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.Span;

/**
 * Shared by the annotation tests: one annotator (its models load once and it is thread-safe), the
 * bundled corpus read once and annotated once, letters built by hand, and the span invariants every
 * annotation must satisfy.
 */
final class AnnotateFixtures {

  /** The annotator every test shares. */
  static final OpenNlpAnnotator ANNOTATOR = OpenNlpAnnotator.create();

  private AnnotateFixtures() {}

  /**
   * An annotator that does what {@link #ANNOTATOR} does; tests override what they fake, so a new
   * method of {@link Annotator} needs a change here only.
   */
  static class DelegatingAnnotator implements Annotator {

    @Override
    public AnnotatedLetter annotate(Letter letter) {
      return ANNOTATOR.annotate(letter);
    }

    @Override
    public List<Token> tokens(String text) {
      return ANNOTATOR.tokens(text);
    }

    @Override
    public String version() {
      return ANNOTATOR.version();
    }
  }

  private static final class Bundled {
    static final Corpus CORPUS = CorpusReader.create().readBundled();
    static final List<AnnotatedLetter> ANNOTATED =
        CORPUS.letters().stream().map(ANNOTATOR::annotate).toList();
  }

  /** The sample corpus's letters, in corpus order. */
  static List<Letter> bundled() {
    return Bundled.CORPUS.letters();
  }

  /** The sample corpus annotated by {@link #ANNOTATOR}, in corpus order. */
  static List<AnnotatedLetter> annotatedBundled() {
    return Bundled.ANNOTATED;
  }

  /** The bundled letter with this id. */
  static Letter bundled(String id) {
    return bundled().stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bundled letter " + id));
  }

  /** The annotation of the bundled letter with this id. */
  static AnnotatedLetter annotatedBundled(String id) {
    return annotatedBundled().stream()
        .filter(a -> a.letter().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bundled letter " + id));
  }

  /**
   * A letter built by hand: the paragraphs laid out one after the other, separated by a blank line,
   * with every span computed from the text. A paragraph starting "1." is a list item.
   */
  static Letter letter(String id, List<String> paragraphs) {
    return HandLetters.letter(id + "#1").paragraphs(paragraphs.toArray(String[]::new)).build();
  }

  /**
   * {@code letter} with the first occurrence of {@code from} in a body paragraph replaced by {@code
   * to}, a word of the same length, so every span stays where it was.
   */
  static Letter withWordReplaced(Letter letter, String from, String to) {
    if (from.length() != to.length()) {
      throw new IllegalArgumentException("replacement must keep the length: " + from + " " + to);
    }
    String text = letter.text();
    int at = -1;
    for (Paragraph p : letter.paragraphs()) {
      int i = p.text().indexOf(from);
      if (i >= 0) {
        at = p.span().start() + i;
        break;
      }
    }
    if (at < 0) {
      throw new AssertionError("no paragraph of " + letter.id() + " contains '" + from + "'");
    }
    String changed = text.substring(0, at) + to + text.substring(at + from.length());
    List<Paragraph> paragraphs =
        letter.paragraphs().stream()
            .map(p -> new Paragraph(p.span(), p.span().in(changed), p.item()))
            .toList();
    return new Letter(
        letter.id(),
        letter.source(),
        letter.index(),
        letter.kind(),
        letter.title(),
        letter.date(),
        letter.published(),
        letter.addressee(),
        letter.venue(),
        letter.preamble(),
        changed,
        letter.origin(),
        letter.sourceMap(),
        paragraphs,
        letter.signatories(),
        letter.claimed(),
        letter.claimEvidence(),
        letter.listed(),
        letter.claimCheck());
  }

  /** True for the characters a sentence span never needs to cover. */
  static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Asserts the splitter's promise on {@code spans} of {@code text}: each is non-empty, in bounds
   * and trimmed; they are ordered and disjoint; together they cover every non-blank character.
   */
  static void assertSentenceSpans(String text, List<Span> spans, String what) {
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (Span s : spans) {
      assertTrue(s.length() > 0, what + ": empty sentence at " + s);
      assertTrue(s.end() <= text.length(), what + ": sentence " + s + " out of bounds");
      assertTrue(s.start() >= previousEnd, what + ": sentence " + s + " out of order");
      assertFalse(
          Character.isWhitespace(text.charAt(s.start())),
          what + ": sentence " + s + " starts with white space");
      assertFalse(
          Character.isWhitespace(text.charAt(s.end() - 1)),
          what + ": sentence " + s + " ends with white space");
      for (int i = s.start(); i < s.end(); i++) {
        covered[i] = true;
      }
      previousEnd = s.end();
    }
    for (int i = 0; i < text.length(); i++) {
      if (!covered[i] && !blank(text.charAt(i))) {
        throw new AssertionError(
            what
                + ": character "
                + i
                + " (U+"
                + Integer.toHexString(text.charAt(i))
                + ") is in no sentence; spans "
                + spans);
      }
    }
  }

  /**
   * Asserts what every annotation promises: sentences ordered, each inside the paragraph it names
   * and trimmed; tokens non-empty, ordered, inside their sentence, and equal to the letter text at
   * their span; every tag and lemma present.
   */
  static void assertWellFormed(AnnotatedLetter annotated) {
    Letter letter = annotated.letter();
    String text = letter.text();
    String id = letter.id();
    int previousEnd = 0;
    int previousParagraph = 0;
    for (Sentence sentence : annotated.sentences()) {
      Span span = sentence.span();
      assertTrue(span.start() >= previousEnd, id + ": sentence " + span + " out of order");
      assertTrue(
          sentence.paragraph() >= previousParagraph,
          id + ": sentence " + span + " goes back a paragraph");
      assertTrue(
          sentence.paragraph() < letter.paragraphs().size(),
          id + ": sentence " + span + " in a paragraph that does not exist");
      Paragraph paragraph = letter.paragraphs().get(sentence.paragraph());
      assertTrue(
          paragraph.span().contains(span),
          id + ": sentence " + span + " outside its paragraph " + paragraph.span());
      assertTrue(span.length() > 0, id + ": empty sentence at " + span);
      assertFalse(Character.isWhitespace(text.charAt(span.start())), id + ": untrimmed " + span);
      assertFalse(Character.isWhitespace(text.charAt(span.end() - 1)), id + ": untrimmed " + span);
      int tokenEnd = span.start();
      for (Token token : sentence.tokens()) {
        Span at = token.span();
        assertTrue(at.length() > 0, id + ": empty token at " + at);
        assertTrue(at.start() >= tokenEnd, id + ": token " + at + " out of order");
        assertTrue(span.contains(at), id + ": token " + at + " outside sentence " + span);
        assertEquals(token.text(), at.in(text), id + ": token text differs from the letter");
        assertFalse(token.tag().isEmpty(), id + ": token " + at + " has no tag");
        assertFalse(token.lemma().isEmpty(), id + ": token " + at + " has no lemma");
        tokenEnd = at.end();
      }
      previousEnd = span.end();
      previousParagraph = sentence.paragraph();
    }
  }
}
