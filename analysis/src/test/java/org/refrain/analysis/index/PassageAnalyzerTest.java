package org.refrain.analysis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class PassageAnalyzerTest {

  private static List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (Analyzer a = new PassageAnalyzer();
        TokenStream ts = a.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void hyphenatedWordsSplitAndMisspellingShareTheStem() throws IOException {
    assertEquals(List.of("non", "refoul"), terms("non-refoulement"));
    assertEquals(List.of("non", "refoul"), terms("non‑refoulment")); // no-break hyphen, misspelt
    assertEquals(List.of("refoul"), terms("refoulement"));
  }

  @Test
  void quotesDashesSpacesAndSoftHyphensFold() throws IOException {
    assertEquals(
        terms("the Council's \"pure\" race - now"), terms("the Council’s “pure” race — now"));
    assertEquals(List.of("prison", "camp"), terms("pri\u00adson\u00a0camps"));
  }

  @Test
  void acronymsAndAccentsAreKeptAsWords() throws IOException {
    assertEquals(
        List.of("the", "coi", "and", "ohchr", "on", "the", "dprk"),
        terms("the COI and OHCHR on the DPRK"));
    assertEquals(
        List.of("sonja", "biserko", "ojea", "quintana"), terms("Sonja Biserko, Ojea-Quintána"));
  }

  @Test
  void stopWordsStayForPhrases() throws IOException {
    assertEquals(List.of("prison", "of", "war"), terms("prisoners of war"));
    assertEquals(List.of("crime", "against", "human"), terms("crimes against humanity"));
  }
}
