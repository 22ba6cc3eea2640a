package org.refrain.analysis.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.Span;

/**
 * Sentence boundaries in the genre: abbreviations, enumerators, quotes, recommendation lists and
 * web-page junk, then real paragraphs of the sample corpus with the sentences counted by reading
 * them.
 */
class SentenceSplitterTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.create();

  /** The sentences of {@code text}, after checking the spans keep the splitter's promise. */
  private static List<String> sentences(String text) {
    List<Span> spans = SPLITTER.split(text);
    AnnotateFixtures.assertSentenceSpans(text, spans, "'" + text + "'");
    return spans.stream().map(s -> s.in(text)).toList();
  }

  @Test
  void countryAbbreviationInsideASentenceDoesNotEndIt() {
    assertEquals(
        List.of("The 88 Project, U.S.A., and China Aid, U.S.A., signed the letter."),
        sentences("The 88 Project, U.S.A., and China Aid, U.S.A., signed the letter."));
    assertEquals(
        List.of("Groups from the U.S.A. and Japan signed the letter."),
        sentences("Groups from the U.S.A. and Japan signed the letter."));
  }

  @Test
  void countryAbbreviationCanEndASentence() {
    assertEquals(
        List.of("The 88 Project is based in the U.S.A.", "Others are based in Japan."),
        sentences("The 88 Project is based in the U.S.A. Others are based in Japan."));
  }

  @Test
  void academicTitleDoesNotEndASentence() {
    assertEquals(
        List.of("Yanghee Lee, Ph.D., signed the letter.", "She was Special Rapporteur."),
        sentences("Yanghee Lee, Ph.D., signed the letter. She was Special Rapporteur."));
    assertEquals(
        List.of("She holds a Ph.D. in international law."),
        sentences("She holds a Ph.D. in international law."));
  }

  @Test
  void titleBeforeANameDoesNotEndASentence() {
    assertEquals(
        List.of("We met Dr. Kim and Prof. Lee in Seoul.", "They agreed."),
        sentences("We met Dr. Kim and Prof. Lee in Seoul. They agreed."));
    // OpenNLP alone ends a sentence after "Prof.": the [join] list repairs it.
    assertEquals(
        List.of("We met Prof. Lee.", "He agreed."), sentences("We met Prof. Lee. He agreed."));
  }

  @Test
  void numberAbbreviationBeforeADigitDoesNotEndASentence() {
    // OpenNLP alone gives "... resolution No." | "5 on the matter." | "It passed.".
    assertEquals(
        List.of("The Council adopted resolution No. 5 on the matter.", "It passed."),
        sentences("The Council adopted resolution No. 5 on the matter. It passed."));
  }

  @Test
  void monthAbbreviationBeforeAYearDoesNotEndASentence() {
    assertEquals(
        List.of("In Nov. 2019 the government withdrew its co-sponsorship.", "It gave no reason."),
        sentences("In Nov. 2019 the government withdrew its co-sponsorship. It gave no reason."));
    assertEquals(
        List.of("We met on Jan. 23, 2020.", "On Jan. 24 they left."),
        sentences("We met on Jan. 23, 2020. On Jan. 24 they left."));
  }

  @Test
  void latinAbbreviationDoesNotEndASentence() {
    // OpenNLP alone gives "Some states, e.g." | "Japan, co-sponsored." | "Others did not.".
    assertEquals(
        List.of("Some states, e.g. Japan, co-sponsored.", "Others did not."),
        sentences("Some states, e.g. Japan, co-sponsored. Others did not."));
  }

  @Test
  void numberedRecommendationIsOneSentence() {
    String item =
        "1. Political prisoners and the death penalty: Close all political prison camps "
            + "(kwanliso) and release all political prisoners; respect the safeguards.";
    assertEquals(List.of(item), sentences(item));
    String spaced = "1.      Political prisoners and the death penalty: Close all camps.";
    assertEquals(List.of(spaced), sentences(spaced));
  }

  @Test
  void closingCurlyQuoteStaysWithItsSentence() {
    assertEquals(
        List.of(
            "It only noted that “the ROK government will continue efforts.”",
            "The ministry said nothing else."),
        sentences(
            "It only noted that “the ROK government will continue efforts.” "
                + "The ministry said nothing else."));
  }

  @Test
  void quotedAliasesInParenthesesDoNotEndASentence() {
    assertEquals(
        List.of(
            "We urge you to support the resolution on the Democratic People’s Republic of Korea "
                + "(“DPRK” or “North Korea”) at the 55th session.",
            "We believe it is critical."),
        sentences(
            "We urge you to support the resolution on the Democratic People’s Republic of Korea "
                + "(“DPRK” or “North Korea”) at the 55th session. We believe it is critical."));
  }

  @Test
  void semicolonSeparatedRecommendationsAreOneSentence() {
    String list =
        "Close all camps; release all political prisoners; respect the safeguards; publish "
            + "detailed statistics; and introduce a moratorium on executions.";
    assertEquals(List.of(list), sentences(list));
  }

  @Test
  void countryAbbreviationBeforeALowerCaseWordDoesNotEndASentence() {
    assertEquals(
        List.of("The report was released by the U.S. government in May."),
        sentences("The report was released by the U.S. government in May."));
  }

  @Test
  void trailingPunctuationJunkJoinsThePreviousSentence() {
    assertEquals(
        List.of("It should include the OHCHR Seoul office.  -."),
        sentences("It should include the OHCHR Seoul office.  -."));
    // OpenNLP alone gives "... office." | "-." | "Thank you ...".
    assertEquals(
        List.of("It should include the OHCHR Seoul office.  -.", "Thank you for your time."),
        sentences("It should include the OHCHR Seoul office.  -. Thank you for your time."));
  }

  @Test
  void parenthesisedLetterEnumeratorsStartSentences() {
    assertEquals(
        List.of("(a) Close camps.", "(b) Release prisoners."),
        sentences("(a) Close camps. (b) Release prisoners."));
  }

  @Test
  void bareLetterEnumeratorsStartSentences() {
    assertEquals(
        List.of("a) Close camps.", "b) Release prisoners."),
        sentences("a) Close camps. b) Release prisoners."));
  }

  @Test
  void blankTextHasNoSentences() {
    assertEquals(List.of(), sentences(""));
    assertEquals(List.of(), sentences("   \n\t  \n"));
  }

  @Test
  void surroundingWhiteSpaceIsTrimmedAndOffsetsPointIntoTheText() {
    String text = "  \n We urge you to act.   Thank you.\n ";
    List<Span> spans = SPLITTER.split(text);
    assertEquals(List.of(Span.of(4, 23), Span.of(26, 36)), spans);
  }

  /** Real paragraphs, copied from the sample corpus, and the opening of each sentence in them. */
  static Stream<Arguments> corpusParagraphs() {
    return Stream.of(
        Arguments.of(
            "2020-10-14_unga75-and-eu_joint-letters#1",
            "1. Political prisoners and the death penalty: Close all political prison camps "
                + "(kwanliso) and release all political prisoners; respect the safeguards "
                + "guaranteeing protection of the rights of those facing the death penalty, reduce "
                + "the offenses punishable by the death penalty, publish detailed statistics and "
                + "procedure regarding death sentence and executions, introduce a moratorium on "
                + "executions with a view to abolition;",
            List.of("1. Political prisoners")),
        Arguments.of(
            "2020-10-14_unga75-and-eu_joint-letters#2",
            "2.      Sexual violence: End the widespread prevalence of forced abortion upon "
                + "pregnant mothers repatriated from China and infanticide of their children to "
                + "preserve a “pure Korean race”; cease rape and denial of reproductive rights "
                + "enforced through punishment, forced abortion and infanticide in political prison "
                + "camps (kwanliso);",
            List.of("2.      Sexual violence")),
        Arguments.of(
            "2020-10-14_unga75-and-eu_joint-letters#1",
            "We further request the resolution to call upon states to observe the principle "
                + "of non-refoulement vis-à-vis North Korea especially for the protection of the "
                + "right not to be subjected to torture, enforced disappearance and arbitrary "
                + "deprivation of life, liberty and security of person; to investigate and "
                + "prosecute persons suspected of committing international crimes in North Korea "
                + "under the principle of aut dedere aut judicare; to request the High Commissioner "
                + "to increase the visibility of the work and findings by the OHCHR, including its "
                + "field-based structure in Seoul, by hiring public relations officer(s); and to "
                + "encourage the United Nations to facilitate standardization in documentation and "
                + "access to open sources.",
            List.of("We further request")),
        Arguments.of(
            "2020-02-21_hrc43_letter-to-president-moon#1",
            "The South Korean foreign ministry’s statement in November following the decision "
                + "not to sponsor a UNGA resolution was troublingly innocuous. It only noted that "
                + "“the ROK government will continue efforts to promote the human rights in the "
                + "DPRK through peace and prosperity on the Korean Peninsula.”",
            List.of("The South Korean foreign ministry’s", "It only noted that “the ROK")),
        Arguments.of(
            "2020-02-21_hrc43_letter-to-president-moon#1",
            "In our view, actual improvement of human rights cannot be accomplished just by "
                + "promoting peace, dialogue, or development projects.  Discussing North Korea’s "
                + "human rights record and pressuring the North Korean government to respect the "
                + "freedom and dignity of all people in North Korea and fulfil its obligations as a "
                + "member of the international community are necessary practical elements in "
                + "negotiations, whether on economic issues, security matters, cultural exchanges, "
                + "or any other matter. This is because human rights, development issues, and "
                + "weapons counter-proliferation efforts are all inextricably linked, as several "
                + "foreign policy experts, religious leaders, and human rights advocates have "
                + "pointed out. - Any long-term resolution of security issues on the Korean "
                + "peninsula will require addressing North Korea’s repressive rights record and "
                + "pressing the North Korean government to commit to fundamental and wide-ranging "
                + "reforms.",
            List.of(
                "In our view,", "Discussing North Korea’s", "This is because", "- Any long-term")),
        Arguments.of(
            "2020-02-21_hrc43_letter-to-president-moon#1",
            "We are aware that the North Korean government often reacts in a hostile manner "
                + "when confronted with criticism of its human rights record. But softening "
                + "pressure on the Kim Jong Un government is unlikely to improve human rights "
                + "conditions or resolve the security problem in the Korean peninsula. Dialogue and "
                + "public human rights criticism are not mutually exclusive. North Korea’s reaction "
                + "to the COI report proved how sensitive Kim Jong Un is to reporting on his "
                + "government’s human rights record, and how important it is to continue such "
                + "pressure to make him address human rights issues. By contrast, reducing "
                + "international pressure only reduces the political cost to North Korea of its "
                + "continuing horrific human rights record. Rectifying those abuses is the key to "
                + "reach long-lasting peace and prosperity.",
            List.of(
                "We are aware",
                "But softening",
                "Dialogue and public",
                "North Korea’s reaction",
                "By contrast,",
                "Rectifying those abuses")),
        Arguments.of(
            "2020-02-21_hrc43_letter-to-president-moon#1",
            "We urge you take corrective action and clarify what steps South Korea is taking "
                + "to support protecting human rights in North Korea. We urge you to sponsor this "
                + "year’s UN HRC resolution on North Korea in March, and re-join co-sponsoring "
                + "states at the UNGA resolution on North Korea in November. In your negotiations "
                + "with North Korean leader Kim Jong Un, we ask you to include discussions on human "
                + "rights issues and call on his government to expand cooperation with UN "
                + "mechanisms, including acknowledging the mandate of Tomas Ojea-Quintana, Special "
                + "Rapporteur on the situation of human rights in the DPRK, as well as that of the "
                + "OHCHR Seoul office.  -.",
            List.of("We urge you take", "We urge you to sponsor", "In your negotiations")),
        Arguments.of(
            "2022-03-24_hrc49_letter-to-president-moon#1",
            "The gravity of the human rights situation in North Korea is well recognized. The "
                + "UN Commission of Inquiry (COI) on human rights in the Democratic People’s "
                + "Republic of Korea investigated the ongoing systematic, widespread and gross "
                + "human rights violations in North Korea and found that the DPRK government has "
                + "committed crimes against humanity pursuant to the state policies, which include "
                + "“extermination, murder, enslavement, torture, imprisonment, rape, forced "
                + "abortions and other sexual violence, persecution on political, religious, racial "
                + "and gender grounds, the forcible transfer of populations, the enforced "
                + "disappearance of persons and the inhumane act of knowingly causing prolonged "
                + "starvation.” Following the COI’s findings, the UN Human Rights Council and "
                + "General Assembly regularly adopted resolutions strongly condemning North Korea’s "
                + "human rights violations and calling for strengthening accountability efforts and "
                + "mechanisms.",
            List.of("The gravity", "The UN Commission of Inquiry", "Following the COI’s")),
        Arguments.of(
            "2022-03-24_hrc49_letter-to-president-moon#1",
            "We note that the UN Human Rights Council, in its resolution 46/17 of March 23, "
                + "2021, and the UN General Assembly, in its resolution 76/177 of December 16, "
                + "2021, specifically expressed concern at the allegations of continued human "
                + "rights violations against South Korean unrepatriated prisoners of war and their "
                + "descendants, in addition to the previous calls to North Korea to resolve all "
                + "issues relating to all abductees, in particular the realization of the immediate "
                + "return of all South Korean abductees. These are issues which should be of "
                + "paramount concern to your government.",
            List.of("We note that", "These are issues")),
        Arguments.of(
            "2024-03-18_hrc55_letter-to-permanent-representatives#1",
            "We, the undersigned civil society groups urge your government to support the "
                + "proposed resolution on the situation of human rights in the Democratic People’s "
                + "Republic of Korea (“DPRK” or “North Korea”) at the 55th session of the Human "
                + "Rights Council. We believe that it is critical for the international community "
                + "to support this resolution, which calls for an update to the 2014 Commission of "
                + "Inquiry’s (“COI”) report on North Korea and renews the mandate of the United "
                + "Nations Special Rapporteur on the human rights situation in North Korea.",
            List.of("We, the undersigned", "We believe that")),
        Arguments.of(
            "2024-03-18_hrc55_letter-to-permanent-representatives#1",
            "Unfortunately, in the decade since the COI report’s publication in 2014, there "
                + "has been a continued decline in human rights in North Korea, particularly "
                + "regarding freedom of movement and expression. On January 23, 2020, North Korea "
                + "shut its borders in response to COVID-19. The North Korean government "
                + "implemented a standing “shoot on sight” order at the northern border, leading to "
                + "record low numbers of escapees reaching South Korea. During this period, the "
                + "government also imposed harsh punishments for consuming and distributing foreign "
                + "media. Unfortunately, detailed reporting about the situation on the ground is "
                + "difficult to obtain. While the Special Rapporteur plays an indispensable role "
                + "for the international community by providing annual reports on the situation in "
                + "North Korea, we believe it is imperative for the United Nations to produce a "
                + "comprehensive document that examines the overall human rights situation in the "
                + "country in the period since 2014, including after Kim Jong Un assumed "
                + "leadership.",
            List.of(
                "Unfortunately, in the decade",
                "On January 23, 2020,",
                "The North Korean government implemented",
                "During this period,",
                "Unfortunately, detailed reporting",
                "While the Special Rapporteur")),
        Arguments.of(
            "2020-03-03_press-release_coalition-urges-president-moon#1",
            "President Moon Jae-in and his government should stop appeasing Kim Jong Un with "
                + "the unfounded expectation that it will induce him to engage in dialogue, said "
                + "Eun-Kyoung Kwon, secretary general of ICNK. Reducing the pressure on North Korea "
                + "is a betrayal of the long-suffering North Korean people. The South Korean "
                + "government needs to re-commit to promoting and protecting those most at risk in "
                + "North Korea.",
            List.of(
                "President Moon Jae-in and his",
                "Reducing the pressure",
                "The South Korean government needs")));
  }

  @ParameterizedTest(name = "{index}: {0} ({2})")
  @MethodSource("corpusParagraphs")
  void realParagraphsSplitAsTheyRead(String letterId, String paragraph, List<String> openings) {
    List<String> sentences = sentences(paragraph);
    assertEquals(openings.size(), sentences.size(), "sentences: " + sentences);
    for (int i = 0; i < openings.size(); i++) {
      assertTrue(
          sentences.get(i).startsWith(openings.get(i)),
          "sentence " + i + " should open '" + openings.get(i) + "': " + sentences.get(i));
    }
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("corpusParagraphs")
  void copiedParagraphsAreRealParagraphsOfTheirLetter(
      String letterId, String paragraph, List<String> openings) {
    Letter letter = AnnotateFixtures.bundled(letterId);
    assertTrue(
        letter.paragraphs().stream().map(Paragraph::text).anyMatch(paragraph::equals),
        "not a paragraph of " + letterId + ": " + paragraph);
  }

  @Test
  void everyParagraphOfTheSampleCorpusSplitsIntoWellFormedSpans() {
    int sentences = 0;
    for (Letter letter : AnnotateFixtures.bundled()) {
      for (Paragraph p : letter.paragraphs()) {
        List<Span> spans = SPLITTER.split(p.text());
        AnnotateFixtures.assertSentenceSpans(p.text(), spans, letter.id());
        assertTrue(!spans.isEmpty(), letter.id() + ": no sentence in '" + p.text() + "'");
        sentences += spans.size();
      }
    }
    assertEquals(128, sentences);
  }

  @Test
  void aFootnoteMarkerAfterTheFullStopEndsTheSentenceWithIt() {
    assertEquals(
        List.of(
            "States committed themselves to non-proliferation.1",
            "The treaty has near-universal support.²",
            "It entered into force in 1970.[3]",
            "We ask you to act."),
        sentences(
            "States committed themselves to non-proliferation.1 The treaty has near-universal"
                + " support.² It entered into force in 1970.[3] We ask you to act."));
  }
}
