package org.refrain.analysis.demand;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.refrain.analysis.annotate.OpenNlpAnnotator;

/** Every example and counter-example of the bundled taxonomy holds: one dynamic test each. */
class BundledTaxonomyExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyExampleOfTheBundledTaxonomyHolds() {
    List<TaxonomyCheck.Outcome> outcomes =
        TaxonomyCheck.run(Taxonomy.bundled(), OpenNlpAnnotator.shared());
    assertTrue(outcomes.size() >= 45, "examples: " + outcomes.size());
    return outcomes.stream()
        .map(
            o ->
                DynamicTest.dynamicTest(
                    o.demand().id()
                        + (o.example().tagged() ? ": " : " (not): ")
                        + o.example().text(),
                    () -> assertTrue(o.passed(), o.problem())));
  }
}
