package org.refrain.reports;

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
 * Hand-built letters for tests that must not depend on the corpus reader. The builder lays out a
 * letter text (paragraphs, then one signatory entry per line) and computes every span from it.
 */
public final class TestLetters {

  private TestLetters() {}

  /** A letter with every field filled in, as the bundled HRC 43 letter to President Moon. */
  public static Letter full() {
    return builder("2020-02-21_hrc43_letter-to-president-moon.txt", 1)
        .kind(LetterKind.LETTER)
        .title("Joint letter to President Moon")
        .date(
            new LetterDate(
                LocalDate.of(2020, 2, 21),
                LetterDate.Precision.DAY,
                LetterDate.Source.STATED,
                "February 21, 2020"))
        .published(LocalDate.of(2020, 2, 24))
        .addressee("H.E. Moon Jae-in, President of the Republic of Korea")
        .venue(new Venue("HRC", 43, false, "43rd session of the UN Human Rights Council"))
        .preamble("On February 21, NKDB signed a joint letter.")
        .paragraph("We are writing on behalf of 2 organizations and 1 individual.")
        .paragraph("1. Co-sponsor the resolution.")
        .organization("Human Rights Watch (HRW)", "Human Rights Watch", "HRW", "United States")
        .organization("Amnesty International", "Amnesty International", null, null)
        .person(
            "Tomás Ojea Quintana, Former UN Special Rapporteur",
            "Tomás Ojea Quintana",
            "Former UN Special Rapporteur")
        .claimed(new Counts(2, 1, null, null))
        .claimEvidence("on behalf of 2 organizations and 1 individual")
        .listed(new Counts(2, 1, 3, 1))
        .claimCheck(
            new ClaimCheck(ClaimCheck.Status.CONSISTENT, "organizations 2 = 2; individuals 1 = 1"))
        .build();
  }

  /** A letter with every optional field absent: no date, venue, claim or signatories. */
  public static Letter bare(String source, int index) {
    return builder(source, index).paragraph("Text.").build();
  }

  public static Builder builder(String source, int index) {
    return new Builder(source, index);
  }

  /** Builds a letter whose spans are consistent with its text. */
  public static final class Builder {
    private final String source;
    private final int index;
    private LetterKind kind = LetterKind.OTHER;
    private String title;
    private LetterDate date;
    private LocalDate published;
    private String addressee;
    private Venue venue;
    private String preamble;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String[]> entries = new ArrayList<>();
    private Counts claimed = Counts.NONE;
    private String claimEvidence;
    private Counts listed = new Counts(0, 0, 0, 0);
    private ClaimCheck claimCheck =
        new ClaimCheck(ClaimCheck.Status.NOT_CHECKABLE, "the letter states no counts");

    private Builder(String source, int index) {
      this.source = source;
      this.index = index;
    }

    public Builder kind(LetterKind value) {
      kind = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder date(LetterDate value) {
      date = value;
      return this;
    }

    public Builder published(LocalDate value) {
      published = value;
      return this;
    }

    public Builder addressee(String value) {
      addressee = value;
      return this;
    }

    public Builder venue(Venue value) {
      venue = value;
      return this;
    }

    public Builder preamble(String value) {
      preamble = value;
      return this;
    }

    public Builder paragraph(String text) {
      paragraphs.add(text);
      return this;
    }

    public Builder organization(String raw, String name, String acronym, String country) {
      entries.add(new String[] {"o", raw, name, acronym, country, null, null});
      return this;
    }

    public Builder person(String raw, String name, String title) {
      entries.add(new String[] {"p", raw, name, null, null, title, null});
      return this;
    }

    public Builder claimed(Counts value) {
      claimed = value;
      return this;
    }

    public Builder claimEvidence(String value) {
      claimEvidence = value;
      return this;
    }

    public Builder listed(Counts value) {
      listed = value;
      return this;
    }

    public Builder claimCheck(ClaimCheck value) {
      claimCheck = value;
      return this;
    }

    public Letter build() {
      StringBuilder text = new StringBuilder();
      List<Paragraph> laidOut = new ArrayList<>();
      for (String paragraph : paragraphs) {
        int start = text.length();
        text.append(paragraph).append("\n\n");
        laidOut.add(
            new Paragraph(
                Span.of(start, start + paragraph.length()),
                paragraph,
                paragraph.matches("\\d+\\..*")));
      }
      List<SignatoryMention> mentions = new ArrayList<>();
      for (String[] e : entries) {
        int start = text.length();
        text.append(e[1]).append('\n');
        SignatoryKind signatoryKind =
            e[0].equals("o") ? SignatoryKind.ORGANIZATION : SignatoryKind.PERSON;
        mentions.add(
            new SignatoryMention(
                e[1],
                e[2],
                signatoryKind,
                e[3],
                e[4],
                e[5],
                e[6],
                Span.of(start, start + e[1].length())));
      }
      String stem = source.contains(".") ? source.substring(0, source.lastIndexOf('.')) : source;
      return new Letter(
          stem + "#" + index,
          source,
          index,
          kind,
          title,
          date,
          published,
          addressee,
          venue,
          preamble,
          text.toString(),
          0,
          SourceMap.identity(text.length()),
          laidOut,
          mentions,
          claimed,
          claimEvidence,
          listed,
          claimCheck);
    }
  }
}
