package org.refrain.analysis.signatory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.SourceMap;
import org.refrain.corpus.Span;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.claim.Counts;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.metadata.Venue;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * Letters with signatory lists built by hand, every field of each mention chosen by the test
 * (HandLetters lists persons by name only). Shared by the signatory and coalition tests.
 */
public final class MentionLetters {

  private MentionLetters() {}

  /** A builder of the letter with this id ("name#1"). */
  public static Builder letter(String id) {
    return new Builder(id);
  }

  /** Builds one letter: a salutation line, then one list entry a line. */
  public static final class Builder {
    private final String id;
    private LetterDate date;
    private String addressee;
    private Venue venue;
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
      StringBuilder text = new StringBuilder("Dear colleagues,\n\n");
      List<SignatoryMention> mentions = new ArrayList<>();
      for (Entry e : entries) {
        StringBuilder raw = new StringBuilder(e.name());
        if (e.acronym() != null) {
          raw.append(" (").append(e.acronym()).append(')');
        }
        for (String extra : new String[] {e.title(), e.affiliation(), e.country()}) {
          if (extra != null) {
            raw.append(", ").append(extra);
          }
        }
        int start = text.length();
        text.append(raw).append('\n');
        mentions.add(
            new SignatoryMention(
                raw.toString(),
                e.name(),
                e.kind(),
                e.acronym(),
                e.country(),
                e.title(),
                e.affiliation(),
                Span.of(start, start + raw.length())));
      }
      return new Letter(
          id,
          id.replaceAll("#.*", "") + ".txt",
          1,
          LetterKind.LETTER,
          null,
          date,
          null,
          addressee,
          venue,
          null,
          text.toString(),
          0,
          SourceMap.identity(text.length()),
          List.of(),
          mentions,
          Counts.NONE,
          null,
          Counts.NONE,
          new ClaimCheck(ClaimCheck.Status.NOT_CHECKABLE, "no claim"));
    }
  }
}
