package org.refrain.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256, in hex, of a list of strings, each written as its length in UTF-8 bytes, a zero byte
 * and its bytes: two lists hash alike only when they hold the same strings in the same order
 * (["ab", "c"] and ["a", "bc"] differ). Keys of caches and of indexed letters.
 */
public final class PartsHash {

  private PartsHash() {}

  /** The hash of {@code parts}. */
  public static String of(List<String> parts) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) 0);
      digest.update(bytes);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
