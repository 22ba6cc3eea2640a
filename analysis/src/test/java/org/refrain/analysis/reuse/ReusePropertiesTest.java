package org.refrain.analysis.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.HandLetters;

/**
 * Invariants of reuse on random letters drawn from a shared pool of sentences, with random edits (a
 * word substituted, dropped or respelt in capitals), seeded so a failure can be replayed.
 */
class ReusePropertiesTest {

  private static final int CASES = 300;

  private static final String[] POOL = {
    "We are writing on behalf of 37 non-governmental organizations from 7 different countries.",
    "We urge the General Assembly to make every effort to highlight the ongoing violations.",
    "The commission concluded that crimes against humanity were committed in prison camps.",
    "Thank you for your consideration; we would be pleased to discuss these matters further.",
    "North Korean troops held and executed a South Korean official who drifted into their waters.",
    "We call on states to observe the principle of non\u2011refoulement for those who flee.",
    "Close all political prison camps and release all political prisoners without delay.",
    "The \u201Cpure Korean race\u201D policy led to forced abortions and infanticide in detention.",
    "In this time of pandemic we must take increased devotion to the cause of human rights.",
    "The same month the government decided to deport two fishermen to face torture.",
    "Sincerely,",
    "Your Excellency,",
  };

  private static final String[] SUBSTITUTES = {"Assembly", "69", "urgently", "the", "Council"};

  private static String edit(String sentence, Random random) {
    List<String> words = new ArrayList<>(List.of(sentence.split(" ")));
    int edits = random.nextInt(3);
    for (int e = 0; e < edits && words.size() > 2; e++) {
      int at = random.nextInt(words.size());
      switch (random.nextInt(3)) {
        case 0 -> words.set(at, SUBSTITUTES[random.nextInt(SUBSTITUTES.length)]);
        case 1 -> words.remove(at);
        default -> words.set(at, words.get(at).toUpperCase(Locale.ROOT));
      }
    }
    return String.join(" ", words);
  }

  private static List<ReuseText> corpus(Random random, WordNormalizer normalizer) {
    int letters = 2 + random.nextInt(4);
    List<ReuseText> texts = new ArrayList<>();
    for (int l = 0; l < letters; l++) {
      int paragraphs = 1 + random.nextInt(5);
      String[] body = new String[paragraphs];
      for (int p = 0; p < paragraphs; p++) {
        StringBuilder paragraph = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
          if (s > 0) {
            paragraph.append(' ');
          }
          paragraph.append(edit(POOL[random.nextInt(POOL.length)], random));
        }
        body[p] = paragraph.toString();
      }
      var builder = HandLetters.letter("l" + l + "#1").paragraphs(body);
      if (random.nextInt(5) > 0) {
        builder.date("202" + random.nextInt(4) + "-0" + (1 + random.nextInt(3)) + "-01");
      }
      texts.add(ReuseFixtures.text(builder.build(), normalizer));
    }
    return texts;
  }

  private static ReuseSettings settings(Random random) {
    ReuseSettings settings =
        ReuseSettings.defaults()
            .withMinTokens(4 + random.nextInt(8))
            .withNumbersAsClass(random.nextBoolean());
    return random.nextBoolean() ? settings.withCaseFold(false) : settings;
  }

  /** The words of a text as the reuse tokens see them, normalised. */
  private static String norms(String text, WordNormalizer normalizer) {
    return ReuseFixtures.words(text).stream()
        .map(s -> normalizer.normalize(s.in(text)))
        .collect(Collectors.joining(" "));
  }

  @Test
  void passagesAreInBoundsAndReadAsTheirLetterWritesThem() {
    Random random = new Random(20240318);
    for (int c = 0; c < CASES; c++) {
      ReuseSettings settings = settings(random);
      ReuseResult result = ReuseFinder.of(settings).find(corpus(random, settings.normalizer()));
      for (ReuseFamily family : result.families()) {
        assertTrue(family.letters().size() >= 2, "case " + c);
        for (ReusePassage copy : family.members()) {
          String text = copy.letter().text();
          assertTrue(
              copy.span().start() >= 0
                  && copy.span().start() < copy.span().end()
                  && copy.span().end() <= text.length(),
              "case " + c + ": " + copy.span());
          assertEquals(copy.span().in(text), copy.text(), "case " + c);
          assertTrue(copy.size() >= settings.minTokens(), "case " + c + ": " + copy.text());
          assertEquals(
              ReuseFixtures.norms(copy.words()), norms(copy.text(), settings.normalizer()));
        }
      }
    }
  }

  @Test
  void copiesOfAFamilyNeverShareWords() {
    Random random = new Random(20240318);
    for (int c = 0; c < CASES; c++) {
      ReuseSettings settings = settings(random);
      ReuseResult result = ReuseFinder.of(settings).find(corpus(random, settings.normalizer()));
      for (ReuseFamily family : result.families()) {
        List<ReusePassage> members = family.members();
        for (int i = 0; i < members.size(); i++) {
          for (int j = i + 1; j < members.size(); j++) {
            assertFalse(
                members.get(i).overlaps(members.get(j)),
                "case "
                    + c
                    + " "
                    + family.id()
                    + " "
                    + settings
                    + " "
                    + ReuseFixtures.copies(family)
                    + " in "
                    + members.get(i).letter().text());
          }
        }
      }
    }
  }

  @Test
  void variantSegmentsRebuildBothVersions() {
    Random random = new Random(7);
    int views = 0;
    for (int c = 0; c < CASES; c++) {
      ReuseSettings settings = settings(random);
      WordNormalizer normalizer = settings.normalizer();
      WordNormalizer folded = new WordNormalizer(true, settings.numbersAsClass());
      for (ReuseFamily family :
          ReuseFinder.of(settings).find(corpus(random, settings.normalizer())).families()) {
        List<VariantView.Variant> variants = VariantView.of(family).variants();
        assertEquals(family.members().size(), variants.size());
        assertEquals(List.of(), variants.get(0).changes());
        for (int v = 1; v < variants.size(); v++) {
          ReusePassage older = variants.get(v - 1).passage();
          ReusePassage newer = variants.get(v).passage();
          StringBuilder newerSide = new StringBuilder();
          StringBuilder olderSide = new StringBuilder();
          for (DiffSegment segment : variants.get(v).changes()) {
            if (segment instanceof DiffSegment.Same same) {
              newerSide.append(' ').append(same.text());
              olderSide.append(' ').append(same.text());
            } else if (segment instanceof DiffSegment.Inserted inserted) {
              newerSide.append(' ').append(inserted.text());
            } else if (segment instanceof DiffSegment.Deleted deleted) {
              olderSide.append(' ').append(deleted.text());
            } else if (segment instanceof DiffSegment.Changed changed) {
              newerSide.append(' ').append(changed.to());
              olderSide.append(' ').append(changed.from());
            }
          }
          assertEquals(
              ReuseFixtures.norms(newer.words()),
              norms(newerSide.toString(), normalizer),
              "case " + c);
          // shared words are written as the newer has them, so compare the older side folded
          assertEquals(
              norms(older.text(), folded), norms(olderSide.toString(), folded), "case " + c);
          views++;
        }
      }
    }
    assertTrue(views > CASES, "only " + views + " variants checked");
  }

  @Test
  void findingIsDeterministicAndIgnoresTheOrderOfDifferentlyDatedLetters() {
    Random random = new Random(11);
    for (int c = 0; c < CASES / 3; c++) {
      ReuseSettings settings = settings(random);
      List<ReuseText> texts = new ArrayList<>();
      int n = 2 + random.nextInt(3);
      List<ReuseText> drawn = corpus(random, settings.normalizer());
      for (int i = 0; i < Math.min(n, drawn.size()); i++) {
        // distinct dates, so the date order is total
        ReuseText t = drawn.get(i);
        var letter =
            HandLetters.letter(t.id())
                .date("20" + (10 + i) + "-01-01")
                .paragraphs(
                    t.letter().paragraphs().stream()
                        .map(org.refrain.corpus.Paragraph::text)
                        .toArray(String[]::new))
                .build();
        texts.add(ReuseFixtures.text(letter, settings.normalizer()));
      }
      List<String> first = signature(ReuseFinder.of(settings).find(texts));
      assertEquals(first, signature(ReuseFinder.of(settings).find(texts)), "case " + c);
      List<ReuseText> shuffled = new ArrayList<>(texts);
      Collections.shuffle(shuffled, random);
      assertEquals(first, signature(ReuseFinder.of(settings).find(shuffled)), "case " + c);
    }
  }

  private static List<String> signature(ReuseResult result) {
    return result.families().stream()
        .map(f -> f.id() + " " + f.label() + " " + ReuseFixtures.copies(f))
        .toList();
  }
}
