package org.refrain.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.refrain.corpus.claim.Claim;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.claim.ClaimChecker;
import org.refrain.corpus.claim.ClaimExtractor;
import org.refrain.corpus.claim.Counts;
import org.refrain.corpus.clean.CleanText;
import org.refrain.corpus.clean.Line;
import org.refrain.corpus.metadata.LetterMetadata;
import org.refrain.corpus.metadata.LetterSections;
import org.refrain.corpus.metadata.MetadataExtractor;
import org.refrain.corpus.signatory.SignatoryList;
import org.refrain.corpus.signatory.SignatoryListParser;
import org.refrain.corpus.split.LetterLayout;
import org.refrain.corpus.split.LetterParts;

/**
 * Builds a {@link Letter} from one letter's layout in its document: cuts the letter's text, then
 * reads, in order, its paragraphs, signatory list, metadata and claim.
 */
final class LetterAssembler {

  private static final Pattern ITEM =
      Pattern.compile("^(\\d{1,2}[.)]|\\(?[a-z0-9]\\)|[•\\-–*▪●◦]|[ivx]{1,4}[.)])\\s+.*");

  private final SignatoryListParser signatories;
  private final MetadataExtractor metadata = new MetadataExtractor();
  private final ClaimExtractor claims = new ClaimExtractor();
  private final ClaimChecker checker = new ClaimChecker();

  LetterAssembler(SignatoryListParser signatories) {
    this.signatories = signatories;
  }

  Letter assemble(
      String source,
      String idPrefix,
      int index,
      CleanText document,
      List<Line> lines,
      LetterLayout layout,
      MetadataOverrides overrides,
      List<Diagnostic> diagnostics) {
    int origin = lines.get(layout.firstLine()).span().start();
    int end = lines.get(layout.lastLine()).span().end();
    String text = document.text().substring(origin, end);
    SourceMap sourceMap = document.toRaw().slice(origin, end);

    List<Paragraph> paragraphs = paragraphs(lines, layout, origin);
    List<Line> listLines = new ArrayList<>();
    for (int i : layout.listLines()) {
      Line l = lines.get(i);
      listLines.add(new Line(l.number(), l.span().shift(-origin), l.text()));
    }
    SignatoryList list = signatories.parse(source, listLines);
    diagnostics.addAll(list.diagnostics());

    LetterSections sections = sections(lines, layout);
    LetterMetadata meta = overrides.apply(index, metadata.extract(sections), diagnostics);

    // The letter's words first, then the publisher's: its preamble, then its lead-in or title
    // ("Joint letter signed by 30 NGOs").
    List<String> claimTexts =
        List.of(
            String.join("\n", sections.body()),
            String.join("\n", sections.preamble()),
            String.join("\n", sections.header()));
    Claim claim = claims.extract(claimTexts).orElse(null);
    Counts claimed = claim == null ? Counts.NONE : claim.counts();
    Counts listed = checker.listed(list.mentions());
    boolean allHaveCountry = list.mentions().stream().allMatch(m -> m.country() != null);
    ClaimCheck check = checker.check(meta.kind(), claimed, listed, allHaveCountry);

    String preamble = sections.preamble().isEmpty() ? null : String.join("\n", sections.preamble());
    return new Letter(
        idPrefix + "#" + index,
        source,
        index,
        meta.kind(),
        meta.title(),
        meta.date(),
        meta.published(),
        meta.addressee(),
        meta.venue(),
        preamble,
        text,
        origin,
        sourceMap,
        paragraphs,
        list.mentions(),
        claimed,
        claim == null ? null : claim.evidence(),
        listed,
        check);
  }

  /** The body's paragraphs, each with its role: salutation, content or closing. */
  private static List<Paragraph> paragraphs(List<Line> lines, LetterLayout layout, int origin) {
    List<String> texts = texts(lines, layout.bodyLines());
    List<Paragraph.Role> roles = LetterParts.roles(texts, layout.salutation() >= 0);
    List<Paragraph> paragraphs = new ArrayList<>(texts.size());
    for (int k = 0; k < texts.size(); k++) {
      paragraphs.add(paragraph(lines.get(layout.bodyLines().get(k)), origin, roles.get(k)));
    }
    return paragraphs;
  }

  private static Paragraph paragraph(Line line, int origin, Paragraph.Role role) {
    String t = line.text();
    int lead = t.length() - t.stripLeading().length();
    String trimmed = t.strip();
    Span span =
        Span.of(
            line.span().start() + lead - origin,
            line.span().start() + lead - origin + trimmed.length());
    return new Paragraph(span, trimmed, ITEM.matcher(trimmed).matches(), role);
  }

  private static LetterSections sections(List<Line> lines, LetterLayout layout) {
    String salutation = layout.salutation() < 0 ? null : lines.get(layout.salutation()).trimmed();
    return new LetterSections(
        texts(lines, layout.pageLines()),
        texts(lines, layout.headerLines()),
        texts(lines, layout.preambleLines()),
        salutation,
        texts(lines, layout.bodyLines()),
        texts(lines, layout.listLines()));
  }

  private static List<String> texts(List<Line> lines, List<Integer> indices) {
    List<String> out = new ArrayList<>(indices.size());
    for (int i : indices) {
      out.add(lines.get(i).trimmed());
    }
    return out;
  }
}
