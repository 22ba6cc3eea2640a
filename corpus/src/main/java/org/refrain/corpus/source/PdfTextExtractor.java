package org.refrain.corpus.source;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text layer of a PDF with PDFBox, one paragraph per line, and where each page begins.
 *
 * <p>A tagged PDF (a structure tree, marked content) is read in the order of its tree: each
 * paragraph, heading, list item and table row a block ({@link PdfStructureWalker}, {@link
 * PdfStructureText}); artifacts (running headers and footers) are not in the tree. Any other PDF,
 * and a tagged one whose tree fails to read or yields less than {@link #TREE_SHARE} of the text the
 * page layout gives (a partial or broken tree), is read by its layout: lines in reading order
 * ({@link PdfLineCollector}), page furniture removed ({@link PdfFurniture}), lines joined into
 * paragraphs with hyphenation undone and footnotes kept apart ({@link PdfParagraphs}).
 *
 * <p>A PDF without text (a scan), a password-protected one, a corrupt one and one of more than
 * {@link #MAX_PAGES} pages are refused with the reason.
 */
final class PdfTextExtractor {

  /** The most pages read from one PDF; a letter with its signatories runs to a few dozen. */
  static final int MAX_PAGES = 2_000;

  /** The least share of the layout's letters and digits a structure tree must give to be used. */
  static final double TREE_SHARE = 0.8;

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
      ExtractedText layout = PdfParagraphs.assemble(furniture.strip(lines));
      return byStructure(document)
          .filter(tree -> visible(tree.text()) >= TREE_SHARE * visible(layout.text()))
          .orElse(layout);
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException("the PDF is encrypted with a password; not read");
    } catch (IOException
        | IllegalArgumentException
        | IllegalStateException
        | ClassCastException e) {
      if (e instanceof CancellationException) {
        throw new UnreadableDocumentException("reading was interrupted");
      }
      throw new UnreadableDocumentException(
          "is not a readable PDF (" + UnreadableDocumentException.oneLine(e) + ")");
    }
  }

  /** The text in the order of the structure tree; empty when untagged or the tree is unusable. */
  static Optional<ExtractedText> byStructure(PDDocument document) {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    PDStructureTreeRoot root = catalog.getStructureTreeRoot();
    if (root == null || catalog.getMarkInfo() == null || !catalog.getMarkInfo().isMarked()) {
      return Optional.empty();
    }
    try {
      PdfMarkedText marked = PdfMarkedText.read(document);
      List<PdfBlock> blocks = PdfStructureWalker.walk(document, root, marked);
      List<PdfLine> all = marked.all();
      float rightEdge = PdfParagraphs.rightEdge(List.of(all));
      return Optional.of(
          PdfStructureText.assemble(
              blocks, document.getNumberOfPages(), rightEdge, PdfHyphenation.of(all)));
    } catch (CancellationException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a broken or hostile tree: the layout is read instead
    }
  }

  /** How many letters and digits {@code text} has. */
  private static long visible(String text) {
    return text.codePoints().filter(Character::isLetterOrDigit).count();
  }

  private static boolean hasText(PdfLine line) {
    return line.text().codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
