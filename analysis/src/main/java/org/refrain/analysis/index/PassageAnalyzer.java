package org.refrain.analysis.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain of letter text, built from Lucene's own components:
 *
 * <ol>
 *   <li>a {@link MappingCharFilter} folds curly quotes to straight ones, every dash and hyphen to
 *       {@code -}, the no-break spaces to a space, and drops soft hyphens (text pasted from a word
 *       processor);
 *   <li>{@link StandardTokenizer} (Unicode word breaks: "non-refoulement" is "non" and
 *       "refoulement", "COI" stays one word);
 *   <li>{@link EnglishPossessiveFilter} ("Council's" is "Council");
 *   <li>{@link LowerCaseFilter} and {@link ASCIIFoldingFilter} (ø, é, ł fold);
 *   <li>{@link PorterStemFilter}: "refoulement" and the common misspelling "refoulment" share the
 *       stem "refoul", "camps" finds "camp".
 * </ol>
 *
 * No stop words are removed, so a phrase with stop words ("prisoners of war") matches only those
 * words in that order. Values of one field (a letter's paragraphs) are {@link #GAP} positions
 * apart, so no phrase spans two paragraphs.
 */
public final class PassageAnalyzer extends Analyzer {

  /** Positions between two values of one field. */
  public static final int GAP = 100;

  private static final NormalizeCharMap CHARACTERS = characters();

  private static NormalizeCharMap characters() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    for (String quote : new String[] {"‘", "’", "‚", "‛", "′", "`", "´"}) {
      b.add(quote, "'");
    }
    for (String quote : new String[] {"“", "”", "„", "‟", "″", "«", "»"}) {
      b.add(quote, "\"");
    }
    for (String dash : new String[] {"‐", "‑", "‒", "–", "—", "―", "−", "﹘", "﹣", "－"}) {
      b.add(dash, "-");
    }
    for (String space : new String[] {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a"}) {
      b.add(space, " ");
    }
    b.add("\u00ad", ""); // soft hyphen
    b.add("\u200b", ""); // zero-width space
    return b.build();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(CHARACTERS, reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new MappingCharFilter(CHARACTERS, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  /** Wildcard, prefix and fuzzy terms are folded as the text is, but not stemmed. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return GAP;
  }
}
