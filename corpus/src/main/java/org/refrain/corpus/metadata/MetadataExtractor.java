package org.refrain.corpus.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.LetterKind;

/**
 * Reads a letter's metadata in a fixed order of steps: kind, title, addressee, a first venue pass
 * for a session written out (which can date a letter), date, then the venue again with the date
 * known (which can infer a session).
 */
public final class MetadataExtractor {

  private final KindClassifier kinds = new KindClassifier();
  private final TitleFinder titles = new TitleFinder();
  private final AddresseeFinder addressees = new AddresseeFinder();
  private final VenueFinder venues = new VenueFinder();
  private final DateResolver dates = new DateResolver();

  public LetterMetadata extract(LetterSections s) {
    LetterKind kind = kinds.classify(s);
    String title = titles.find(s, addressees.addressBlock(s.header()));
    String addressee = kind == LetterKind.LETTER ? addressees.find(s) : null;
    List<String> texts = venueTexts(s, title);
    Venue stated = venues.find(texts, null, null);
    LocalDate opening = stated == null ? null : venues.openingOf(stated);
    DateResolver.Resolved resolved = dates.resolve(s, opening);
    LocalDate when = resolved.date() == null ? null : resolved.date().value();
    Venue venue = stated != null ? stated : venues.find(texts, addressee, when);
    return new LetterMetadata(kind, title, resolved.date(), resolved.published(), addressee, venue);
  }

  private static List<String> venueTexts(LetterSections s, String title) {
    List<String> texts = new ArrayList<>();
    if (title != null) {
      texts.add(title);
    }
    texts.addAll(s.header());
    texts.add(String.join("\n", s.preamble()));
    texts.add(String.join("\n", s.body()));
    return texts;
  }
}
