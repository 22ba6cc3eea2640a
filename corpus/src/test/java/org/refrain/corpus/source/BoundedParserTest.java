package org.refrain.corpus.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedParserTest {

  private final BoundedParser parser = new BoundedParser(Duration.ofMillis(200));

  @Test
  void aParseOverTheTimeLimitIsAbandonedWithTheReason() {
    UnreadableDocumentException e =
        assertThrows(
            UnreadableDocumentException.class,
            () ->
                parser.run(
                    () -> {
                      Thread.sleep(60_000); // interrupted on timeout
                      return new ExtractedText("late", List.of());
                    }));
    assertEquals("took longer than 200 ms to parse; skipped", e.getMessage());
  }

  @Test
  void aFaultInTheParserIsAReasonNotACrash() throws Exception {
    assertEquals("ok", parser.run(() -> new ExtractedText("ok", List.of())).text());
    UnreadableDocumentException e =
        assertThrows(
            UnreadableDocumentException.class,
            () ->
                parser.run(
                    () -> {
                      throw new IllegalStateException("bad\nxref");
                    }));
    assertEquals("could not be parsed (bad xref)", e.getMessage());
  }
}
