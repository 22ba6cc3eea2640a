package org.refrain.corpus.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OpenDocument text (.odt, as LibreOffice saves it) from its {@code content.xml}, with the
 * JDK's zip and StAX parsers and no further library: a paragraph one line, a heading set apart, a
 * list item prefixed "- " or its number, a table one line per row with its cells separated by a tab
 * (as {@link DocxTextExtractor} does), and footnotes and endnotes kept apart from the body ({@link
 * LineWriter}). Comments and tracked deletions are left out. The zip is read under the Word
 * reader's zip-bomb limits ({@link ZipEntryReader}); the XML parser reads no DTD and resolves no
 * entity, so a document cannot make Refrain read another file or expand entities (XXE), and refuses
 * elements nested more than {@link #MAX_DEPTH} deep.
 */
final class OdtTextExtractor {

  /** The most characters of text read from one document, as for Word files. */
  static final long MAX_CHARS = 20_000_000L;

  /** The deepest nesting of XML elements read. */
  static final int MAX_DEPTH = 1_000;

  private static final String CONTENT = "content.xml";
  private static final String MIMETYPE = "mimetype";
  private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

  private static final XMLInputFactory XML = secureFactory();

  ExtractedText extract(byte[] bytes) throws UnreadableDocumentException {
    Map<String, byte[]> parts;
    try {
      parts = ZipEntryReader.read(bytes, Set.of(CONTENT, MIMETYPE));
    } catch (IOException | RuntimeException e) {
      throw unreadable(UnreadableDocumentException.oneLine(e));
    }
    byte[] mimetype = parts.get(MIMETYPE);
    if (mimetype != null) {
      String type = new String(mimetype, StandardCharsets.US_ASCII).strip();
      if (!type.equals(ODT_MIMETYPE) && !type.equals(ODT_MIMETYPE + "-template")) {
        String shown = type.length() > 80 ? type.substring(0, 77) + "..." : type;
        throw unreadable("it is " + shown.replaceAll("\\s+", " ") + ", not a text document");
      }
    }
    byte[] content = parts.get(CONTENT);
    if (content == null) {
      throw unreadable("no content.xml");
    }
    try {
      XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(content));
      try {
        return new ExtractedText(new OdtContentWalk().read(xml), List.of());
      } finally {
        xml.close();
      }
    } catch (OdtContentWalk.TextTooLong e) {
      throw new UnreadableDocumentException(
          "has more than " + MAX_CHARS + " characters of text; not read (a limit)");
    } catch (XMLStreamException | RuntimeException e) {
      throw unreadable(UnreadableDocumentException.oneLine(e));
    }
  }

  private static UnreadableDocumentException unreadable(String reason) {
    return new UnreadableDocumentException("is not a readable OpenDocument text (" + reason + ")");
  }

  /** The JDK's StAX parser with DTDs and external entities off: XXE cannot happen. */
  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    // Word processors nest a few dozen elements deep; a deeper file is refused, not walked.
    f.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
    return f;
  }
}
