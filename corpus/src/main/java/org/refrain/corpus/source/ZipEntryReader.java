package org.refrain.corpus.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads named entries of a zip held in memory (an OpenDocument file) with the limits the Word
 * reader sets through POI: no entry may expand more than {@link #MAX_RATIO} times (past a grace of
 * 100 KB), nor beyond {@link #MAX_ENTRY_BYTES}, nor all of them together beyond {@link
 * #MAX_TOTAL_BYTES}, and the zip may not hold more than {@link #MAX_ENTRIES} entries. Every entry
 * passed on the way is inflated under the same limits, so a bomb before the wanted entry is refused
 * too; reading stops once all the wanted entries are read.
 */
final class ZipEntryReader {

  static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
  static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
  static final int MAX_RATIO = 100;
  static final int MAX_ENTRIES = 10_000;

  /** Entries smaller than this are not checked for their ratio: a tiny file compresses well. */
  private static final long GRACE_BYTES = 100 * 1024;

  private ZipEntryReader() {}

  /** The bytes of those of {@code names} the zip holds, by name. */
  static Map<String, byte[]> read(byte[] zip, Set<String> names)
      throws IOException, UnreadableDocumentException {
    Position in = new Position(zip);
    Map<String, byte[]> found = new HashMap<>();
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream z = new ZipInputStream(in)) {
      ZipEntry entry;
      while (found.size() < names.size() && (entry = z.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new UnreadableDocumentException(
              "holds more than " + MAX_ENTRIES + " files (a zip bomb?); not read");
        }
        boolean wanted = names.contains(entry.getName()) && !found.containsKey(entry.getName());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int start = in.position();
        long size = 0;
        int n;
        while ((n = z.read(buffer)) > 0) {
          if (Thread.currentThread().isInterrupted()) {
            throw new UnreadableDocumentException("reading was interrupted");
          }
          size += n;
          total += n;
          long packed = Math.max(1, in.position() - start);
          if (size > MAX_ENTRY_BYTES
              || total > MAX_TOTAL_BYTES
              || (size > GRACE_BYTES && size > packed * MAX_RATIO)) {
            throw new UnreadableDocumentException(
                "expands far beyond its size (a zip bomb?); not read");
          }
          if (wanted) {
            out.write(buffer, 0, n);
          }
        }
        if (wanted) {
          found.put(entry.getName(), out.toByteArray());
        }
      }
    }
    return found;
  }

  /** A byte array stream that tells how far it has been read: the compressed bytes used. */
  private static final class Position extends ByteArrayInputStream {
    Position(byte[] bytes) {
      super(bytes);
    }

    int position() {
      return pos;
    }
  }
}
