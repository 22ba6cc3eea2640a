package org.refrain.corpus.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.clean.Line;

/** Parses the real signatory blocks of the sample corpus against a human count of each. */
class SampleLettersTest {

  private final SignatoryListParser parser = SignatoryListParser.create();

  private SignatoryList parse(SampleBlock block) {
    return parser.parse(block.file(), block.lines(TestLines.sample(block.file())));
  }

  private static void assertCounts(SampleBlock block, SignatoryList list) {
    String where = block.file() + ":" + block.from() + "-" + block.to();
    assertEquals(block.organizations(), list.count(SignatoryKind.ORGANIZATION), where);
    assertEquals(block.persons(), list.count(SignatoryKind.PERSON), where);
    assertEquals(List.of(), list.diagnostics(), where);
  }

  @Test
  void hrc49WebTableCopy() {
    SampleBlock block = SampleBlock.ALL.get(0);
    SignatoryList list = parse(block);
    assertCounts(block, list);
    assertEquals(
        "O|International Federation for Human Rights|FIDH|||",
        TestLines.render(list.mentions().get(7)));
  }

  @Test
  void hrc49AlternatingCopy() {
    SampleBlock block = SampleBlock.ALL.get(1);
    SignatoryList list = parse(block);
    assertCounts(block, list);
    assertEquals("O|HanVoice||Canada||", TestLines.render(list.mentions().get(8)));
  }

  @Test
  void unga75GluedLetter() {
    SampleBlock block = SampleBlock.ALL.get(2);
    SignatoryList list = parse(block);
    assertCounts(block, list);
    assertEquals(5, countries(list).size());
  }

  @Test
  void eu75AlternatingLetter() {
    SampleBlock block = SampleBlock.ALL.get(3);
    SignatoryList list = parse(block);
    assertCounts(block, list);
    assertEquals(
        Set.of("South Korea", "United Kingdom", "Philippines", "United States", "Canada"),
        countries(list));
  }

  @Test
  void hrc55SlashDescriptions() {
    SampleBlock block = SampleBlock.ALL.get(4);
    SignatoryList list = parse(block);
    assertCounts(block, list);
    long personEntries =
        list.mentions().stream()
            .filter(m -> m.kind() == SignatoryKind.PERSON)
            .map(SignatoryMention::span)
            .distinct()
            .count();
    assertEquals(8, personEntries);
  }

  @Test
  void hrc43NameCommaCountry() {
    SampleBlock block = SampleBlock.ALL.get(5);
    assertCounts(block, parse(block));
  }

  @Test
  void pressReleaseNameInParentheses() {
    SampleBlock block = SampleBlock.ALL.get(6);
    assertCounts(block, parse(block));
  }

  /** The list splitter passes non-blank lines only; counts must not depend on blank lines. */
  @Test
  void countsHoldWithoutBlankLines() {
    for (SampleBlock block : SampleBlock.ALL) {
      List<Line> nonBlank =
          block.lines(TestLines.sample(block.file())).stream()
              .filter(line -> !line.isBlank())
              .toList();
      assertCounts(block, parser.parse(block.file(), nonBlank));
    }
  }

  private static Set<String> countries(SignatoryList list) {
    return list.mentions().stream()
        .map(SignatoryMention::country)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }
}
