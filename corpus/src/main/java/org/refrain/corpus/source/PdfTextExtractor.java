package org.refrain.corpus.source;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text layer of a PDF with PDFBox: lines in reading order ({@link PdfLineCollector}),
 * page furniture removed ({@link PdfFurniture}), lines joined into paragraphs with hyphenation
 * undone and footnotes kept apart ({@link PdfParagraphs}), and where each page begins. A PDF
 * without text (a scan), a password-protected one, a corrupt one and one of more than {@link
 * #MAX_PAGES} pages are refused with the reason. The structure tree of a tagged PDF is not used:
 * the layout rules give the same paragraphs for the PDFs browsers and word processors write.
 */
final class PdfTextExtractor {

  /** The most pages read from one PDF; a letter with its signatories runs to a few dozen. */
  static final int MAX_PAGES = 2_000;

  private final PdfFurniture furniture = new PdfFurniture();

  ExtractedText extract(byte[] bytes) throws UnreadableDocumentException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      int pages = document.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new UnreadableDocumentException(
            "the PDF has " + pages + " pages, more than the " + MAX_PAGES + " Refrain reads");
      }
      List<List<PdfLine>> lines = new PdfLineCollector().collect(document);
      if (lines.stream().flatMap(List::stream).noneMatch(PdfTextExtractor::hasText)) {
        throw new UnreadableDocumentException(
            "the PDF has no text layer (scanned?); Refrain does no OCR");
      }
      return PdfParagraphs.assemble(furniture.strip(lines));
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException("the PDF is encrypted with a password; not read");
    } catch (IOException
        | IllegalArgumentException
        | IllegalStateException
        | ClassCastException e) {
      if (e instanceof java.util.concurrent.CancellationException) {
        throw new UnreadableDocumentException("reading was interrupted");
      }
      throw new UnreadableDocumentException(
          "is not a readable PDF (" + UnreadableDocumentException.oneLine(e) + ")");
    }
  }

  private static boolean hasText(PdfLine line) {
    return line.text().codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
