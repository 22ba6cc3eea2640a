package org.refrain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.signatory.SignatoryMention;
import org.refrain.corpus.source.DocumentFormat;
import org.refrain.corpus.source.RawDocument;

/**
 * Fuzzes reading any text into letters, past the fault guard that turns an exception into an error
 * line: nothing throws, every paragraph and signatory span is in bounds, paragraphs are their
 * span's text, and every offset maps back into the document.
 */
class CorpusReaderFuzzTest {

  private static final CorpusReader READER = CorpusReader.create();

  @FuzzTest(maxDuration = "3m")
  void readDocument(byte[] bytes) {
    // Raw bytes, so the committed seeds are read whole: Jazzer's String mutator cuts a seed at
    // 1,000 characters, and the 6,000-byte letter's list and notes lie beyond that.
    String text = new String(bytes, StandardCharsets.UTF_8);
    RawDocument raw = new RawDocument("fuzz.txt", text, "UTF-8", DocumentFormat.TEXT, List.of());
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Letter letter : READER.readDocument(raw, "fuzz", MetadataOverrides.NONE, diagnostics)) {
      String t = letter.text();
      for (Paragraph p : letter.paragraphs()) {
        assertEquals(p.text(), p.span().in(t));
      }
      for (SignatoryMention m : letter.signatories()) {
        assertTrue(m.span().start() >= 0 && m.span().end() <= t.length(), m.toString());
      }
      for (int i = 0; i <= t.length(); i++) {
        int source = letter.sourceMap().sourceOffset(i);
        assertTrue(source >= 0 && source <= text.length(), "offset " + i + " maps back");
      }
    }
  }
}
