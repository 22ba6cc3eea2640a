package org.refrain.reports.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.demand.AskCue;
import org.refrain.analysis.demand.AskReason;
import org.refrain.analysis.demand.DemandHit;
import org.refrain.analysis.demand.DemandResult;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.Evidence;
import org.refrain.analysis.demand.LetterDemands;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.analysis.demand.Voice;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.Span;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.reports.TestLetters;

/** Each story a demand finding tells, on letters and tags of my own making. */
class DemandFindingsTest {

  private static final Taxonomy TAXONOMY = Taxonomy.bundled();

  /** 300 words, so two letters make a period long enough to compare. */
  private static final String WORDS = "word ".repeat(300).strip();

  private static Letter letter(String name, String iso) {
    return TestLetters.builder(name + ".txt", 1)
        .kind(LetterKind.LETTER)
        .paragraph(WORDS)
        .date(
            new LetterDate(
                LocalDate.parse(iso), LetterDate.Precision.DAY, LetterDate.Source.STATED, iso))
        .build();
  }

  private static Evidence evidence(boolean ask) {
    AskCue cue = ask ? new AskCue(AskReason.DIRECTIVE, Voice.WE, Span.of(0, 8), "we urge") : null;
    return new Evidence(
        0,
        Span.of(0, 40),
        "We urge you to stop it.",
        cue,
        List.of(new DemandHit("p", Span.of(0, 4))));
  }

  /** Letters in date order, each with its demands: id to true for an ask, false for a mention. */
  private static DemandResult result(List<Letter> letters, List<Map<String, Boolean>> held) {
    List<LetterDemands> rows = new ArrayList<>();
    for (int i = 0; i < letters.size(); i++) {
      Letter l = letters.get(i);
      List<DemandTag> tags = new ArrayList<>();
      held.get(i)
          .forEach(
              (id, ask) ->
                  tags.add(
                      new DemandTag(l, TAXONOMY.demand(id).orElseThrow(), List.of(evidence(ask)))));
      rows.add(new LetterDemands(l, tags));
    }
    return new DemandResult(TAXONOMY, rows);
  }

  private static final Letter FEB = letter("a", "2020-02-01");
  private static final Letter OCT1 = letter("b", "2020-10-14");
  private static final Letter OCT2 = letter("c", "2020-10-20");
  private static final Letter Y22 = letter("d", "2022-03-01");
  private static final Letter Y24 = letter("e", "2024-03-01");
  private static final List<Letter> ALL = List.of(FEB, OCT1, OCT2, Y22, Y24);
  private static final Periods PERIODS =
      new Periods("2020", List.of(FEB, OCT1, OCT2), "2022–2024", List.of(Y22, Y24), "rule");

  private static List<String> sentences(List<Map<String, Boolean>> held) {
    return DemandFindings.of(result(ALL, held), PERIODS).stream().map(Finding::sentence).toList();
  }

  @Test
  void aDemandNoLaterLetterHoldsIsDropped() {
    List<String> s =
        sentences(
            List.of(
                Map.of("non-refoulement", false),
                Map.of("non-refoulement", true),
                Map.of("non-refoulement", true),
                Map.of(),
                Map.of()));
    assertEquals(
        List.of(
            "The demand \"Non-refoulement and forced repatriation\", asked for in both October 2020"
                + " letters, is absent from the 2022 and 2024 letters."),
        s);
  }

  @Test
  void demandsDroppedByTheSameLettersAreOneSentence() {
    List<String> s =
        sentences(
            List.of(
                Map.of(),
                Map.of("non-refoulement", true, "death-penalty", true),
                Map.of("non-refoulement", true, "death-penalty", true),
                Map.of(),
                Map.of()));
    assertEquals(1, s.size(), s.toString());
    assertTrue(
        s.get(0).startsWith("Two demands asked for in both October 2020 letters are absent"),
        s.get(0));
  }

  @Test
  void aDemandInEveryLetterSinceItFirstAppearedIsAdded() {
    List<String> s =
        sentences(
            List.of(
                Map.of(),
                Map.of(),
                Map.of("forced-labour", false),
                Map.of("forced-labour", true),
                Map.of("forced-labour", false)));
    assertEquals(
        List.of(
            "The demand \"Forced labour\", absent from both 2020 letters, first appears in the"
                + " 2020-10-20 letter and is in every letter since (3)."),
        s);
  }

  @Test
  void otherwiseALargeChangeInShareIsGivenAsBothShares() {
    List<String> s =
        sentences(
            List.of(
                Map.of(),
                Map.of("abductions", false),
                Map.of(),
                Map.of("abductions", true),
                Map.of("abductions", true)));
    assertEquals(
        List.of(
            "The demand \"Abductions, detainees and prisoners of war\" is in 1 of 3 letters of 2020"
                + " and 2 of 2 letters of 2022–2024."),
        s);
  }

  @Test
  void noShareIsComparedBetweenPeriodsTooSmallToCompare() {
    Periods small = new Periods("2020", List.of(FEB), "2022", List.of(Y22), "rule");
    List<Letter> two = List.of(FEB, Y22);
    assertEquals(
        List.of(),
        DemandFindings.of(result(two, List.of(Map.of(), Map.of("abductions", true))), small));
  }

  @Test
  void aSteadyDemandIsNoFinding() {
    assertEquals(
        List.of(),
        sentences(
            List.of(
                Map.of("accountability", true),
                Map.of("accountability", true),
                Map.of("accountability", false),
                Map.of("accountability", true),
                Map.of("accountability", true))));
    assertEquals(
        List.of(),
        DemandFindings.of(
            result(ALL, List.of(Map.of(), Map.of(), Map.of(), Map.of(), Map.of())), null));
  }
}
