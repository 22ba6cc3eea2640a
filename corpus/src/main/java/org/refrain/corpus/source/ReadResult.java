package org.refrain.corpus.source;

import java.util.Objects;
import org.refrain.corpus.Diagnostic;

/** The outcome of reading one file: a document, or the one error that made it unreadable. */
public sealed interface ReadResult {

  /** The file was read. */
  record Read(RawDocument document) implements ReadResult {
    public Read {
      Objects.requireNonNull(document, "document");
    }
  }

  /** The file could not be read; {@code error} names it and says why. */
  record Failed(Diagnostic error) implements ReadResult {
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }
}
