package org.refrain.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterCopy;
import org.refrain.reports.TestLetters;

class LetterJsonTest {

  private static final List<String> LETTER_FIELDS =
      List.of(
          "id",
          "letter",
          "source",
          "sources",
          "index",
          "kind",
          "title",
          "date",
          "date_precision",
          "date_source",
          "published",
          "addressee",
          "venue",
          "preamble",
          "paragraphs",
          "words",
          "signatories",
          "claimed",
          "claim_evidence",
          "listed",
          "claim_check",
          "copies");

  private static final List<String> COUNT_FIELDS =
      List.of("organizations", "individuals", "total", "countries");

  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode parse(List<Letter> letters) throws Exception {
    return mapper.readTree(LetterJson.write(letters));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void letterRecordHasContractFieldsInOrder() throws Exception {
    JsonNode letter = parse(List.of(TestLetters.full())).get(0);
    assertEquals(LETTER_FIELDS, names(letter));
    assertEquals(List.of("body", "session", "inferred"), names(letter.get("venue")));
    assertEquals(
        List.of("raw", "name", "kind", "acronym", "country", "title", "affiliation"),
        names(letter.get("signatories").get(0)));
    assertEquals(COUNT_FIELDS, names(letter.get("claimed")));
    assertEquals(COUNT_FIELDS, names(letter.get("listed")));
    assertEquals(List.of("status", "detail"), names(letter.get("claim_check")));
  }

  @Test
  void valuesFollowTheContract() throws Exception {
    Letter full = TestLetters.full();
    JsonNode letter = parse(List.of(full)).get(0);
    assertEquals(full.id(), letter.get("id").asText());
    assertEquals(full.id(), letter.get("letter").asText());
    assertEquals("2020-02-21_hrc43_letter-to-president-moon.txt", letter.get("source").asText());
    assertEquals(1, letter.get("index").asInt());
    assertEquals("letter", letter.get("kind").asText());
    assertEquals("2020-02-21", letter.get("date").asText());
    assertEquals("day", letter.get("date_precision").asText());
    assertEquals("stated", letter.get("date_source").asText());
    assertEquals("2020-02-24", letter.get("published").asText());
    assertEquals("HRC", letter.get("venue").get("body").asText());
    assertEquals(43, letter.get("venue").get("session").asInt());
    assertFalse(letter.get("venue").get("inferred").asBoolean());
    assertEquals(2, letter.get("paragraphs").size());
    assertEquals("1. Co-sponsor the resolution.", letter.get("paragraphs").get(1).asText());
    assertEquals(full.words(), letter.get("words").asInt());
    JsonNode hrw = letter.get("signatories").get(0);
    assertEquals("Human Rights Watch (HRW)", hrw.get("raw").asText());
    assertEquals("organization", hrw.get("kind").asText());
    assertEquals("HRW", hrw.get("acronym").asText());
    JsonNode person = letter.get("signatories").get(2);
    assertEquals("person", person.get("kind").asText());
    assertEquals("Former UN Special Rapporteur", person.get("title").asText());
    assertTrue(person.get("country").isNull());
    assertEquals(2, letter.get("claimed").get("organizations").asInt());
    assertTrue(letter.get("claimed").get("total").isNull());
    assertEquals(3, letter.get("listed").get("total").asInt());
    assertEquals("consistent", letter.get("claim_check").get("status").asText());
  }

  @Test
  void aLetterReadFromSeveralFilesListsEverySourceAndEachCopy() throws Exception {
    Letter full = TestLetters.full();
    Letter copy = TestLetters.bare("repost.html", 1);
    Letter merged = full.withCopies(List.of(LetterCopy.of(copy)));
    JsonNode letter = parse(List.of(merged)).get(0);
    assertEquals(full.source(), letter.get("source").asText());
    assertEquals(
        List.of(full.source(), "repost.html"),
        mapper.convertValue(letter.get("sources"), List.class));
    JsonNode c = letter.get("copies").get(0);
    assertEquals(List.of("id", "source", "index", "date", "date_source", "published"), names(c));
    assertEquals(copy.id(), c.get("id").asText());
    assertEquals("repost.html", c.get("source").asText());
    assertTrue(c.get("date").isNull());
    JsonNode single = parse(List.of(full)).get(0);
    assertEquals(1, single.get("sources").size());
    assertEquals(0, single.get("copies").size());
  }

  @Test
  void absentValuesAreWrittenAsNullNotOmitted() throws Exception {
    JsonNode letter = parse(List.of(TestLetters.bare("x.txt", 1))).get(0);
    assertEquals(LETTER_FIELDS, names(letter));
    for (String field :
        List.of(
            "title",
            "date",
            "date_precision",
            "date_source",
            "published",
            "addressee",
            "venue",
            "preamble",
            "claim_evidence")) {
      assertTrue(letter.get(field).isNull(), field);
    }
    for (String field : COUNT_FIELDS) {
      assertTrue(letter.get("claimed").get(field).isNull(), field);
    }
    assertEquals("not-checkable", letter.get("claim_check").get("status").asText());
    assertEquals(0, letter.get("signatories").size());
  }

  @Test
  void prettyPrintedWithTwoSpacesAndUnixLineEnds() {
    String json = LetterJson.write(List.of(TestLetters.bare("x.txt", 1)));
    assertTrue(json.startsWith("[\n  {\n    \"id\": \"x#1\",\n    \"letter\": \"x#1\",\n"), json);
    assertTrue(json.contains("\"paragraphs\": [\n      \"Text.\"\n    ],"), json);
    assertTrue(json.contains("\"signatories\": [],"), json);
    assertTrue(json.endsWith("}\n]\n"), json);
    assertFalse(json.contains("\r"));
  }

  @Test
  void sameLettersInAnyOrderGiveIdenticalOutput() {
    Letter a = TestLetters.bare("a.txt", 2);
    Letter b = TestLetters.bare("a.txt", 10);
    Letter c = TestLetters.full();
    String once = LetterJson.write(List.of(a, b, c));
    assertEquals(once, LetterJson.write(List.of(c, b, a)));
    assertTrue(once.indexOf("\"a#2\"") < once.indexOf("\"a#10\""));
  }

  @Test
  void emptyListIsEmptyArray() {
    assertEquals("[]\n", LetterJson.write(List.of()));
  }
}
