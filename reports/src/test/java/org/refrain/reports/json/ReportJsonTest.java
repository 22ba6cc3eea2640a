package org.refrain.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.corpus.Letter;
import org.refrain.reports.LetterOrder;
import org.refrain.reports.TestLetters;
import tech.tablesaw.api.Table;

class ReportJsonTest {

  @TempDir Path dir;

  private final ObjectMapper mapper = new ObjectMapper();
  private final List<Letter> letters =
      List.of(TestLetters.bare("b.txt", 1), TestLetters.full(), TestLetters.bare("a.txt", 2));
  private final List<Table> tables = TableJsonTest.tables();
  private final List<String> names = tables.stream().map(t -> t.name() + ".csv").toList();
  private final Map<String, Object> head = head();

  private static Map<String, Object> head() {
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("version", "1.2.3");
    head.put("tables", List.of("mixed", "empty", "none", "one"));
    return head;
  }

  private String written(List<Integer> order) throws IOException {
    ReportJson json = ReportJson.in(dir);
    for (int i : order) {
      json.add(names.get(i), tables.get(i));
    }
    StringWriter out = new TableJsonTest.LeftOpen();
    json.write(head, letters, names, out);
    return out.toString();
  }

  private List<String> entries() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void theTextIsThatOfTheWholeObjectWrittenAtOnce() throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.set("refrain", mapper.valueToTree(head));
    letters.stream()
        .sorted(LetterOrder.BY_ID)
        .map(LetterJson::toNode)
        .forEach(root.putArray("letters")::add);
    ObjectNode byName = root.putObject("tables");
    for (Table table : tables) {
      byName.set(table.name(), TableJsonTest.tree(table));
    }
    String expected = mapper.writer(LetterJson.prettyPrinter()).writeValueAsString(root) + "\n";
    assertEquals(expected, written(List.of(0, 1, 2, 3)));
    assertEquals(List.of(), entries(), "the fragments are deleted");
  }

  @Test
  void lettersAreTheRecordsOfLettersJson() throws IOException {
    JsonNode report = mapper.readTree(written(List.of(0, 1, 2, 3)));
    assertEquals(mapper.readTree(LetterJson.write(letters)), report.get("letters"));
    assertEquals(List.of("refrain", "letters", "tables"), fieldNames(report));
    assertEquals(List.of("mixed", "empty", "none", "one"), fieldNames(report.get("tables")));
  }

  @Test
  void tablesAddedFromSeveralThreadsInAnyOrderGiveTheSameText() throws Exception {
    String inOrder = written(List.of(0, 1, 2, 3));
    ReportJson json = ReportJson.in(dir);
    List<Integer> shuffled = new ArrayList<>(List.of(0, 1, 2, 3));
    Collections.reverse(shuffled);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> adds = new ArrayList<>();
      for (int i : shuffled) {
        adds.add(
            threads.submit(
                () -> {
                  json.add(names.get(i), tables.get(i));
                  return null;
                }));
      }
      for (Future<?> add : adds) {
        add.get();
      }
    } finally {
      threads.shutdown();
    }
    StringWriter out = new StringWriter();
    json.write(head, letters, names, out);
    assertEquals(inOrder, out.toString());
  }

  @Test
  void aTableNeverAddedFailsAndStillDeletesTheFragments() throws IOException {
    ReportJson json = ReportJson.in(dir);
    json.add(names.get(0), tables.get(0));
    assertThrows(
        NoSuchFileException.class, () -> json.write(head, letters, names, new StringWriter()));
    assertEquals(List.of(), entries());
  }

  @Test
  void keyDropsTheCsvExtension() {
    assertEquals("terms-by-year", ReportJson.key("terms-by-year.csv"));
    assertEquals("notes.txt", ReportJson.key("notes.txt"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
