package org.refrain.corpus.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The parts a notes section is recognised by when it has no heading and no links (issue 15). */
class NotesSectionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1 Human Rights Council, resolution 52/3|1",
        "2. Ibid., para. 4.|2",
        "3) See the report|3",
        "[4] Interview, 2024|4",
        "¹ Opinion No. 12/2023|1",
        "¹² Opinion No. 12/2023|12",
        "2023 was a year of reprisals|-1",
        "Amnesty International|-1"
      })
  void theNumberANoteOpensWith(String line, int number) {
    assertEquals(number, NotesSection.number(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1 Human Rights Council, resolution 52/3, 4 April 2023, para. 5.",
        "2 Ibid.",
        "3 Report of the Special Rapporteur, A/HRC/55/22.",
        "4 See the Basic Principles on the Role of Lawyers, principle 16.",
        "5 “Country X: Crackdown continues”, news article.",
        "6 Law No. 45 on Foreign Agents."
      })
  void citationsReadAsNotes(String line) {
    assertTrue(NotesSection.readsAsCitation(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1. Amnesty International",
        "2. Asian Forum for Human Rights and Development (FORUM-ASIA), Thailand",
        "3. Human Rights Watch",
        "4. Centre for Civil and Political Rights (CCPR Centre)",
        "5. Seeds of Peace Network"
      })
  void organisationsDoNot(String line) {
    assertFalse(NotesSection.readsAsCitation(line), line);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "We recall the commitments on non-proliferation.1|1",
        "as the Working Group requested.²|2",
        "the preparatory commission.[3]|3",
        "as reported.4–6|4 5 6",
        "as reported.[7][8]|7 8",
        "the mandate¹² and|12",
        "in 2024, 300 groups|"
      })
  void theBodysMarkerNumbers(String line, String expected) {
    Set<Integer> found = new HashSet<>();
    FootnoteMarkers.numbers(line, found);
    Set<Integer> want = new HashSet<>();
    if (expected != null) {
      for (String n : expected.split(" ")) {
        want.add(Integer.parseInt(n));
      }
    }
    assertEquals(want, found, line);
  }
}
