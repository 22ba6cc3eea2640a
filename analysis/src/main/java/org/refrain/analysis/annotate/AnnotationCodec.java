package org.refrain.analysis.annotate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Span;

/**
 * The cache's binary form of a letter's annotation: sentence and token spans, tags and lemmas.
 * Token text is not stored; it is read back from the letter, and {@link AnnotatedLetter} checks
 * that it round-trips, so a stale or corrupt entry fails to decode instead of yielding wrong
 * tokens.
 */
final class AnnotationCodec {

  private static final int MAGIC = 0x52464131; // "RFA1"

  private AnnotationCodec() {}

  static byte[] encode(AnnotatedLetter annotated, String key) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeUTF(key);
      out.writeInt(annotated.sentences().size());
      for (Sentence sentence : annotated.sentences()) {
        out.writeInt(sentence.span().start());
        out.writeInt(sentence.span().end());
        out.writeInt(sentence.paragraph());
        out.writeInt(sentence.tokens().size());
        for (Token token : sentence.tokens()) {
          out.writeInt(token.span().start());
          out.writeInt(token.span().end());
          out.writeUTF(token.tag());
          out.writeUTF(token.lemma());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void requireInParagraph(Letter letter, Sentence sentence) throws IOException {
    if (sentence.paragraph() >= letter.paragraphs().size()
        || !letter.paragraphs().get(sentence.paragraph()).span().contains(sentence.span())) {
      throw new IOException("sentence " + sentence.span() + " outside its paragraph");
    }
    for (Token token : sentence.tokens()) {
      if (token.text().isBlank() || !token.text().strip().equals(token.text())) {
        throw new IOException("token at " + token.span() + " is not a token");
      }
    }
  }

  /**
   * The annotation of {@code letter} stored in {@code data}.
   *
   * @throws IOException when the data is truncated, not an annotation, or does not fit the letter
   */
  static AnnotatedLetter decode(Letter letter, String key, byte[] data) throws IOException {
    String text = letter.text();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      if (in.readInt() != MAGIC) {
        throw new IOException("not an annotation");
      }
      if (!in.readUTF().equals(key)) {
        throw new IOException("the entry of another letter or version");
      }
      int count = in.readInt();
      List<Sentence> sentences = new ArrayList<>(Math.min(count, 1 << 16));
      for (int s = 0; s < count; s++) {
        Span span = Span.of(in.readInt(), in.readInt());
        int paragraph = in.readInt();
        int size = in.readInt();
        List<Token> tokens = new ArrayList<>(Math.min(size, 1 << 16));
        for (int t = 0; t < size; t++) {
          Span at = Span.of(in.readInt(), in.readInt());
          tokens.add(new Token(at, at.in(text), in.readUTF(), in.readUTF()));
        }
        Sentence sentence = new Sentence(span, paragraph, tokens);
        requireInParagraph(letter, sentence);
        sentences.add(sentence);
      }
      if (in.read() != -1) {
        throw new IOException("trailing data");
      }
      return new AnnotatedLetter(letter, sentences);
    } catch (IllegalArgumentException e) {
      throw new IOException("does not fit the letter: " + e.getMessage(), e);
    }
  }
}
