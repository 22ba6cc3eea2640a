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
 * it. The text reads: title, date, salutation, paragraphs, closings, signatory list. Passages to
 * plant (reuse a benchmark should find) are placed in the body by a {@link PlantPlacer}, and the
 * composer says where they landed.
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

  /**
   * A letter composed with passages planted in its body.
   *
   * @param letter the letter
   * @param planted where each planted passage landed in the letter text, in the order given
   * @param paragraphs the index of the paragraph holding each planted passage, in the same order
   */
  record Composed(Letter letter, List<Span> planted, List<Integer> paragraphs) {}

  /** Letter number {@code number} (1-based): id {@code synthetic-00042#1}. */
  Letter compose(int number, SplittableRandom random) {
    return compose(number, random, List.of(), null).letter();
  }

  /**
   * Letter number {@code number} with {@code plants} placed in its body by {@code placer}, which
   * draws from a random source of its own: the rest of the letter is drawn as without them.
   */
  Composed compose(int number, SplittableRandom random, List<String> plants, PlantPlacer placer) {
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
    List<ParagraphDraft> drafts = drafts(lead, date, random);
    if (!plants.isEmpty()) {
      placer.place(drafts, plants);
    }
    Span[] planted = new Span[plants.size()];
    Integer[] plantParagraphs = new Integer[plants.size()];
    List<Paragraph> paragraphs = layOut(layout, drafts, planted, plantParagraphs);
    List<SignatoryMention> mentions = list(layout, signatories.pick(random));
    Letter letter =
        letter(name, lead.letter(), title, date, dateLine, layout.text(), paragraphs, mentions);
    return new Composed(letter, List.of(planted), List.of(plantParagraphs));
  }

  private static Letter letter(
      String name,
      Letter sample,
      String title,
      LocalDate date,
      String dateLine,
      String text,
      List<Paragraph> paragraphs,
      List<SignatoryMention> mentions) {
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

  /**
   * The lead's salutation, the drawn passages and the lead's closings, varied, in order. Each body
   * paragraph is marked with the passage it came from, so planted paragraphs go between passages
   * and never split a numbered list.
   */
  private List<ParagraphDraft> drafts(SampleParts lead, LocalDate date, SplittableRandom random) {
    List<ParagraphDraft> drafts = new ArrayList<>();
    if (lead.salutation() != null) {
      drafts.add(ParagraphDraft.frame(vary(lead.salutation(), lead, date, random)));
    }
    int item = 0;
    int passage = 0;
    for (Drawn drawn : draw(lead, random)) {
      for (String text : drawn.passage().paragraphs()) {
        String varied = vary(text, drawn.source(), date, random);
        if (drawn.passage().items()) {
          varied = renumber(varied, ++item);
        }
        drafts.add(ParagraphDraft.body(varied, drawn.passage().items(), passage));
      }
      passage++;
    }
    for (String closing : lead.closings()) {
      drafts.add(ParagraphDraft.frame(vary(closing, lead, date, random)));
    }
    return drafts;
  }

  /**
   * Writes the paragraphs into the layout; fills in where each planted passage landed and in which
   * paragraph.
   */
  private static List<Paragraph> layOut(
      TextLayout layout, List<ParagraphDraft> drafts, Span[] planted, Integer[] plantParagraphs) {
    List<Paragraph> paragraphs = new ArrayList<>();
    for (ParagraphDraft draft : drafts) {
      String text = draft.text();
      Span span = layout.block(text);
      int index = paragraphs.size();
      draft.plantSpans(
          span.start(),
          (plant, at) -> {
            planted[plant] = at;
            plantParagraphs[plant] = index;
          });
      paragraphs.add(new Paragraph(span, text, draft.item()));
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
