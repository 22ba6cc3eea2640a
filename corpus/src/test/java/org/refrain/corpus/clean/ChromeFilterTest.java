package org.refrain.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeFilterTest {

  private static final ChromeFilter FILTER = ChromeFilter.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Skip to main content",
        "Skip to content",
        "Home > Information > Releases",
        "Home › Campaigns › Eritrea",
        "News » Asia » North Korea",
        "This image has an empty alt attribute; its file name is north-korea-human-rights2.jpg",
        "Share This",
        "Share on Facebook",
        "Subscribe to Blog",
        "Enter your email address to subscribe to this blog and receive notifications of new posts by email.",
        "Recent Posts",
        "Related Articles",
        "Most Viewed",
        "Social Media",
        "Site Search",
        "Prev  Next",
        "Previous post: Letter to the Council",
        "Your tax deductible gift can help stop human rights violations and save lives around the world.",
        "Donate now",
        "Region / Country",
        "Tags: North Korea, UN",
        "© 2024 Human Rights Watch",
        "Read more",
        "< Previous",
        "Next >",
        "« Older posts"
      })
  void pageFurnitureIsChrome(String line) {
    assertTrue(FILTER.isChrome(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Shared values of dignity and freedom must guide the resolution.",
        "Your support can help ensure accountability for crimes against humanity.",
        "Sincerely,",
        "Human Rights Watch (HRW) | USA |",
        "Home Office officials should halt removals to Eritrea.",
        "Dear President Moon Jae-in,",
        "October 14, 2020",
        "Individuals",
        "Next steps for the Council are set out below.",
        "<b>Evil</b>",
        "<Org>",
        "</div>"
      })
  void letterTextIsNotChrome(String line) {
    assertFalse(FILTER.isChrome(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankIsNotChrome(String line) {
    assertFalse(FILTER.isChrome(line));
  }

  @org.junit.jupiter.api.Test
  void userPatternsReplaceTheBundledOnes() {
    ChromeFilter own = ChromeFilter.of("# comment\n\nread the full report\n");
    assertTrue(own.isChrome("  Read the full report "));
    assertFalse(own.isChrome("Share This"));
  }

  @org.junit.jupiter.api.Test
  void addedPatternsKeepTheBundledOnes() {
    ChromeFilter both = FILTER.and(ChromeFilter.of("our partner sites"));
    assertTrue(both.isChrome("Share This"));
    assertTrue(both.isChrome("Our partner sites"));
  }

  @org.junit.jupiter.api.Test
  void aBrokenPatternNamesItsLine() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> ChromeFilter.of("ok\n\n(unclosed\n"));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().startsWith("line 3: not a regular expression"));
  }
}
