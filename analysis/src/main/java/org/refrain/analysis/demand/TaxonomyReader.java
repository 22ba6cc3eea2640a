package org.refrain.analysis.demand;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a taxonomy from YAML (JSON is YAML too), checking every field: an unknown key, a missing
 * label, a pattern that does not parse or an example without text is a {@link TaxonomyException}
 * naming the file, the demand and the field.
 *
 * <pre>
 * extends: bundled          # optional: start from the bundled taxonomy
 * remove: [weapons-nexus]   # optional, with extends: drop bundled demands
 * asks:                     # optional with extends: each list given replaces the bundled one
 *   obligations: [should, must]   # the request verbs are request-verbs.tsv, not here
 *   necessities: [be ...2 crucial|critical that|for|to]
 *   imperatives: [release, close, end]   # as written, at the start of a clause
 *   list-leads: [recommendation]
 *   not-imperatives: [thank]
 *   endorsements: [support for ...8 call|appeal]   # "our support for the High Commissioner's call"
 *   ending-necessities: [be ...2 essential]        # "... is essential." ends the sentence
 * demands:                  # with extends: a demand with a bundled id replaces it
 *   - id: death-penalty
 *     label: Death penalty
 *     description: ...
 *     patterns: [death penalty, execution, {phrase: capital punishment}, {regex: "kwan-?liso"}]
 *     exclude: [death penalty abolish*]
 *     examples: ["Abolish the death penalty.", {text: "...", strength: mention}]
 *     counterexamples: ["He died of natural causes."]
 * </pre>
 */
final class TaxonomyReader {

  private static final Set<String> TOP = Set.of("extends", "remove", "asks", "demands");
  private static final Set<String> ASKS =
      Set.of(
          "directives",
          "obligations",
          "necessities",
          "imperatives",
          "list-leads",
          "not-imperatives",
          "endorsements",
          "ending-necessities");
  private static final Set<String> DEMAND =
      Set.of("id", "label", "description", "patterns", "exclude", "examples", "counterexamples");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String source;

  private TaxonomyReader(String source) {
    this.source = source;
  }

  /** The taxonomy in {@code text}, read from {@code source} (named in every error). */
  static Taxonomy read(String text, String source) {
    return new TaxonomyReader(source).read(text);
  }

  private Taxonomy read(String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage().lines().findFirst().orElse("not YAML");
      var at = e.getLocation();
      throw fail(
          "not valid YAML" + (at == null ? "" : " at line " + at.getLineNr()) + ": " + message);
    }
    if (root == null || !root.isObject()) {
      throw fail("expected a mapping with a 'demands' list");
    }
    checkKeys(root, TOP, "the top level");
    Taxonomy base = null;
    if (root.has("extends")) {
      String name = root.get("extends").asText();
      if (!name.equals("bundled")) {
        throw fail("'extends' can only be 'bundled', not '" + name + "'");
      }
      base = Taxonomy.bundled();
    } else if (root.has("remove")) {
      throw fail("'remove' needs 'extends: bundled'");
    }
    AskCues asks = asks(root.get("asks"), base == null ? null : base.asks());
    List<Demand> demands = demands(root, base);
    if (demands.isEmpty()) {
      throw fail("no demands");
    }
    return new Taxonomy(source, asks, demands);
  }

  private AskCues asks(JsonNode node, AskCues base) {
    if (node == null) {
      if (base == null) {
        throw fail("missing 'asks' (the cues that make a sentence an ask)");
      }
      return base;
    }
    if (!node.isObject()) {
      throw fail("'asks' must be a mapping of cue lists");
    }
    checkKeys(node, ASKS, "'asks'");
    if (node.has("directives")) {
      throw fail(
          "asks: 'directives' is no longer read here: the request verbs are one list for every"
              + " stage, request-verbs.tsv (replace it with --lexicon DIR)");
    }
    return new AskCues(
        cues(node, "obligations", base == null ? null : base.obligations()),
        cues(node, "necessities", base == null ? null : base.necessities()),
        cues(node, "imperatives", base == null ? null : base.imperatives()),
        cues(node, "list-leads", base == null ? null : base.listLeads()),
        cues(node, "not-imperatives", base == null ? null : base.notImperatives()),
        cues(node, "endorsements", base == null ? null : base.endorsements()),
        cues(node, "ending-necessities", base == null ? null : base.endingNecessities()));
  }

  private List<TokenPattern> cues(JsonNode asks, String key, List<TokenPattern> base) {
    JsonNode node = asks.get(key);
    if (node == null) {
      return base == null ? List.of() : base;
    }
    List<TokenPattern> cues = new ArrayList<>();
    // Imperatives are matched as written: "Release" asks, "Released" does not.
    boolean written = key.equals("imperatives");
    for (JsonNode item : list(node, "asks." + key)) {
      DemandPattern pattern =
          written && item.isValueNode()
              ? parse(
                  item.asText(), TokenPattern::phrase, "asks." + key + ": '" + item.asText() + "'")
              : pattern(item, "asks." + key);
      if (!(pattern instanceof TokenPattern)) {
        throw fail("asks." + key + ": a cue is words or phrase:, not regex:");
      }
      cues.add((TokenPattern) pattern);
    }
    return cues;
  }

  private List<Demand> demands(JsonNode root, Taxonomy base) {
    Map<String, Demand> demands = new LinkedHashMap<>();
    if (base != null) {
      base.demands().forEach(d -> demands.put(d.id(), d));
      for (String id : strings(root.get("remove"), "remove")) {
        if (demands.remove(id) == null) {
          throw fail("'remove': no bundled demand '" + id + "'");
        }
      }
    }
    JsonNode node = root.get("demands");
    if (node == null) {
      if (base == null) {
        throw fail("missing 'demands'");
      }
      return List.copyOf(demands.values());
    }
    if (!node.isArray()) {
      throw fail("'demands' must be a list");
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode item : node) {
      Demand demand = demand(item);
      if (!seen.add(demand.id())) {
        throw fail("demand '" + demand.id() + "' is defined twice");
      }
      demands.put(demand.id(), demand);
    }
    return List.copyOf(demands.values());
  }

  private Demand demand(JsonNode node) {
    if (!node.isObject()) {
      throw fail("each demand must be a mapping with id, label, patterns");
    }
    String id = text(node, "id", "a demand");
    String where = "demand '" + id + "'";
    checkKeys(node, DEMAND, where);
    String label = text(node, "label", where);
    String description = node.has("description") ? node.get("description").asText().strip() : "";
    List<DemandPattern> patterns = patterns(node.get("patterns"), where + ": patterns");
    List<DemandPattern> exclusions =
        node.has("exclude") ? patterns(node.get("exclude"), where + ": exclude") : List.of();
    List<DemandExample> examples = new ArrayList<>();
    if (node.has("examples")) {
      for (JsonNode example : list(node.get("examples"), where + ": examples")) {
        examples.add(example(example, where));
      }
    }
    if (node.has("counterexamples")) {
      for (String text : strings(node.get("counterexamples"), where + ": counterexamples")) {
        examples.add(new DemandExample(text, false, null));
      }
    }
    try {
      return new Demand(id, label, description, patterns, exclusions, examples);
    } catch (IllegalArgumentException e) {
      throw fail(where + ": " + e.getMessage());
    }
  }

  private List<DemandPattern> patterns(JsonNode node, String where) {
    if (node == null) {
      throw fail(where + ": missing");
    }
    List<DemandPattern> patterns = new ArrayList<>();
    for (JsonNode item : list(node, where)) {
      patterns.add(pattern(item, where));
    }
    if (patterns.isEmpty()) {
      throw fail(where + ": empty");
    }
    return patterns;
  }

  /**
   * A pattern: text (lemmas), or a one-key mapping {@code lemmas:}, {@code phrase:}, {@code
   * regex:}.
   */
  private DemandPattern pattern(JsonNode item, String where) {
    if (item.isValueNode() && !item.isNull()) {
      return parse(item.asText(), TokenPattern::of, where + ": '" + item.asText() + "'");
    }
    if (!item.isObject() || item.size() != 1) {
      throw fail(where + ": a pattern is text, or one of lemmas:, phrase:, regex:");
    }
    String kind = item.fieldNames().next();
    String text = item.get(kind).asText();
    String at = where + ": " + kind + " '" + text + "'";
    switch (kind) {
      case "lemmas":
        return parse(text, TokenPattern::of, at);
      case "phrase":
        return parse(text, TokenPattern::phrase, at);
      case "regex":
        return parse(text, RegexPattern::of, at);
      default:
        throw fail(where + ": '" + kind + "' is not lemmas, phrase or regex");
    }
  }

  private DemandExample example(JsonNode node, String where) {
    if (node.isValueNode()) {
      if (node.asText().isBlank()) {
        throw fail(where + ": examples: an example needs text");
      }
      return new DemandExample(node.asText(), true, null);
    }
    if (!node.isObject() || !node.has("text")) {
      throw fail(where + ": an example is a sentence, or text: with an optional strength:");
    }
    checkKeys(node, Set.of("text", "strength"), where + ": example");
    Strength strength = null;
    if (node.has("strength")) {
      try {
        strength = Strength.of(node.get("strength").asText());
      } catch (IllegalArgumentException e) {
        throw fail(where + ": example: " + e.getMessage());
      }
    }
    if (node.get("text").asText().isBlank()) {
      throw fail(where + ": examples: an example needs text");
    }
    return new DemandExample(node.get("text").asText(), true, strength);
  }

  private <T> T parse(String text, Function<String, T> parser, String where) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw fail(where + ": " + e.getMessage());
    }
  }

  private String text(JsonNode node, String key, String where) {
    JsonNode value = node.get(key);
    if (value == null || !value.isValueNode() || value.asText().isBlank()) {
      throw fail(where + ": missing '" + key + "'");
    }
    return value.asText().strip();
  }

  private List<JsonNode> list(JsonNode node, String where) {
    if (!node.isArray()) {
      throw fail(where + ": must be a list");
    }
    List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    return items;
  }

  private List<String> strings(JsonNode node, String where) {
    if (node == null) {
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode item : list(node, where)) {
      if (!item.isValueNode() || item.asText().isBlank()) {
        throw fail(where + ": each item must be text");
      }
      texts.add(item.asText());
    }
    return texts;
  }

  private void checkKeys(JsonNode node, Set<String> known, String where) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw fail(
            where
                + ": unknown key '"
                + name
                + "' (known: "
                + String.join(", ", sorted(known))
                + ")");
      }
    }
  }

  private static List<String> sorted(Set<String> set) {
    return set.stream().sorted().toList();
  }

  private TaxonomyException fail(String what) {
    return new TaxonomyException(source + ": " + what);
  }
}
