package org.refrain.corpus.source;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.rtf.RTFEditorKit;

/**
 * Reads a Rich Text Format file with the JDK's {@link RTFEditorKit}, after {@link RtfRewriter} has
 * fixed what that kit gets wrong on Word's files (code-page escapes, Unicode fallbacks, table
 * cells): each paragraph one line, a table one line per row with its cells separated by a tab, and
 * a bullet or number that Word writes before a list item's tab ("·\tText", "2.\tText") turned into
 * "- " or "2. ". The kit drops footnotes, headers and footers. It runs under the reader's time
 * limit (a hostile file can be slow), and headless: no display is ever opened.
 */
final class RtfTextExtractor {

  static {
    // Swing's text package must not try to reach a display on a server or in CI.
    try {
      if (System.getProperty("java.awt.headless") == null) {
        System.setProperty("java.awt.headless", "true");
      }
    } catch (SecurityException e) {
      // a locked-down JVM decides for itself
    }
  }

  private static final Pattern BULLET =
      Pattern.compile("(?m)^[ \\t]*[•·▪◦‣o§\\uF0B7\\-–][ \\t]*\\t");
  private static final Pattern NUMBER = Pattern.compile("(?m)^[ \\t]*(\\d{1,3}[.)])[ \\t]*\\t");
  private static final Pattern TRAILING_TABS = Pattern.compile("(?m)[ \\t]+$");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  ExtractedText extract(byte[] bytes) throws UnreadableDocumentException {
    String rtf = new String(bytes, StandardCharsets.ISO_8859_1);
    if (!rtf.stripLeading().startsWith("{\\rtf")) {
      throw new UnreadableDocumentException("is not a readable RTF file (no {\\rtf header)");
    }
    String rewritten = RtfRewriter.rewrite(rtf);
    DefaultStyledDocument doc = new DefaultStyledDocument();
    String text;
    try {
      new RTFEditorKit().read(new StringReader(rewritten), doc, 0);
      text = doc.getText(0, doc.getLength());
    } catch (IOException | BadLocationException | RuntimeException e) {
      throw new UnreadableDocumentException(
          "is not a readable RTF file (" + UnreadableDocumentException.oneLine(e) + ")");
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new UnreadableDocumentException("reading was interrupted");
    }
    text = BULLET.matcher(text).replaceAll("- ");
    text = NUMBER.matcher(text).replaceAll("$1 ");
    text = TRAILING_TABS.matcher(text).replaceAll("");
    text = BLANK_LINES.matcher(text.strip()).replaceAll("\n\n");
    return new ExtractedText(text.isEmpty() ? "" : text + "\n", List.of());
  }
}
