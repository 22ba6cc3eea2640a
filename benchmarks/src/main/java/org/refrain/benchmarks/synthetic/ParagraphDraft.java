package org.refrain.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refrain.corpus.Span;

/**
 * A paragraph of a letter being composed, as pieces: the varied sample text, cut at sentence
 * boundaries where passages were planted into it, and the planted passages. Its text is the pieces
 * joined by single spaces, so a planted passage's place in the text follows from the pieces.
 */
final class ParagraphDraft {

  /** The passage index of the salutation and the closings: the letter's frame, never planted in. */
  static final int FRAME = -1;

  /** The passage index of a paragraph that is a planted passage on its own. */
  static final int PLANTED = -2;

  /** A sentence's end and the space after it: "... in 2019. " or "... “pure Korean race”; ". */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*\\s+");

  private final List<String> pieces = new ArrayList<>();
  private final List<Integer> plants = new ArrayList<>(); // plant index, or -1 for sample text
  private final boolean item;
  private final int passage;

  private ParagraphDraft(String text, int plant, boolean item, int passage) {
    pieces.add(text);
    plants.add(plant);
    this.item = item;
    this.passage = passage;
  }

  /** A salutation or closing. */
  static ParagraphDraft frame(String text) {
    return new ParagraphDraft(text, -1, false, FRAME);
  }

  /** A body paragraph of drawn passage number {@code passage}. */
  static ParagraphDraft body(String text, boolean item, int passage) {
    return new ParagraphDraft(text, -1, item, passage);
  }

  /** Planted passage number {@code plant} as a paragraph of its own. */
  static ParagraphDraft planted(int plant, String text) {
    return new ParagraphDraft(text, plant, false, PLANTED);
  }

  boolean item() {
    return item;
  }

  /** The drawn passage it belongs to, or {@link #FRAME} or {@link #PLANTED}. */
  int passage() {
    return passage;
  }

  /**
   * Where a passage may be planted inside this paragraph, as {piece, offset} pairs: the start, the
   * end and every sentence boundary of its sample text. None in the frame, in a list item (its
   * items read as one list) or in a planted paragraph.
   */
  List<int[]> cuts() {
    List<int[]> cuts = new ArrayList<>();
    if (passage < 0 || item) {
      return cuts;
    }
    for (int p = 0; p < pieces.size(); p++) {
      if (plants.get(p) >= 0) {
        continue;
      }
      String piece = pieces.get(p);
      cuts.add(new int[] {p, 0});
      Matcher m = SENTENCE_END.matcher(piece);
      while (m.find()) {
        if (m.end() < piece.length()) {
          cuts.add(new int[] {p, m.end()});
        }
      }
      cuts.add(new int[] {p, piece.length()});
    }
    return cuts;
  }

  /** Plants passage {@code plant} at a cut of {@link #cuts()}. */
  void insert(int[] cut, int plant, String text) {
    int p = cut[0];
    String piece = pieces.get(p);
    String left = piece.substring(0, cut[1]).stripTrailing();
    String right = piece.substring(cut[1]);
    List<String> newPieces = new ArrayList<>();
    List<Integer> newPlants = new ArrayList<>();
    if (!left.isEmpty()) {
      newPieces.add(left);
      newPlants.add(-1);
    }
    newPieces.add(text);
    newPlants.add(plant);
    if (!right.isEmpty()) {
      newPieces.add(right);
      newPlants.add(-1);
    }
    pieces.remove(p);
    plants.remove(p);
    pieces.addAll(p, newPieces);
    plants.addAll(p, newPlants);
  }

  /** The pieces joined by single spaces. */
  String text() {
    return String.join(" ", pieces);
  }

  /**
   * Tells {@code found} where each planted passage stands, for the paragraph placed at {@code
   * start} of the letter text.
   */
  void plantSpans(int start, BiConsumer<Integer, Span> found) {
    int at = start;
    for (int p = 0; p < pieces.size(); p++) {
      int length = pieces.get(p).length();
      if (plants.get(p) >= 0) {
        found.accept(plants.get(p), Span.of(at, at + length));
      }
      at += length + 1;
    }
  }
}
