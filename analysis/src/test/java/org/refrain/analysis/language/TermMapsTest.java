package org.refrain.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The array maps a letter's terms are kept in read as the sorted maps they replace. */
class TermMapsTest {

  private static final Map<String, Integer> COUNTS =
      Map.of("human right", 3, "camp", 1, "north korea", 200, "inquiry", 2);

  @Test
  void countsReadAsASortedMap() {
    Map<String, Integer> counts = TermMaps.counts(new HashMap<>(COUNTS));
    TreeMap<String, Integer> expected = new TreeMap<>(COUNTS);
    assertEquals(expected, counts);
    assertEquals(expected.hashCode(), counts.hashCode());
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(counts.keySet()));
    assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(counts.values()));
    assertEquals(200, counts.get("north korea"));
    assertNull(counts.get("absent"));
    assertNull(counts.get(7));
    assertFalse(counts.containsKey("absent"));
    assertThrows(UnsupportedOperationException.class, () -> counts.put("x", 1));
  }

  @Test
  void formsKeepOneFormOrTheWholeMap() {
    Map<String, Map<String, Integer>> forms =
        Map.of(
            "human right", Map.of("human rights", 2, "human right", 1),
            "camp", Map.of("camps", 1),
            "north korea", Map.of("north korea", 200),
            "inquiry", Map.of("inquiry", 1));
    Map<String, Map<String, Integer>> compact =
        TermMaps.forms(new HashMap<>(forms), TermMaps.counts(COUNTS));
    assertEquals(new TreeMap<>(forms), compact);
    assertEquals(
        List.of("camp", "human right", "inquiry", "north korea"), List.copyOf(compact.keySet()));
    assertEquals(Map.of("inquiry", 1), compact.get("inquiry"));
    assertEquals(
        List.of("human right", "human rights"), List.copyOf(compact.get("human right").keySet()));
  }
}
