package org.refrain.corpus.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A headline is never the addressee, in every route that can take a line as one (issue 15): the
 * "To:" line, the address block, the heading or page title, the salutation; a title that names an
 * addressee still gives it.
 */
class AddresseeFinderTest {

  private static final List<String> BODY =
      List.of("We write to you ahead of the session to share our concern about the situation.");

  private final AddresseeFinder finder = new AddresseeFinder();

  private String find(List<String> page, List<String> header, String salutation) {
    return finder.find(new LetterSections(page, header, List.of(), salutation, BODY, List.of()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Myanmar: NGOs urge Council to act",
        "Joint letter on accountability in Country X",
        "Rights Groups Press States To End Detentions",
        "NGOs send letter to urge the release of activists",
        "Open letter to Biden urges action on climate",
        "Joint letter to demand an end to impunity"
      })
  void aHeadlineInTheHeaderIsNoAddressee(String headline) {
    assertNull(find(List.of(), List.of(headline, "3 March 2024"), "Excellencies,"));
    assertNull(find(List.of(), List.of("3 March 2024", headline), "Excellencies,"));
    assertNull(find(List.of(headline), List.of(), "Your Excellency,"));
  }

  @Test
  void aHeadlineOnAToLineIsNoAddressee() {
    assertNull(find(List.of(), List.of("To: Myanmar: Junta Must Free Political Leaders"), null));
    assertEquals(
        "Michelle Bachelet, UN High Commissioner for Human Rights",
        find(
            List.of(),
            List.of("To: Michelle Bachelet, UN High Commissioner for Human Rights"),
            null));
  }

  @Test
  void aHeadlineAsSalutationIsNoAddressee() {
    assertNull(find(List.of(), List.of(), "Myanmar: Leaders Must Act Now:"));
    assertEquals(
        "Ambassador",
        find(List.of(), List.of("Myanmar: NGOs urge Council to act"), "Dear Ambassador,"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Letter to UN Security Council Members|UN Security Council Members",
        "Open letter to the President of the European Commission|President of the European Commission",
        "Letter to UN Security Council Members on the Protection of Civilians|UN Security Council Members",
        "Myanmar: Open letter to all Member States on the arms embargo|all Member States",
        "Joint letter to EU leaders ahead of the summit|EU leaders"
      })
  void aTitleThatNamesOneGivesTheAddressee(String titleAndAddressee) {
    String[] parts = titleAndAddressee.split("\\|");
    assertEquals(parts[1], find(List.of(), List.of(parts[0], "3 March 2024"), "Excellencies,"));
    assertEquals(parts[1], find(List.of(parts[0]), List.of("3 March 2024"), "Excellencies,"));
  }

  @Test
  void theSalutationNamesTheAddresseeUnderAHeadline() {
    assertEquals(
        "President Moon Jae-in",
        find(
            List.of(),
            List.of("Korea: Free the Detained Fishermen"),
            "Dear President Moon Jae-in,"));
  }
}
