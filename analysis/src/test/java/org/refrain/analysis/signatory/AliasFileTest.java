package org.refrain.analysis.signatory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.analysis.HandLetters;
import org.refrain.analysis.SampleLetters;
import org.refrain.corpus.Letter;

class AliasFileTest {

  @TempDir Path dir;

  private static List<AliasRule> parse(String text) throws AliasFileException {
    return AliasFile.parse(new StringReader(text), "aliases.csv");
  }

  private static AliasFileException failure(String text) {
    AliasFileException e = assertThrows(AliasFileException.class, () -> parse(text));
    assertFalse(e.getMessage().contains("\n"), "not one line: " + e.getMessage());
    return e;
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("aliases.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  // ------------------------------------------------------------------ parsing

  @Test
  void sameLinesWithAndWithoutHeader() throws Exception {
    List<AliasRule> expected =
        List.of(
            new AliasRule("aliases.csv:2", "CSW", "Christian Solidarity Worldwide", true),
            new AliasRule("aliases.csv:3", "HanVoice", "Han Voice", true));
    assertEquals(
        expected,
        parse(
            "alias,canonical,relation\n"
                + "CSW,Christian Solidarity Worldwide\n"
                + "HanVoice , Han Voice , same\n"));
    List<AliasRule> noHeader =
        parse("CSW,Christian Solidarity Worldwide\nHanVoice,Han Voice,alias\n");
    assertEquals(2, noHeader.size());
    assertEquals("aliases.csv:1", noHeader.get(0).source());
    assertEquals(expected.get(1).alias(), noHeader.get(1).alias());
    assertTrue(noHeader.get(1).same());
  }

  @Test
  void aHeaderIsOnlyTheFirstRecord() throws Exception {
    List<AliasRule> rules = parse("CSW,Christian Solidarity Worldwide\nalias,canonical\n");
    assertEquals(2, rules.size());
    assertEquals("alias", rules.get(1).alias());
  }

  @Test
  void commentsAndBlankLinesAreSkippedAndLinesCounted() throws Exception {
    List<AliasRule> rules =
        parse(
            "# my aliases\n\nCSW,Christian Solidarity Worldwide\n# done\n\nLiNK,Liberty in North Korea\n");
    assertEquals(2, rules.size());
    assertEquals("aliases.csv:3", rules.get(0).source());
    assertEquals("aliases.csv:6", rules.get(1).source());
  }

  @Test
  void quotedNamesMayHoldCommas() throws Exception {
    List<AliasRule> rules =
        parse("\"Balay Mindanaw, Inc.\",\"Balay Alternative Legal Advocates, Inc.\"\n");
    assertEquals("Balay Mindanaw, Inc.", rules.get(0).alias());
    assertEquals("Balay Alternative Legal Advocates, Inc.", rules.get(0).canonical());
  }

  @Test
  void notTheSameLinesInAnyCase() throws Exception {
    List<AliasRule> rules =
        parse(
            "No Chain,No Fence,not the same\n"
                + "ICC,International Criminal Court,Different\n"
                + "A Group,B Group,NOT SAME\n"
                + "C Group,D Group,distinct\n");
    assertEquals(4, rules.size());
    rules.forEach(r -> assertFalse(r.same(), r.toString()));
    assertEquals("No Fence", rules.get(0).canonical());
  }

  @Test
  void anUnknownRelationNamesFileAndLine() {
    AliasFileException e = failure("alias,canonical,relation\nNo Chain,No Fence,maybe\n");
    assertEquals(
        "aliases.csv:2: unknown relation 'maybe' (use 'same' or 'not the same')", e.getMessage());
  }

  @Test
  void anUnknownRelationOnTheLastLineWithoutNewlineNamesThatLine() {
    AliasFileException e = failure("CSW,Christian Solidarity Worldwide\nNo Chain,No Fence,maybe");
    assertTrue(e.getMessage().startsWith("aliases.csv:2: "), e.getMessage());
  }

  @Test
  void oneFieldIsAnError() {
    AliasFileException e = failure("CSW,Christian Solidarity Worldwide\nJust One Name\n");
    assertEquals(
        "aliases.csv:2: expected alias,canonical or name,other,not the same; found 1 field",
        e.getMessage());
  }

  @Test
  void fourFieldsAreAnError() {
    AliasFileException e = failure("a,b,same,extra\n");
    assertTrue(e.getMessage().startsWith("aliases.csv:1: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("found 4 fields"), e.getMessage());
  }

  @Test
  void anEmptyNameIsAnError() {
    AliasFileException e = failure("CSW,\n");
    assertEquals("aliases.csv:1: a name is empty", e.getMessage());
    assertEquals("aliases.csv:1: a name is empty", failure(" , Han Voice\n").getMessage());
  }

  @Test
  void anUnclosedQuoteIsAnErrorOnOneLine() {
    AliasFileException e = failure("\"CSW,Christian Solidarity Worldwide\nHanVoice,Han Voice\n");
    assertTrue(e.getMessage().startsWith("aliases.csv: "), e.getMessage());
  }

  @Test
  void anEmptyFileHasNoRules() throws Exception {
    assertEquals(List.of(), parse(""));
    assertEquals(List.of(), parse("# nothing yet\n\n"));
    assertEquals(List.of(), parse("alias,canonical,relation\n"));
  }

  @Test
  void readsAFile() throws Exception {
    Path file = write("alias,canonical\nTomás Ojea Quintana,Tomas Ojea Quintana\n");
    List<AliasRule> rules = AliasFile.read(file);
    assertEquals(
        List.of(new AliasRule(file + ":2", "Tomás Ojea Quintana", "Tomas Ojea Quintana", true)),
        rules);
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
    Path file = write("\uFEFFalias,canonical,relation\nCSW,Christian Solidarity Worldwide\n");
    List<AliasRule> rules = AliasFile.read(file);
    assertEquals(1, rules.size(), rules.toString());
    assertEquals("CSW", rules.get(0).alias());
  }

  @Test
  void aMissingFile() {
    Path missing = dir.resolve("none.csv");
    AliasFileException e = assertThrows(AliasFileException.class, () -> AliasFile.read(missing));
    assertEquals(missing + ": no such file", e.getMessage());
  }

  @Test
  void aDirectory() {
    AliasFileException e = assertThrows(AliasFileException.class, () -> AliasFile.read(dir));
    assertEquals(dir + ": is a directory, not an alias file", e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(
        file,
        "Tom\u00e1s Ojea Quintana,Tomas Ojea Quintana\n".getBytes(StandardCharsets.ISO_8859_1));
    AliasFileException e = assertThrows(AliasFileException.class, () -> AliasFile.read(file));
    assertEquals(file + ": not UTF-8 text", e.getMessage());
  }

  @Test
  void aMalformedLineInAFileNamesTheFile() throws IOException {
    Path file = write("CSW,Christian Solidarity Worldwide,perhaps\n");
    AliasFileException e = assertThrows(AliasFileException.class, () -> AliasFile.read(file));
    assertTrue(e.getMessage().startsWith(file + ":1: unknown relation 'perhaps'"), e.getMessage());
  }

  @Test
  void aRuleNeedsTwoNames() {
    assertThrows(IllegalArgumentException.class, () -> new AliasRule("x:1", " ", "B", true));
    assertThrows(NullPointerException.class, () -> new AliasRule("x:1", "A", null, true));
  }

  // ------------------------------------------------------------------ effect on resolution

  private static final String HHRI = "Health and Human Rights Info";
  private static final String MHHRI = "Mental Health and Human Rights Info";

  private static SignatoryResolution resolve(String aliases) throws AliasFileException {
    return SignatoryResolver.withAliases(parse(aliases)).resolve(SampleLetters.letters());
  }

  private static SignatoryEntity entityWriting(SignatoryResolution r, String name) {
    List<SignatoryEntity> found =
        r.entities().stream().filter(e -> e.aliases().contains(name)).toList();
    assertEquals(1, found.size(), name + ": " + found.stream().map(SignatoryEntity::id).toList());
    return found.get(0);
  }

  @Test
  void withoutAliasesTheTwoHealthBodiesAreApart() {
    SignatoryResolution r = SignatoryResolver.create().resolve(SampleLetters.letters());
    assertNotEquals(entityWriting(r, HHRI), entityWriting(r, MHHRI));
  }

  @Test
  void aSameLineMergesAndNamesTheEntity() throws Exception {
    SignatoryResolution r = resolve(HHRI + "," + MHHRI + "\n");
    SignatoryEntity e = entityWriting(r, HHRI);
    assertSame(e, entityWriting(r, MHHRI));
    assertEquals(MHHRI, e.name());
    assertEquals("mental-health-and-human-rights-info", e.id());
    Merge merge =
        e.merges().stream()
            .filter(m -> m.match().rule() == MatchRule.USER_ALIAS)
            .findFirst()
            .orElseThrow();
    assertEquals(1.0, merge.match().score());
    assertTrue(merge.match().detail().contains("aliases.csv:1"), merge.match().detail());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    // The pair no longer waits for review as two entities.
    assertTrue(
        r.review().stream()
            .filter(p -> p.a().equals(HHRI) || p.b().equals(HHRI))
            .allMatch(p -> p.entityA().equals(p.entityB())),
        r.review().toString());
    SignatoryResolverTest.checkInvariants(SampleLetters.letters(), r);
  }

  @Test
  void theCanonicalNameNamesTheEntityEvenIfNoLetterWritesIt() throws Exception {
    SignatoryResolution r = resolve("Human Rights Watch,HRW Global\n");
    SignatoryEntity hrw = entityWriting(r, "Human Rights Watch");
    assertEquals("HRW Global", hrw.name());
    assertEquals("hrw-global", hrw.id());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
  }

  @Test
  void aNotTheSameLineKeepsAMergedSpellingApart() throws Exception {
    String cristian = "Cristian Solidarity Worldwide";
    String christian = "Christian Solidarity Worldwide";
    SignatoryResolution plain = SignatoryResolver.create().resolve(SampleLetters.letters());
    assertSame(entityWriting(plain, cristian), entityWriting(plain, christian));

    SignatoryResolution r = resolve(cristian + "," + christian + ",not the same\n");
    SignatoryEntity a = entityWriting(r, cristian);
    SignatoryEntity b = entityWriting(r, christian);
    assertNotEquals(a, b);
    ReviewPair pair =
        r.review().stream()
            .filter(p -> p.outcome() == ReviewPair.Outcome.USER_SEPARATE)
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.review().toString()));
    assertEquals(java.util.Set.of(cristian, christian), java.util.Set.of(pair.a(), pair.b()));
    assertEquals(
        java.util.Set.of(a.id(), b.id()), java.util.Set.of(pair.entityA(), pair.entityB()));
    assertEquals(MatchRule.TYPO, pair.match().rule());
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    SignatoryResolverTest.checkInvariants(SampleLetters.letters(), r);
  }

  @Test
  void aNotTheSameLineHoldsThroughAThirdSpelling() throws Exception {
    // "Cristian" is kept from "Christian"; "CSW" joins "Christian" by acronym but not "Cristian".
    List<Letter> letters =
        List.of(
            HandLetters.letter("a#1")
                .date("2021-01-01")
                .org("Christian Solidarity Worldwide", "CSW", null)
                .build(),
            HandLetters.letter("b#1")
                .date("2021-02-01")
                .org("Cristian Solidarity Worldwide", "CSW", null)
                .build(),
            HandLetters.letter("c#1").date("2021-03-01").org("CSW").build());
    SignatoryResolution r =
        SignatoryResolver.withAliases(
                parse(
                    "Cristian Solidarity Worldwide,Christian Solidarity Worldwide,not the same\n"))
            .resolve(letters);
    SignatoryResolverTest.checkInvariants(letters, r);
    assertNotEquals(r.entityOf("a#1", 0), r.entityOf("b#1", 0));
    assertEquals(2, r.entities().size(), SignatoryResolverTest.render(r));
  }

  @Test
  void aPersonAliasMatchesNamePartsInAnyOrder() throws Exception {
    SignatoryResolution r = resolve("Yang-Hee Lee,Yanghee Lee,not the same\n");
    assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    assertNotEquals(entityWriting(r, "Lee Yang-Hee"), entityWriting(r, "Yanghee Lee"));
  }

  @Test
  void anAcronymDoesNotFindTheNamesGivenWithIt() throws Exception {
    // Two bodies may share an acronym ("ICC"): a line must name what a letter writes.
    SignatoryResolution r = resolve("CSW,Christian Solidarity Worldwide International\n");
    SignatoryEntity csw = entityWriting(r, "Christian Solidarity Worldwide");
    assertEquals("Christian Solidarity Worldwide", csw.name());
    assertEquals(List.of("aliases.csv:1: 'CSW' names no signatory in these letters"), r.warnings());
  }

  @Test
  void contradictoryLinesAreWarnings() throws Exception {
    SignatoryResolution r =
        resolve(
            "Health and Human Rights Info,Mental Health and Human Rights Info\n"
                + "Health and Human Rights Info,Mental Health and Human Rights Info,not the same\n"
                + "Human Rights Watch,Human Rights Watch,not the same\n");
    assertEquals(
        List.of(
            "aliases.csv:3: 'not the same' has no effect: the names are written alike",
            "aliases.csv:2: 'not the same' has no effect: a 'same' line joins the names"),
        r.warnings());
  }

  @Test
  void aLineNamingNoSignatoryIsAWarning() throws Exception {
    SignatoryResolution plain = SignatoryResolver.create().resolve(SampleLetters.letters());
    SignatoryResolution r =
        resolve("# header comment\nNobody Foundation,Nobody At All Foundation\n");
    assertEquals(
        List.of("aliases.csv:2: 'Nobody Foundation' names no signatory in these letters"),
        r.warnings());
    assertEquals(
        SignatoryResolverTest.render(plain),
        SignatoryResolverTest.render(r).replaceAll("(?m)^warning .*\\n", ""));
  }

  @Test
  void aNotTheSameLineWithOneUnknownNameIsAWarning() throws Exception {
    SignatoryResolution r = resolve("Human Rights Watch,Nobody Watch,not the same\n");
    assertEquals(1, r.warnings().size(), r.warnings().toString());
    assertTrue(r.warnings().get(0).startsWith("aliases.csv:1: "), r.warnings().get(0));
    assertTrue(r.warnings().get(0).contains("Nobody Watch"), r.warnings().get(0));
  }

  @Test
  void aliasesGiveTheSameResultInAnyOrder() throws Exception {
    SignatoryResolver resolver =
        SignatoryResolver.withAliases(
            parse(
                HHRI
                    + ","
                    + MHHRI
                    + "\n"
                    + "Cristian Solidarity Worldwide,Christian Solidarity Worldwide,not the same\n"));
    List<Letter> letters = new java.util.ArrayList<>(SampleLetters.letters());
    String expected = SignatoryResolverTest.render(resolver.resolve(letters));
    java.util.Collections.shuffle(letters, new java.util.Random(42));
    assertEquals(expected, SignatoryResolverTest.render(resolver.resolve(letters)));
  }

  @Test
  void noAliasesIsTheSameAsCreate() {
    assertEquals(
        SignatoryResolverTest.render(SignatoryResolver.create().resolve(SampleLetters.letters())),
        SignatoryResolverTest.render(
            SignatoryResolver.withAliases(List.of()).resolve(SampleLetters.letters())));
    assertThrows(NullPointerException.class, () -> SignatoryResolver.withAliases(null));
  }
}
