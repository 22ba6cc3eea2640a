package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading taxonomy files through {@link Taxonomy#load}: a file of its own, one extending the
 * bundled taxonomy, every error as a one-line {@link TaxonomyException} naming the file and the
 * field, and what the bundled taxonomy promises.
 */
class TaxonomyReaderTest {

  private static final String ASKS = "asks:\n  obligations: [should]\n";
  private static final String FOOD = "  - id: food\n    label: Food\n    patterns: [food]\n";

  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("mine.yaml"), yaml);
  }

  private Taxonomy load(String yaml) throws IOException {
    return Taxonomy.load(write(yaml));
  }

  /** Asserts that {@code yaml} fails with a one-line message naming the file and {@code parts}. */
  private void assertFails(String yaml, String... parts) throws IOException {
    Path file = write(yaml);
    TaxonomyException e = assertThrows(TaxonomyException.class, () -> Taxonomy.load(file));
    String message = e.getMessage();
    assertTrue(message.startsWith(file + ": "), "names the file: " + message);
    assertEquals(1, message.lines().count(), "one line: " + message);
    for (String part : parts) {
      assertTrue(message.contains(part), "'" + message + "' lacks '" + part + "'");
    }
  }

  @Test
  void aMinimalFileIsATaxonomyOfItsOwn() throws IOException {
    Taxonomy taxonomy =
        load(
            "asks:\n  obligations: [should, must]\n  imperatives: [release]\n"
                + "demands:\n"
                + "  - id: food\n    label: Food\n    description: Hunger.\n"
                + "    patterns: [food, {phrase: right to food}, {regex: \"famin(e|es)\"}]\n"
                + "    exclude: [food ...2 bank]\n"
                + "    examples: [\"Food is scarce.\", {text: \"Provide food.\", strength: ask}]\n"
                + "    counterexamples: [\"Water is scarce.\"]\n");
    assertEquals(dir.resolve("mine.yaml").toString(), taxonomy.source());
    assertEquals(List.of("food"), taxonomy.ids());
    Demand food = taxonomy.demand("food").orElseThrow();
    assertEquals("Food", food.label());
    assertEquals("Hunger.", food.description());
    assertEquals(
        List.of("food", "phrase: right to food", "regex: famin(e|es)"),
        food.patterns().stream().map(DemandPattern::source).toList());
    assertInstanceOf(RegexPattern.class, food.patterns().get(2));
    assertEquals(
        List.of("food ...2 bank"), food.exclusions().stream().map(Object::toString).toList());
    assertEquals(
        List.of(
            new DemandExample("Food is scarce.", true, null),
            new DemandExample("Provide food.", true, Strength.ASK),
            new DemandExample("Water is scarce.", false, null)),
        food.examples());
    assertEquals(2, taxonomy.asks().obligations().size());
    assertEquals("phrase: release", taxonomy.asks().imperatives().get(0).source());
    assertTrue(taxonomy.asks().necessities().isEmpty(), "a list not given is empty");
  }

  @Test
  void extendingKeepsReplacesAddsAndRemovesBundledDemands() throws IOException {
    Taxonomy bundled = Taxonomy.bundled();
    Taxonomy mine =
        load(
            "extends: bundled\n"
                + "remove: [death-penalty]\n"
                + "demands:\n"
                + "  - id: right-to-food\n    label: Food only\n    patterns: [bread]\n"
                + "  - id: rice\n    label: Rice\n    patterns: [rice]\n");
    List<String> expected =
        bundled.ids().stream().filter(id -> !id.equals("death-penalty")).toList();
    assertEquals(expected, mine.ids().subList(0, mine.ids().size() - 1), "order kept, in place");
    assertEquals("rice", mine.ids().get(mine.ids().size() - 1), "a new demand comes last");
    assertEquals("Food only", mine.demand("right-to-food").orElseThrow().label());
    assertEquals(
        List.of("bread"),
        mine.demand("right-to-food").orElseThrow().patterns().stream()
            .map(DemandPattern::source)
            .toList());
    assertSame(
        bundled.demand("political-prisons").orElseThrow(),
        mine.demand("political-prisons").orElseThrow());
    assertFalse(mine.demand("death-penalty").isPresent());
    assertSame(bundled.asks(), mine.asks(), "no asks given: the bundled cues");
  }

  @Test
  void extendingReplacesOnlyTheAskListsGiven() throws IOException {
    Taxonomy mine = load("extends: bundled\nasks: {obligations: [ought]}\n");
    AskCues bundled = Taxonomy.bundled().asks();
    assertNotSame(bundled, mine.asks());
    assertEquals(
        List.of("ought"), mine.asks().obligations().stream().map(Object::toString).toList());
    assertEquals(bundled.necessities(), mine.asks().necessities());
    assertEquals(bundled.imperatives(), mine.asks().imperatives());
    assertEquals(Taxonomy.bundled().ids(), mine.ids());
  }

  @Test
  void eachErrorNamesTheFileAndTheField() throws IOException {
    assertFails(ASKS + "demand:\n" + FOOD, "the top level", "unknown key 'demand'");
    assertFails(
        "asks:\n  directives: [urge]\ndemands:\n" + FOOD,
        "asks: 'directives' is no longer read here",
        "request-verbs.tsv");
    assertFails(
        ASKS + "demands:\n  - id: food\n    label: Food\n    pattern: [food]\n",
        "demand 'food'",
        "unknown key 'pattern'");
    assertFails(ASKS + "demands:\n  - id: food\n    patterns: [food]\n", "'food'", "'label'");
    assertFails(ASKS + "demands:\n  - id: food\n    label: Food\n", "'food'", "patterns: missing");
    assertFails(
        ASKS + "demands:\n  - id: food\n    label: Food\n    patterns: [\"... food\"]\n",
        "'food'",
        "patterns",
        "'... food'",
        "gap");
    assertFails(
        ASKS + "demands:\n  - id: food\n    label: Food\n    patterns: [{regex: \"foo(\"}]\n",
        "'food'",
        "patterns",
        "regex 'foo('",
        "not a regular expression");
    assertFails(
        ASKS + "demands:\n  - id: food\n    label: Food\n    patterns: [{regex: \"x*\"}]\n",
        "'food'",
        "regex 'x*'",
        "matches empty text");
    assertFails(
        ASKS + "demands:\n" + FOOD + "    examples: [{text: Food now., strength: strong}]\n",
        "'food'",
        "example",
        "strength",
        "'strong'");
    assertFails(ASKS + "demands:\n" + FOOD + FOOD, "'food'", "defined twice");
    assertFails("remove: [food]\n" + ASKS + "demands:\n" + FOOD, "'remove'", "extends: bundled");
    assertFails(
        "extends: bundled\nremove: [nothing-here]\n", "'remove'", "no bundled demand", "nothing");
    assertFails("extends: mine\n", "'extends'", "'mine'");
    assertFails(ASKS + "demands:\n  - id: Food Now\n    label: F\n    patterns: [f]\n", "Food Now");
    assertFails("demands:\n" + FOOD, "missing 'asks'");
  }

  @Test
  void textThatIsNotYamlOrNotAMappingIsAnError() throws IOException {
    assertFails("demands: [unclosed, \n  - : :\n", "not valid YAML", "line 1");
    assertFails("just some words\n", "expected a mapping");
    assertFails("", "expected a mapping");
  }

  @Test
  void aFileThatCannotBeReadIsAnError() throws IOException {
    Path missing = dir.resolve("missing.yaml");
    TaxonomyException e = assertThrows(TaxonomyException.class, () -> Taxonomy.load(missing));
    assertEquals(missing + ": cannot read taxonomy: no such file", e.getMessage());
    e = assertThrows(TaxonomyException.class, () -> Taxonomy.load(dir));
    assertEquals(dir + ": cannot read taxonomy: is a directory", e.getMessage());
    Path latin1 = Files.write(dir.resolve("latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xe9});
    e = assertThrows(TaxonomyException.class, () -> Taxonomy.load(latin1));
    assertEquals(latin1 + ": cannot read taxonomy: not UTF-8 text", e.getMessage());
  }

  @Test
  void anExampleWithoutTextIsATaxonomyError() throws IOException {
    assertFails(ASKS + "demands:\n" + FOOD + "    examples: [\"\"]\n", "'food'", "example");
    assertFails(
        ASKS + "demands:\n" + FOOD + "    examples: [{text: \" \"}]\n", "'food'", "example");
  }

  @Test
  void theBundledTaxonomyHoldsItsFifteenDemandsInOrder() {
    assertEquals(
        List.of(
            "political-prisons",
            "non-refoulement",
            "abductions",
            "covid-measures",
            "accountability",
            "un-resolutions",
            "un-mechanisms",
            "death-penalty",
            "sexual-violence",
            "right-to-food",
            "freedom-of-movement",
            "information-freedom",
            "forced-labour",
            "weapons-nexus",
            "security-council"),
        Taxonomy.bundled().ids());
    assertEquals("bundled", Taxonomy.bundled().source());
  }

  @Test
  void everyBundledDemandHasTwoExamplesAndACounterexample() {
    for (Demand demand : Taxonomy.bundled().demands()) {
      long examples = demand.examples().stream().filter(DemandExample::tagged).count();
      long counter = demand.examples().stream().filter(e -> !e.tagged()).count();
      assertTrue(examples >= 2, demand.id() + ": examples " + examples);
      assertTrue(counter >= 1, demand.id() + ": counterexamples " + counter);
      assertFalse(demand.label().isBlank(), demand.id());
      assertFalse(demand.description().isBlank(), demand.id());
    }
  }
}
