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

/** Letters built by hand for the analysis tests, shared by every package's tests. */
public final class HandLetters {

  private HandLetters() {}

  /** A builder of the letter with this id ("name#1"); its source is "name.txt". */
  public static Builder letter(String id) {
    return new Builder(id);
  }

  /**
   * Builds a letter by hand: body paragraphs laid out one after the other, separated by a blank
   * line, every span computed from the text (a paragraph starting "1." is a list item); signatories
   * follow the body, one a line.
   */
  public static final class Builder {
    private final String id;
    private LetterKind kind = LetterKind.LETTER;
    private LetterDate date;
    private String addressee;
    private Venue venue;
    private List<String> paragraphs = List.of();
    private final List<String> persons = new ArrayList<>();

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
      persons.add(person);
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
      for (String person : persons) {
        text.append("\n\n");
        int start = text.length();
        text.append(person);
        signatories.add(
            new SignatoryMention(
                person,
                person,
                SignatoryKind.PERSON,
                null,
                null,
                null,
                null,
                Span.of(start, start + person.length())));
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
  }
}
