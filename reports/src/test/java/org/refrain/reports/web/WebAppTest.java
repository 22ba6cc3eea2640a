package org.refrain.reports.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.Letter;

/**
 * {@code refrain serve} over plain HTTP: every page and API route on the bundled corpus, the guards
 * (no file read through a URL, bounded requests, loopback Host only, a content security policy),
 * and a hostile draft and a hostile letter shown only as text.
 */
class WebAppTest {

  static final String UNGA = "2020-10-14_unga75-and-eu_joint-letters#1";
  static final String EU = "2020-10-14_unga75-and-eu_joint-letters#2";

  /** The 2022 letter's opening paragraph, which the draft below reuses. */
  static final String OPENER =
      "We are writing on behalf of 28 non-governmental organizations and coalitions, and four"
          + " individuals from 6 different countries to urge your government to engage fully with"
          + " the international community, and act in response to the dire human rights situation"
          + " in the Democratic People\u2019s Republic of Korea (DPRK) by resuming South Korea\u2019s"
          + " co-sponsorship of the annual resolution on the matter at the 52nd UN Human Rights"
          + " Council.";

  static final String DRAFT =
      "Dear President Moon Jae-in,\n\n"
          + OPENER
          + "\n\nFarmers in remote provinces see their harvests requisitioned each autumn by local"
          + " officials, leaving households without seed grain for the spring.\n\n"
          + "Sincerely,\nCitizens' Alliance\n";

  static final String HOSTILE_DRAFT =
      "Dear President Moon Jae-in,\n\n"
          + "We urge you to close the <script>alert(1)</script> political prison camps"
          + " <img src=x onerror=alert(2)> now and release all political prisoners.\n\n"
          + "Sincerely,\nX\n";

  /** Markup of the hostile draft and letter that must never reach a page as markup. */
  static final List<String> LIVE_MARKUP =
      List.of(
          "<script>alert",
          "<script>window.__refrainHostile",
          "<img src=x",
          "<img src=\"x\"",
          "<b>Evil</b>",
          "<a href=\"javascript:");

  /** A real tag (its {@code <} unescaped) with an event handler or a javascript: link. */
  static final java.util.regex.Pattern LIVE_ATTRIBUTE =
      java.util.regex.Pattern.compile(
          "<[a-zA-Z][^<>]*\\s(on[a-z]+\\s*=|(href|src|action)\\s*=\\s*\"?\\s*javascript:)");

  private static ServedCorpus served;
  private static ServedCorpus hostile;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void serve(@TempDir Path bundled, @TempDir Path own) throws IOException {
    served = ServedCorpus.bundled(bundled);
    hostile =
        ServedCorpus.ofResources(
            own,
            ServedCorpus.HOSTILE,
            "/org/refrain/corpus/letters/2022-03-24_hrc49_letter-to-president-moon.txt");
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
    if (hostile != null) {
      hostile.close();
    }
  }

  @Test
  void everyPageAndApiRouteAnswers() throws Exception {
    WebCorpus web = served.web();
    ReuseFamily family = web.reuse().families().get(0);
    SignatoryEntity entity = web.signatories().entities().get(0);
    List<String> pages =
        List.of(
            "/letters",
            "/letters?year=2020&venue=UNGA+75",
            "/letters/" + Urls.encode(UNGA),
            "/search",
            "/search?q=kwanliso",
            "/search?q=kwanliso&venue=UNGA+75&year=2020",
            "/search?like=" + Urls.encode(UNGA),
            "/compare",
            "/compare?a=" + Urls.encode(UNGA) + "&b=" + Urls.encode(EU),
            "/reuse",
            "/reuse/" + Urls.encode(family.id()),
            "/demands",
            "/signatories",
            "/signatories/" + Urls.encode(entity.id()),
            "/draft",
            "/report");
    List<String> api =
        List.of(
            "/api/letters",
            "/api/search?q=kwanliso",
            "/api/demands",
            "/api/reuse",
            "/api/signatories");
    List<String> wrong = new ArrayList<>();
    for (String path : pages) {
      check(get(path), 200, "text/html", path, wrong);
    }
    for (String path : api) {
      check(get(path), 200, "application/json", path, wrong);
    }
    check(post("/api/draft", DRAFT), 200, "application/json", "POST /api/draft", wrong);
    check(postForm(DRAFT, null, null), 200, "text/html", "POST /draft", wrong);
    check(get("/letters/no-such-letter"), 404, "text/html", "/letters/no-such-letter", wrong);
    check(get("/api/nothing"), 404, "application/json", "/api/nothing", wrong);
    assertEquals(List.of(), wrong, "routes answering wrongly; the app logged: " + served.log());
    HttpResponse<String> root = get("/");
    assertTrue(root.statusCode() / 100 == 3, "/ redirects: " + root.statusCode());
  }

  @Test
  void searchFindsTheTwoKwanlisoLetters() throws Exception {
    JsonNode json = JSON.readTree(get("/api/search?q=kwanliso").body());
    Set<String> letters = new TreeSet<>();
    json.get("hits").forEach(h -> letters.add(h.get("letter").asText()));
    assertEquals(Set.of(UNGA, EU), letters, json.toString());
    assertEquals(2, json.get("letters").asInt());
    assertEquals(400, get("/api/search?q=AND+(").statusCode());
  }

  @Test
  void lettersApiListsTheSixLetters() throws Exception {
    JsonNode json = JSON.readTree(get("/api/letters").body());
    assertTrue(json.isArray(), json.toString());
    assertEquals(6, json.size());
  }

  @Test
  void draftApiGivesTheCheckAsJson() throws Exception {
    HttpResponse<String> response = post("/api/draft", DRAFT);
    assertEquals(200, response.statusCode(), response.body());
    JsonNode json = JSON.readTree(response.body());
    for (String field :
        List.of(
            "paragraphs",
            "words",
            "reused_words",
            "new_words",
            "reused_share",
            "addressee",
            "venue",
            "demands",
            "missing_demands")) {
      assertTrue(json.has(field), field + " missing from " + json);
    }
    JsonNode opener = null;
    for (JsonNode p : json.get("paragraphs")) {
      if (p.get("text").asText().startsWith("We are writing")) {
        opener = p;
      }
    }
    assertTrue(opener != null && opener.get("reused").asBoolean(), json.toString());
    assertEquals(
        "2022-03-24_hrc49_letter-to-president-moon#1",
        opener.get("matches").get(0).get("letter").asText());
    Set<String> missing = new TreeSet<>();
    json.get("missing_demands").forEach(m -> missing.add(m.get("demand").asText()));
    assertTrue(missing.contains("accountability"), missing.toString());
    assertEquals(400, post("/api/draft", "").statusCode(), "an empty draft");
  }

  @Test
  void aDraftNeverJoinsTheCorpusOrTheIndex() throws Exception {
    int letters = served.web().index().letters();
    int passages = served.web().index().passages();
    assertEquals(200, post("/api/draft", DRAFT).statusCode());
    assertEquals(200, postForm(DRAFT, null, null).statusCode());
    try (PassageIndex reopened = PassageIndex.open(served.index())) {
      assertEquals(letters, reopened.letters(), "letters in the index after two draft checks");
      assertEquals(passages, reopened.passages(), "passages in the index after two checks");
    }
    assertEquals(6, JSON.readTree(get("/api/letters").body()).size());
    assertFalse(get("/search?q=Farmers+requisitioned").body().contains("Citizens"));
  }

  @Test
  void pathsInUrlsNeverReadFiles() throws Exception {
    List<String> paths =
        List.of(
            "/letters/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "/letters/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/../../etc/passwd",
            "/letters/../../../../etc/passwd",
            "/reuse/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/reuse/..%5C..%5Cwindows%5Cwin.ini",
            "/signatories/..%2F..%2Fetc%2Fpasswd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/api/../../etc/passwd");
    List<String> wrong = new ArrayList<>();
    for (String path : paths) {
      Raw raw = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      if (raw.status() / 100 != 4
          || raw.text().contains("root:")
          || raw.text().contains("[fonts]")) {
        wrong.add(path + " -> " + raw.status() + " " + raw.text().lines().findFirst().orElse(""));
      }
    }
    assertEquals(List.of(), wrong, "paths that did not get a 4xx, or read a file");
  }

  @Test
  void oversizedBodiesAreRefused() throws Exception {
    String big = "x".repeat((int) WebApp.MAX_REQUEST_BYTES + 1024);
    assertEquals(413, post("/api/draft", big).statusCode(), "a 2 MB+ POST /api/draft");
    // Announced as larger than any upload: refused before the body is read, so sent raw (a
    // client sending all of it sees the connection closed under it).
    long huge = (WebApp.MAX_UPLOAD_MB + 2L) * 1024 * 1024;
    Raw raw =
        raw(
            "POST /draft HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: "
                + huge
                + "\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\naaaa");
    assertEquals(413, raw.status(), "a " + huge + " byte upload; log: " + served.log());
    assertTrue(raw.text().contains("too large"), raw.text());
  }

  @Test
  void unsupportedUploadsAre415() throws Exception {
    HttpResponse<String> response =
        postForm("", "draft.exe", "MZ\u0090 not a letter".getBytes(StandardCharsets.UTF_8));
    assertEquals(415, response.statusCode(), response.body());
    assertTrue(response.body().contains("cannot read .exe files"), response.body());
    HttpResponse<String> broken =
        postForm("", "draft.pdf", "%PDF-1.4 cut short".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, broken.statusCode(), "a PDF that cannot be read; log: " + served.log());
    assertTrue(broken.body().contains("No letter could be read"), broken.body());
  }

  @Test
  void foreignHostsAre421() throws Exception {
    Raw raw = raw("GET /letters HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    assertEquals(421, raw.status(), raw.text());
    assertFalse(raw.text().contains("kwanliso"), raw.text());
    Raw port =
        raw(
            "GET /api/letters HTTP/1.1\r\nHost: evil.example:"
                + served.app().port()
                + "\r\nConnection: close\r\n\r\n");
    assertEquals(421, port.status(), port.text());
    Raw local =
        raw(
            "GET /letters HTTP/1.1\r\nHost: localhost:"
                + served.app().port()
                + "\r\nConnection: close\r\n\r\n");
    assertEquals(200, local.status(), local.text());
  }

  @Test
  void everyAnswerCarriesAContentSecurityPolicy() throws Exception {
    for (String path : List.of("/letters", "/draft", "/api/letters", "/report", "/nothing")) {
      HttpResponse<String> response = get(path);
      String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(policy.contains("default-src 'none'"), path + ": " + policy);
      assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
      assertEquals(
          "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      if (!path.equals("/report")) {
        // Only scripts served by the app itself run: none written into a page.
        assertTrue(policy.contains("script-src 'self';"), path + ": " + policy);
      }
    }
    // The report's own page names each of its scripts by hash (see HtmlReportCommandTest).
    assertTrue(get("/report").body().contains("http-equiv=\"Content-Security-Policy\""));
  }

  @Test
  void theDraftPagesScriptIsServedByTheApp() throws Exception {
    String page = postForm(DRAFT, null, null).body();
    assertTrue(page.contains("class=\"copy\""), "the checked draft has wording to copy");
    assertFalse(page.contains("<script>"), "no inline script");
    Matcher src = Pattern.compile("<script src=\"(/copy\\.js\\?v=[0-9a-f]+)\"").matcher(page);
    assertTrue(src.find(), "the page loads /copy.js");
    HttpResponse<String> script = get(src.group(1));
    assertEquals(200, script.statusCode());
    assertTrue(
        script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertTrue(script.body().contains("button.copy"), script.body());
  }

  @Test
  void aHostileDraftIsShownAsText() throws Exception {
    HttpResponse<String> page = postForm(HOSTILE_DRAFT, null, null);
    assertEquals(200, page.statusCode(), page.body());
    assertFalse(hasLiveMarkup(page.body()), live(page.body()));
    assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page.body());
    HttpResponse<String> addressee =
        postFormFields(
            List.of(
                new String[] {"text", HOSTILE_DRAFT},
                new String[] {"addressee", "<script>alert(3)</script>"},
                new String[] {"venue", "\"><img src=x onerror=alert(4)>"}));
    assertFalse(hasLiveMarkup(addressee.body()), live(addressee.body()));
    HttpResponse<String> search = get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertFalse(hasLiveMarkup(search.body()), live(search.body()));
  }

  @Test
  void aHostileLetterIsShownAsTextOnEveryPage() throws Exception {
    WebCorpus web = hostile.web();
    Letter letter =
        web.letters().stream()
            .filter(l -> l.id().startsWith("2023-05-10"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("hostile letter not read: " + web.letters()));
    List<String> paths = new ArrayList<>();
    paths.addAll(
        List.of(
            "/letters",
            "/search?q=prison",
            "/search?q=refrainHostile",
            "/search?q=evil",
            "/search?like=" + Urls.encode(letter.id()),
            "/reuse",
            "/demands",
            "/signatories",
            "/report"));
    for (Letter l : web.letters()) {
      paths.add("/letters/" + Urls.encode(l.id()));
      paths.add("/compare?a=" + Urls.encode(letter.id()) + "&b=" + Urls.encode(l.id()));
    }
    web.reuse().families().forEach(f -> paths.add("/reuse/" + Urls.encode(f.id())));
    web.signatories().entities().forEach(e -> paths.add("/signatories/" + Urls.encode(e.id())));
    List<String> wrong = new ArrayList<>();
    for (String path : paths) {
      HttpResponse<String> page = HTTP.send(request(hostile, path).build(), body());
      if (page.statusCode() != 200 || hasLiveMarkup(page.body())) {
        wrong.add(path + " -> " + page.statusCode() + " " + live(page.body()));
      }
    }
    assertEquals(
        List.of(), wrong, "pages showing the hostile letter's markup; log: " + hostile.log());
    String letterPage =
        HTTP.send(request(hostile, "/letters/" + Urls.encode(letter.id())).build(), body()).body();
    assertTrue(letterPage.contains("&lt;script&gt;window.__refrainHostile"), letterPage);
  }

  // ---- helpers

  private static boolean hasLiveMarkup(String html) {
    return LIVE_MARKUP.stream().anyMatch(html::contains) || LIVE_ATTRIBUTE.matcher(html).find();
  }

  private static String live(String html) {
    List<String> found = new ArrayList<>();
    for (String m : LIVE_MARKUP) {
      int at = html.indexOf(m);
      if (at >= 0) {
        found.add(html.substring(Math.max(0, at - 80), Math.min(html.length(), at + 80)));
      }
    }
    java.util.regex.Matcher tag = LIVE_ATTRIBUTE.matcher(html);
    while (tag.find()) {
      found.add(tag.group());
    }
    return found.toString();
  }

  private static void check(
      HttpResponse<String> response, int status, String type, String what, List<String> wrong) {
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (response.statusCode() != status || !contentType.startsWith(type)) {
      wrong.add(what + " -> " + response.statusCode() + " " + contentType);
    }
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  private static HttpRequest.Builder request(ServedCorpus on, String path) {
    return HttpRequest.newBuilder(URI.create(on.url(path)));
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(request(served, path).build(), body());
  }

  private static HttpResponse<String> post(String path, String text)
      throws IOException, InterruptedException {
    return HTTP.send(
        request(served, path)
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
            .build(),
        body());
  }

  /** POST /draft as the form sends it: the text, and a file when {@code name} is not null. */
  private static HttpResponse<String> postForm(String text, String name, byte[] file)
      throws IOException, InterruptedException {
    Multipart form = new Multipart();
    form.field("text", text);
    if (name != null) {
      form.file("file", name, file);
    }
    form.field("addressee", "");
    form.field("venue", "");
    return form.post(served, "/draft");
  }

  private static HttpResponse<String> postFormFields(List<String[]> fields)
      throws IOException, InterruptedException {
    Multipart form = new Multipart();
    fields.forEach(f -> form.field(f[0], f[1]));
    return form.post(served, "/draft");
  }

  /** A multipart/form-data body. */
  private static final class Multipart {
    private final String boundary = "----refrain-test-boundary-7d1f";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    void field(String name, String value) {
      write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
      write(value);
      write("\r\n");
    }

    void file(String name, String filename, byte[] content) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\"; filename=\""
              + filename
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      out.writeBytes(content);
      write("\r\n");
    }

    HttpResponse<String> post(ServedCorpus on, String path)
        throws IOException, InterruptedException {
      write("--" + boundary + "--\r\n");
      return HTTP.send(
          request(on, path)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
              .build(),
          body());
    }

    private void write(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  record Raw(int status, String text) {}

  /** Sends {@code request} as written (no client normalising its path or Host) and reads it all. */
  private static Raw raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", served.app().port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String[] first = text.split("\r\n", 2)[0].split(" ");
      int status = first.length > 1 ? Integer.parseInt(first[1]) : -1;
      return new Raw(status, text);
    }
  }
}
