package org.refrain.analysis.signatory;

/** An alias file that cannot be read or holds a malformed line; the message is one line. */
public final class AliasFileException extends Exception {

  private static final long serialVersionUID = 1L;

  public AliasFileException(String message) {
    super(message);
  }
}
