package org.refrain.corpus.metadata;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the metadata extractor (kind, title, date, addressee, venue) on letter sections of any
 * text: it never throws, always names a kind, and a date it finds is a real calendar date.
 */
class MetadataExtractorFuzzTest {

  private final MetadataExtractor extractor = new MetadataExtractor();

  @FuzzTest(maxDuration = "2m")
  void extract(FuzzedDataProvider data) {
    List<String> page = lines(data);
    List<String> header = lines(data);
    List<String> preamble = lines(data);
    String salutation = data.consumeBoolean() ? data.consumeString(80) : null;
    List<String> body = lines(data);
    List<String> list = lines(data);
    LetterMetadata m =
        extractor.extract(new LetterSections(page, header, preamble, salutation, body, list));
    assertNotNull(m.kind());
    if (m.date() != null) {
      assertTrue(m.date().value().getYear() > 0, m.date().toString());
    }
  }

  private static List<String> lines(FuzzedDataProvider data) {
    List<String> lines = new ArrayList<>();
    int n = data.consumeInt(0, 6);
    for (int i = 0; i < n; i++) {
      lines.add(data.consumeString(400));
    }
    return lines;
  }
}
