package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.List;
import org.refrain.corpus.Span;
import org.refrain.corpus.clean.Line;
import org.refrain.corpus.clean.TextNormalizer;

/**
 * Fuzzes the signatory list parser on any block of lines: it never throws, every mention has a name
 * and a span inside the block, mentions are in order, and warnings stay bounded.
 */
class SignatoryListParserFuzzTest {

  private static final SignatoryListParser PARSER = SignatoryListParser.create();
  private final TextNormalizer normalizer = new TextNormalizer();

  @FuzzTest(maxDuration = "2m")
  void parse(@NotNull String text) {
    List<Line> lines = normalizer.normalize(text).lines();
    SignatoryList list = PARSER.parse("fuzz.txt", lines);
    Span block =
        lines.isEmpty()
            ? Span.of(0, 0)
            : Span.of(lines.get(0).span().start(), lines.get(lines.size() - 1).span().end());
    int previous = 0;
    for (SignatoryMention m : list.mentions()) {
      assertFalse(m.name().isBlank());
      assertTrue(m.span().start() >= block.start() && m.span().end() <= block.end(), m.toString());
      assertTrue(m.span().start() >= previous, "mentions in order: " + m);
      previous = m.span().start();
    }
    assertTrue(list.diagnostics().size() <= SignatoryListParser.MAX_DIAGNOSTICS + 1);
  }
}
