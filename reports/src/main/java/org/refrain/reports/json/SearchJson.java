package org.refrain.reports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.refrain.analysis.index.DraftCheck;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.analysis.index.SearchResult;
import org.refrain.corpus.Span;

/**
 * Search results and draft checks as JSON. A search is {@code {"hits": [{"letter", "source",
 * "index", "paragraph", "date", "addressee", "venue", "score", "text", "highlights": [{"start",
 * "end"}], "family", "family_letters"}], "facets": {"year": {"2020": 2}, ...}, "per_year": {...},
 * "letters", "total"}}; a draft check is {@code {"paragraphs": [{"text", "reused", "share",
 * "boilerplate", "reused_spans", "matches": [{"letter", "source", "index", "date", "text",
 * "similarity", ...}]}], "reused_share", "words", ..., "demands", "missing_demands": [{"demand",
 * "letters", "wording"}]}}. Offsets are UTF-16 code units into the text beside them.
 */
public final class SearchJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SearchJson() {}

  /** A search's result. */
  public static String search(SearchResult result) {
    return write(searchNode(result));
  }

  /** A search's result as a tree. */
  public static ObjectNode searchNode(SearchResult result) {
    ObjectNode root = NODES.objectNode();
    ArrayNode hits = root.putArray("hits");
    for (SearchResult.Hit hit : result.hits()) {
      ObjectNode node = hits.addObject();
      passage(node, hit);
      node.put("score", Math.round(hit.score() * 10000) / 10000.0);
      node.put("text", hit.text());
      spans(node.putArray("highlights"), hit.highlights());
      node.put("family", hit.family());
      node.put("family_letters", hit.familyLetters());
    }
    ObjectNode facets = root.putObject("facets");
    for (Map.Entry<String, List<SearchResult.FacetCount>> e : result.facets().entrySet()) {
      ObjectNode dim = facets.putObject(e.getKey());
      for (SearchResult.FacetCount c : e.getValue()) {
        dim.put(c.value(), c.letters());
      }
    }
    ObjectNode years = root.putObject("per_year");
    result.perYear().forEach((year, n) -> years.put(Integer.toString(year), n));
    root.put("letters", result.letters());
    root.put("total", result.total());
    return root;
  }

  /** Letters like a letter. */
  public static String similar(List<PassageIndex.Similar> similar) {
    ArrayNode array = NODES.arrayNode();
    for (PassageIndex.Similar s : similar) {
      ObjectNode node = array.addObject();
      node.put("letter", s.letter());
      node.put("date", s.date());
      node.put("addressee", s.addressee());
      node.put("venue", s.venue());
      node.put("score", Math.round(s.score() * 10000) / 10000.0);
      node.put("shared_passages", s.sharedPassages());
    }
    return write(array);
  }

  /** A draft check. */
  public static String draft(DraftCheck check) {
    return write(draftNode(check));
  }

  /** A draft check as a tree. */
  public static ObjectNode draftNode(DraftCheck check) {
    ObjectNode root = NODES.objectNode();
    ArrayNode paragraphs = root.putArray("paragraphs");
    for (DraftCheck.Paragraph p : check.paragraphs()) {
      ObjectNode node = paragraphs.addObject();
      node.put("text", p.text());
      node.put("reused", p.isReused());
      node.put("share", round(p.share()));
      node.put("boilerplate", p.boilerplate());
      node.put("words", p.words());
      spans(node.putArray("reused_spans"), p.reused());
      ArrayNode matches = node.putArray("matches");
      for (DraftCheck.Match m : p.matches()) {
        ObjectNode match = matches.addObject();
        passage(match, m.passage());
        match.put("text", m.passage().text());
        match.put("similarity", round(m.similarity()));
        match.put("shared_words", m.sharedWords());
        match.put("signatories", m.passage().signatories());
        match.put("family", m.passage().family());
        match.put("family_letters", m.passage().familyLetters());
        spans(match.putArray("reused_spans"), m.reused());
        match.set("diff", ReuseJson.diff(m.diff()));
      }
    }
    root.put("words", check.words());
    root.put("reused_words", check.reusedWords());
    root.put("new_words", check.newWords());
    root.put("boilerplate_words", check.boilerplateWords());
    root.put("reused_share", round(check.reusedShare()));
    root.put("addressee", check.addressee());
    root.put("venue", check.venue());
    ArrayNode demands = root.putArray("demands");
    for (DraftCheck.HeldDemand d : check.demands()) {
      demands
          .addObject()
          .put("demand", d.demand())
          .put("label", d.label())
          .put("strength", d.strength())
          .put("wording", d.wording());
    }
    ArrayNode missing = root.putArray("missing_demands");
    for (DraftCheck.MissingDemand d : check.missing()) {
      ObjectNode node = missing.addObject();
      node.put("demand", d.demand());
      node.put("label", d.label());
      node.put("mentioned", d.mentioned());
      ArrayNode letters = node.putArray("letters");
      ArrayNode wording = node.putArray("wording");
      for (PassageIndex.Asked a : d.letters()) {
        letters.add(a.letter());
        wording
            .addObject()
            .put("letter", a.letter())
            .put("date", a.date())
            .put("addressee", a.addressee())
            .put("text", a.wording());
      }
    }
    return root;
  }

  private static void passage(ObjectNode node, SearchResult.Hit hit) {
    node.put("letter", hit.letter());
    node.put("source", hit.source());
    node.put("index", hit.index());
    node.put("paragraph", hit.paragraph() + 1);
    node.put("date", hit.date());
    node.put("addressee", hit.addressee());
    node.put("venue", hit.venue());
  }

  private static void spans(ArrayNode array, List<Span> spans) {
    for (Span s : spans) {
      array.addObject().put("start", s.start()).put("end", s.end());
    }
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /** Pretty-printed, as every command's JSON, with a final newline. */
  public static String write(JsonNode root) {
    try {
      return new ObjectMapper().writer(LetterJson.prettyPrinter()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }
}
