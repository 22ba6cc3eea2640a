package org.refrain.corpus.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes OpenDocument text files for tests as LibreOffice lays them out: a stored {@code mimetype}
 * first, then {@code META-INF/manifest.xml} and {@code content.xml}.
 */
public final class OdtFixtures {

  static final String NAMESPACES =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " office:version=\"1.3\"";

  private static final String MANIFEST =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
          + " manifest:version=\"1.3\">"
          + "<manifest:file-entry manifest:full-path=\"/\""
          + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
          + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
          + "</manifest:manifest>";

  private OdtFixtures() {}

  /** An .odt whose body ({@code office:text}) is {@code body}, with these automatic styles. */
  public static byte[] withBody(String automaticStyles, String body) {
    return withContent(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
            + NAMESPACES
            + "><office:automatic-styles>"
            + automaticStyles
            + "</office:automatic-styles><office:body><office:text>"
            + body
            + "</office:text></office:body></office:document-content>");
  }

  /** An .odt whose content.xml is {@code contentXml}. */
  public static byte[] withContent(String contentXml) {
    return zip("application/vnd.oasis.opendocument.text", contentXml);
  }

  /** A zip laid out as an OpenDocument file of type {@code mimetype}. */
  static byte[] zip(String mimetype, String contentXml) {
    return zip(mimetype, contentXml.getBytes(StandardCharsets.UTF_8));
  }

  /** A zip laid out as an OpenDocument file of type {@code mimetype}, content.xml as given. */
  static byte[] zip(String mimetype, byte[] contentXml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(type);
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(MANIFEST.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(contentXml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
