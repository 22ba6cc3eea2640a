package org.refrain.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.SourceMap;
import org.refrain.corpus.Span;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.claim.Counts;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.metadata.Venue;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * Letters built by hand for the analysis tests, shared by every package's tests: body paragraphs,
 * metadata, and a signatory list whose every field a test may choose.
 */
public final class HandLetters {

  private HandLetters() {}

  /** A builder of the letter with this id ("name#1"); its source is "name.txt". */
  public static Builder letter(String id) {
    return new Builder(id);
  }

  /**
   * Builds a letter by hand: body paragraphs laid out one after the other, separated by a blank
   * line, every span computed from the text (a paragraph starting "1." is a list item); signatories
   * follow the body, each after a blank line.
   */
  public static final class Builder {
    private final String id;
    private LetterKind kind = LetterKind.LETTER;
    private LetterDate date;
    private String addressee;
    private Venue venue;
    private List<String> paragraphs = List.of();
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(
        SignatoryKind kind,
        String name,
        String acronym,
        String country,
        String title,
        String affiliation) {}

    private Builder(String id) {
      this.id = id;
    }

    public Builder kind(LetterKind kind) {
      this.kind = kind;
      return this;
    }

    public Builder date(String iso) {
      this.date =
          new LetterDate(
              LocalDate.parse(iso), LetterDate.Precision.DAY, LetterDate.Source.STATED, iso);
      return this;
    }

    public Builder addressee(String addressee) {
      this.addressee = addressee;
      return this;
    }

    public Builder venue(String body, Integer session) {
      this.venue = new Venue(body, session, false, body + " " + session);
      return this;
    }

    public Builder paragraphs(String... paragraphs) {
      this.paragraphs = List.of(paragraphs);
      return this;
    }

    /** A person on the signatory list, after the body. */
    public Builder signedBy(String person) {
      return person(person);
    }

    /** An organisation with no acronym or country. */
    public Builder org(String name) {
      return org(name, null, null);
    }

    public Builder org(String name, String acronym, String country) {
      return mention(SignatoryKind.ORGANIZATION, name, acronym, country, null, null);
    }

    /** An organisation with a description ("COMJAN" + its long form). */
    public Builder described(String name, String description) {
      return mention(SignatoryKind.ORGANIZATION, name, null, null, null, description);
    }

    /** A person with no title, affiliation or country. */
    public Builder person(String name) {
      return person(name, null, null, null);
    }

    public Builder person(String name, String title, String affiliation, String country) {
      return mention(SignatoryKind.PERSON, name, null, country, title, affiliation);
    }

    /**
     * A list entry; its raw text is the name, then the acronym in brackets, then title, affiliation
     * and country after commas.
     */
    public Builder mention(
        SignatoryKind kind,
        String name,
        String acronym,
        String country,
        String title,
        String affiliation) {
      entries.add(new Entry(kind, name, acronym, country, title, affiliation));
      return this;
    }

    public Letter build() {
      StringBuilder text = new StringBuilder();
      List<Paragraph> laidOut = new ArrayList<>();
      for (String paragraph : paragraphs) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        int start = text.length();
        text.append(paragraph);
        laidOut.add(
            new Paragraph(
                Span.of(start, start + paragraph.length()),
                paragraph,
                paragraph.matches("(?s)\\d+\\..*")));
      }
      List<SignatoryMention> signatories = new ArrayList<>();
      for (Entry e : entries) {
        String raw = raw(e);
        text.append("\n\n");
        int start = text.length();
        text.append(raw);
        signatories.add(
            new SignatoryMention(
                raw,
                e.name(),
                e.kind(),
                e.acronym(),
                e.country(),
                e.title(),
                e.affiliation(),
                Span.of(start, start + raw.length())));
      }
      String source = id.replaceAll("#.*", "") + ".txt";
      return new Letter(
          id,
          source,
          1,
          kind,
          null,
          date,
          null,
          addressee,
          venue,
          null,
          text.toString(),
          0,
          SourceMap.identity(text.length()),
          laidOut,
          signatories,
          Counts.NONE,
          null,
          Counts.NONE,
          new ClaimCheck(ClaimCheck.Status.NOT_CHECKABLE, "no claim"));
    }

    private static String raw(Entry e) {
      StringBuilder raw = new StringBuilder(e.name());
      if (e.acronym() != null) {
        raw.append(" (").append(e.acronym()).append(')');
      }
      for (String extra : new String[] {e.title(), e.affiliation(), e.country()}) {
        if (extra != null) {
          raw.append(", ").append(extra);
        }
      }
      return raw.toString();
    }
  }
}
