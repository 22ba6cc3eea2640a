package org.refrain.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SectionTextTest {

  @Test
  void rawHtmlIsText() {
    assertEquals(
        "<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>",
        SectionText.html("a <script>alert(1)</script> b"));
  }

  @Test
  void linksLeavingTheReportAndImagesBecomeTheirText() {
    String html =
        SectionText.html(
            "see [there](https://evil.example/x) and ![pic](https://evil.example/p.png) or"
                + " [js](javascript:alert(1))");
    assertFalse(html.contains("<a"), html);
    assertFalse(html.contains("<img"), html);
    assertEquals("<p>see there and pic or js</p>", html);
  }

  @Test
  void linksInsideTheReportAndToItsCsvsStay() {
    assertEquals(
        "<p><a rel=\"nofollow\" href=\"#table-letters\">letters</a>, <a"
            + " href=\"demands.csv\"><code>demands.csv</code></a> and <a rel=\"nofollow\""
            + " href=\"kwic.csv\">the concordance</a></p>",
        SectionText.html(
            "[letters](#table-letters), `demands.csv` and [the concordance](kwic.csv)"));
  }
}
