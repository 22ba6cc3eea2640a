package org.refrain.analysis.index;

import java.nio.file.Path;

/** Another process is updating the index: its write lock is held. */
public final class IndexBusyException extends java.io.IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  public IndexBusyException(Path directory) {
    super(
        "the index " + directory + " is being updated by another process; try again when it ends");
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }
}
