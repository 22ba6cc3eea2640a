package org.refrain.benchmarks.synthetic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.SourceMap;
import org.refrain.corpus.Span;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.claim.Counts;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * Composes one synthetic letter: a lead sample gives the kind, title, addressee, venue, salutation
 * and closings; body passages are drawn from the lead and up to three other samples in a random
 * order; every paragraph is varied; a date between 2008 and 2025 and a list of signatories complete
 * it. The text reads: title, date, salutation, paragraphs, closings, signatory list.
 */
final class LetterComposer {

  private static final LocalDate FIRST = LocalDate.of(2008, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);
  private static final int MIN_PASSAGES = 4;
  private static final int MAX_PASSAGES = 12;
  private static final int MAX_OTHER_SOURCES = 3;
  // English month names: the letters' language, not a locale-sensitive case fold.
  private static final DateTimeFormatter DATE_LINE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  private static final Pattern ENUMERATOR = Pattern.compile("^\\d+(?=[.)])");

  private final List<SampleParts> samples;
  private final TextVariator variator;
  private final SignatoryPicker signatories;

  LetterComposer(List<SampleParts> samples, TextVariator variator, SignatoryPicker signatories) {
    this.samples = List.copyOf(samples);
    this.variator = variator;
    this.signatories = signatories;
  }

  /** Letter number {@code number} (1-based): id {@code synthetic-00042#1}. */
  Letter compose(int number, SplittableRandom random) {
    String name = String.format(Locale.ROOT, "synthetic-%05d", number);
    SampleParts lead = samples.get(random.nextInt(samples.size()));
    LocalDate date =
        LocalDate.ofEpochDay(random.nextLong(FIRST.toEpochDay(), LAST.toEpochDay() + 1));
    TextLayout layout = new TextLayout();
    String title =
        lead.letter().title() == null ? null : vary(lead.letter().title(), lead, date, random);
    if (title != null) {
      layout.line(title);
    }
    String dateLine = DATE_LINE.format(date);
    layout.block(dateLine);
    List<Paragraph> paragraphs = paragraphs(layout, lead, date, random);
    List<SignatoryMention> mentions = list(layout, signatories.pick(random));
    String text = layout.text();
    Letter sample = lead.letter();
    return new Letter(
        name + "#1",
        name + ".txt",
        1,
        sample.kind(),
        title,
        new LetterDate(date, LetterDate.Precision.DAY, LetterDate.Source.STATED, dateLine),
        null,
        sample.addressee(),
        sample.venue(),
        null,
        text,
        0,
        SourceMap.identity(text.length()),
        paragraphs,
        mentions,
        Counts.NONE,
        null,
        listed(mentions),
        new ClaimCheck(ClaimCheck.Status.NOT_CHECKABLE, "no count claimed"));
  }

  /** The lead's salutation, the drawn passages and the lead's closings, varied and laid out. */
  private List<Paragraph> paragraphs(
      TextLayout layout, SampleParts lead, LocalDate date, SplittableRandom random) {
    List<Paragraph> paragraphs = new ArrayList<>();
    if (lead.salutation() != null) {
      paragraphs.add(paragraph(layout, vary(lead.salutation(), lead, date, random), false));
    }
    int item = 0;
    for (Drawn drawn : draw(lead, random)) {
      for (String text : drawn.passage().paragraphs()) {
        String varied = vary(text, drawn.source(), date, random);
        if (drawn.passage().items()) {
          varied = renumber(varied, ++item);
        }
        paragraphs.add(paragraph(layout, varied, drawn.passage().items()));
      }
    }
    for (String closing : lead.closings()) {
      paragraphs.add(paragraph(layout, vary(closing, lead, date, random), false));
    }
    return paragraphs;
  }

  /** A body passage and the sample it came from, whose date its years move from. */
  private record Drawn(Passage passage, SampleParts source) {}

  /** Passages from the lead and some other samples, shuffled, four to twelve of them. */
  private List<Drawn> draw(SampleParts lead, SplittableRandom random) {
    List<SampleParts> sources = new ArrayList<>(List.of(lead));
    int others = random.nextInt(1, MAX_OTHER_SOURCES + 1);
    for (int i = 0; i < others; i++) {
      SampleParts other = samples.get(random.nextInt(samples.size()));
      if (!sources.contains(other)) {
        sources.add(other);
      }
    }
    List<Drawn> pool = new ArrayList<>();
    for (SampleParts source : sources) {
      for (Passage passage : source.body()) {
        pool.add(new Drawn(passage, source));
      }
    }
    int count = Math.min(pool.size(), random.nextInt(MIN_PASSAGES, MAX_PASSAGES + 1));
    for (int i = 0; i < count; i++) {
      // A partial Fisher-Yates shuffle: a random choice in a random order.
      int j = random.nextInt(i, pool.size());
      Drawn chosen = pool.get(j);
      pool.set(j, pool.get(i));
      pool.set(i, chosen);
    }
    return pool.subList(0, count);
  }

  private String vary(String text, SampleParts source, LocalDate date, SplittableRandom random) {
    return variator.vary(text, source.yearsTo(date), random);
  }

  private static Paragraph paragraph(TextLayout layout, String text, boolean item) {
    return new Paragraph(layout.block(text), text, item);
  }

  /** "3. Right to food: ..." numbered as the {@code number}th item of its letter's list. */
  private static String renumber(String item, int number) {
    Matcher m = ENUMERATOR.matcher(item);
    return m.find() ? number + item.substring(m.end()) : item;
  }

  private static List<SignatoryMention> list(TextLayout layout, List<SignatoryEntry> entries) {
    List<SignatoryMention> mentions = new ArrayList<>();
    SignatoryKind section = null;
    for (SignatoryEntry entry : entries) {
      if (entry.kind() != section) {
        section = entry.kind();
        layout.line(section == SignatoryKind.PERSON ? "Individuals" : "Groups");
      }
      Span span = layout.line(entry.line());
      mentions.add(entry.at(span));
    }
    return mentions;
  }

  private static Counts listed(List<SignatoryMention> mentions) {
    int people = 0;
    for (SignatoryMention m : mentions) {
      people += m.kind() == SignatoryKind.PERSON ? 1 : 0;
    }
    long countries =
        mentions.stream().map(SignatoryMention::country).filter(c -> c != null).distinct().count();
    return new Counts(mentions.size() - people, people, mentions.size(), (int) countries);
  }
}
