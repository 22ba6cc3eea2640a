package org.refrain.reports.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.refrain.analysis.index.DraftCheck;
import org.refrain.analysis.index.SearchRequest;
import org.refrain.analysis.reuse.ReuseSettings;
import org.refrain.reports.html.DraftPage;
import org.refrain.reports.json.DemandJson;
import org.refrain.reports.json.LetterJson;
import org.refrain.reports.json.ReuseJson;
import org.refrain.reports.json.SearchJson;
import org.refrain.reports.json.SignatoryJson;

/**
 * {@code refrain serve}: the corpus's pages and JSON API over HTTP (Javalin on Jetty), from one
 * {@link WebCorpus} the app holds and swaps whole when {@code --watch} re-reads the corpus.
 *
 * <p>What it guards: every page is rendered by a jte template (HTML content type: every text
 * escaped); no URL names a file (letters, families and entities are looked up by id in memory, so a
 * path in a URL never reads the disk); requests are bounded ({@link #MAX_REQUEST_BYTES}, uploads
 * {@link #MAX_UPLOAD_MB} MB); a draft is read from a temporary file deleted at once and never joins
 * the corpus or the index; bound to the loopback address, it answers only requests whose Host is
 * the loopback (no DNS rebinding); pages carry a content security policy that allows no script but
 * their own inline one and nothing from elsewhere.
 */
public final class WebApp implements AutoCloseable {

  /** The largest request body taken (a pasted draft). */
  public static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;

  /** The largest uploaded draft. */
  public static final int MAX_UPLOAD_MB = 10;

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          WebApp.class.getClassLoader(),
          "org.refrain.reports.html.templates");

  private static final String POLICY =
      "default-src 'none'; style-src 'self' 'unsafe-inline'; script-src 'self'; img-src data:;"
          + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /**
   * The report inlines Vega, which compiles its expressions: it needs eval. Its page also carries
   * its own policy naming each inline script by hash ({@link
   * org.refrain.reports.html.HtmlPage#policy()}), and a browser applies both.
   */
  private static final String REPORT_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline' 'unsafe-eval';"
          + " img-src data:; base-uri 'none'; frame-ancestors 'none'";

  private static final Set<String> DRAFT_TYPES =
      Set.of("txt", "md", "html", "htm", "docx", "pdf", "odt", "rtf");

  /** What the app needs besides the corpus: reading and checking drafts, the report. */
  public interface Services {
    /** Reads and checks a draft file. */
    DraftCheck check(WebCorpus web, Path draft, String addressee, String venue) throws IOException;

    /** The reuse settings of the compare page. */
    ReuseSettings reuse();

    /** The HTML report of {@code web}'s corpus. */
    String report(WebCorpus web);
  }

  /** The corpus served and the pages rendered for it, swapped together. */
  private record Served(WebCorpus web, PageCache pages) {}

  private final AtomicReference<Served> state;
  private final Services services;
  private final Javalin app;
  private final boolean loopback;
  private final String style;
  private final String script;
  private final PrintWriter log;
  private final Map<WebCorpus, String> reports =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private WebApp(WebCorpus web, Services services, String host, int port, PrintWriter log) {
    this.state =
        new AtomicReference<>(
            new Served(Objects.requireNonNull(web, "web"), new PageCache(PageCache.BUDGET)));
    this.services = services;
    this.log = log;
    this.loopback = isLoopback(host);
    String css = resource("report.css") + resource("draft.css") + resource("web.css");
    // One style sheet for every page, fetched once: its address changes with its content.
    this.style = "/style.css?v=" + Integer.toHexString(css.hashCode());
    byte[] cssBytes = css.getBytes(StandardCharsets.UTF_8);
    String js = resource("copy.js");
    this.script = "/copy.js?v=" + Integer.toHexString(js.hashCode());
    byte[] jsBytes = js.getBytes(StandardCharsets.UTF_8);
    this.app =
        Javalin.create(
            config -> {
              config.jetty.host = host;
              config.jetty.port = port;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_MB, SizeUnit.MB);
              config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_MB + 1, SizeUnit.MB);
              config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.routes.before(this::guard);
              // Pages go to this machine: compressing them costs more than it saves.
              config.http.compressionStrategy = io.javalin.compression.CompressionStrategy.NONE;
              config.routes.get(
                  "/style.css",
                  ctx ->
                      ctx.contentType("text/css; charset=utf-8")
                          .header("Cache-Control", "public, max-age=31536000, immutable")
                          .result(cssBytes));
              config.routes.get(
                  "/copy.js",
                  ctx ->
                      ctx.contentType("text/javascript; charset=utf-8")
                          .header("Cache-Control", "public, max-age=31536000, immutable")
                          .result(jsBytes));
              config.routes.get("/", ctx -> ctx.redirect("/letters"));
              config.routes.get(
                  "/letters",
                  ctx ->
                      cached(
                          ctx,
                          w -> render("web/letters.jte", WebPages.letters(w, query(ctx), style))));
              config.routes.get("/letters/{id}", ctx -> cached(ctx, w -> letter(ctx, w)));
              config.routes.get(
                  "/search", ctx -> cached(ctx, w -> render("web/search.jte", searchView(w, ctx))));
              config.routes.get(
                  "/compare",
                  ctx ->
                      cached(
                          ctx,
                          w ->
                              render(
                                  "web/compare.jte",
                                  SearchPages.compare(w, query(ctx), services.reuse(), style))));
              config.routes.get(
                  "/reuse",
                  ctx -> cached(ctx, w -> render("web/simple.jte", TablePages.reuse(w, style))));
              config.routes.get("/reuse/{id}", ctx -> cached(ctx, w -> family(ctx, w)));
              config.routes.get(
                  "/demands",
                  ctx -> cached(ctx, w -> render("web/simple.jte", TablePages.demands(w, style))));
              config.routes.get(
                  "/signatories",
                  ctx ->
                      cached(ctx, w -> render("web/simple.jte", TablePages.signatories(w, style))));
              config.routes.get("/signatories/{id}", ctx -> cached(ctx, w -> entity(ctx, w)));
              config.routes.get("/draft", ctx -> draftPage(ctx, "", "", "", null, null));
              config.routes.post("/draft", this::draft);
              config.routes.get("/report", this::report);
              config.routes.get(
                  "/api/letters", ctx -> json(ctx, LetterJson.write(web().letters())));
              config.routes.get("/api/search", this::apiSearch);
              config.routes.get(
                  "/api/demands", ctx -> json(ctx, DemandJson.tags(web().demands().tags())));
              config.routes.get(
                  "/api/reuse", ctx -> json(ctx, ReuseJson.families(web().reuse().families())));
              config.routes.get(
                  "/api/signatories",
                  ctx -> json(ctx, SignatoryJson.entities(web().signatories().entities())));
              config.routes.post("/api/draft", this::apiDraft);
              config.routes.error(404, ctx -> notFound(ctx));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    log.println("refrain: serve: " + ctx.method() + " " + ctx.path() + ": " + e);
                    log.flush();
                    ctx.status(500)
                        .contentType("text/plain; charset=utf-8")
                        .result(
                            "Something went wrong on our side; the terminal running refrain says what.");
                  });
            });
  }

  /** Starts the app on {@code host}:{@code port} (0 for a free port). */
  public static WebApp start(
      WebCorpus web, Services services, String host, int port, PrintWriter log) {
    WebApp app = new WebApp(web, services, host, port, log);
    app.app.start();
    return app;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Puts a newly read corpus in place: requests already running finish on the old one. */
  public void replace(WebCorpus web) {
    state.set(new Served(Objects.requireNonNull(web, "web"), new PageCache(PageCache.BUDGET)));
  }

  public WebCorpus web() {
    return state.get().web();
  }

  /** Pages served from the cache and pages rendered, since the corpus was last put in place. */
  public long[] pageCounts() {
    return state.get().pages().counts();
  }

  /**
   * Answers a GET page from the served corpus's cache, rendering it once: {@code render} gives the
   * page, or null when it answered itself (a 404).
   */
  private void cached(Context ctx, java.util.function.Function<WebCorpus, String> render) {
    Served served = state.get();
    String address = ctx.path() + "?" + Objects.requireNonNullElse(ctx.queryString(), "");
    String html = served.pages().get(address);
    if (html == null) {
      html = render.apply(served.web());
      if (html == null) {
        return;
      }
      served.pages().put(address, html);
    }
    ctx.html(html);
  }

  private static String render(String template, Object model) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, model, out);
    return out.toString();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** Whether {@code host} is this machine only. */
  public static boolean isLoopback(String host) {
    return host.equals("127.0.0.1")
        || host.equals("localhost")
        || host.equals("::1")
        || host.equals("[::1]");
  }

  /** Headers for every answer, and the Host check of a loopback server. */
  private void guard(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", ctx.path().equals("/report") ? REPORT_POLICY : POLICY);
    if (loopback) {
      String host = ctx.host();
      String name = host == null ? "" : host.replaceFirst(":\\d+$", "");
      if (!isLoopback(name)) {
        ctx.status(421).result("This server answers its own machine only.");
        ctx.skipRemainingHandlers();
      }
    }
  }

  private static Map<String, String> query(Context ctx) {
    Map<String, String> out = new LinkedHashMap<>();
    ctx.queryParamMap()
        .forEach(
            (k, v) -> {
              if (!v.isEmpty()) {
                out.put(k, v.get(0));
              }
            });
    return out;
  }

  private static void page(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, params, out);
    ctx.html(out.toString());
  }

  private void notFound(Context ctx) {
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json").result("{\"error\": \"not found\"}\n");
      return;
    }
    SearchPages.SimpleView view =
        new SearchPages.SimpleView(
            style, "Not found", "", "There is no page at this address.", List.of(), List.of());
    StringOutput out = new StringOutput();
    ENGINE.render("web/simple.jte", view, out);
    ctx.html(out.toString()).status(404);
  }

  private String letter(Context ctx, WebCorpus web) {
    var letter = web.letter(ctx.pathParam("id"));
    if (letter.isEmpty()) {
      notFound(ctx);
      return null;
    }
    return render("web/letter.jte", WebPages.letter(web, letter.get(), style));
  }

  private String family(Context ctx, WebCorpus web) {
    var family = web.family(ctx.pathParam("id"));
    if (family.isEmpty()) {
      notFound(ctx);
      return null;
    }
    return render("web/simple.jte", TablePages.family(web, family.get(), style));
  }

  private String entity(Context ctx, WebCorpus web) {
    var entity = web.entity(ctx.pathParam("id"));
    if (entity.isEmpty()) {
      notFound(ctx);
      return null;
    }
    return render("web/simple.jte", TablePages.entity(web, entity.get(), style));
  }

  private SearchPages.SearchView searchView(WebCorpus web, Context ctx) {
    try {
      return SearchPages.search(web, query(ctx), style);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void report(Context ctx) {
    WebCorpus web = web();
    String html = reports.computeIfAbsent(web, services::report);
    ctx.html(html);
  }

  private void json(Context ctx, String json) {
    ctx.contentType("application/json; charset=utf-8").result(json);
  }

  private void apiSearch(Context ctx) throws IOException {
    Map<String, String> q = query(ctx);
    String query = q.getOrDefault("q", "");
    int limit = 10;
    try {
      if (q.containsKey("limit")) {
        limit = Math.max(0, Math.min(1000, Integer.parseInt(q.get("limit"))));
      }
      json(
          ctx,
          SearchJson.search(
              web().index().search(new SearchRequest(query, SearchPages.filter(q), limit))));
    } catch (IllegalArgumentException e) {
      ctx.status(400);
      json(ctx, "{\"error\": " + quote(e.getMessage()) + "}\n");
    }
  }

  private static String quote(String s) {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(s).toString();
  }

  private void apiDraft(Context ctx) throws IOException {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      ctx.status(400);
      json(ctx, "{\"error\": \"the request body is the draft's text, and it is empty\"}\n");
      return;
    }
    Map<String, String> q = query(ctx);
    DraftCheck check =
        checkText(
            new String(body, StandardCharsets.UTF_8), "txt", q.get("addressee"), q.get("venue"));
    if (check == null) {
      ctx.status(422);
      json(ctx, "{\"error\": \"no letter could be read from the draft\"}\n");
      return;
    }
    json(ctx, SearchJson.draft(check));
  }

  private void draft(Context ctx) throws IOException {
    long largest = (MAX_UPLOAD_MB + 1L) * 1024 * 1024;
    if (ctx.req().getContentLengthLong() > largest) {
      tooLarge(ctx);
      return;
    }
    String text;
    String addressee;
    String venue;
    UploadedFile file;
    try {
      text = Objects.requireNonNullElse(ctx.formParam("text"), "");
      addressee = Objects.requireNonNullElse(ctx.formParam("addressee"), "");
      venue = Objects.requireNonNullElse(ctx.formParam("venue"), "");
      file = ctx.uploadedFile("file");
    } catch (Exception e) {
      // Jetty's multipart parser: a part over the limits (sent without a length), or no form.
      if (exceeded(e)) {
        tooLarge(ctx);
      } else {
        ctx.status(400);
        draftPage(ctx, "", "", "", "The form could not be read; send it again.", null);
      }
      return;
    }
    DraftCheck check;
    if (file != null && file.size() > 0) {
      String ext = file.extension().replace(".", "").toLowerCase(Locale.ROOT);
      if (!DRAFT_TYPES.contains(ext)) {
        ctx.status(415);
        draftPage(
            ctx,
            text,
            addressee,
            venue,
            "Refrain cannot read ."
                + ext
                + " files; upload .txt, .md, .html, .docx, .pdf, .odt or .rtf.",
            null);
        return;
      }
      try (InputStream in = file.content()) {
        check = checkBytes(in.readAllBytes(), ext, addressee, venue);
      }
    } else if (text.length() > MAX_REQUEST_BYTES) {
      ctx.status(413);
      draftPage(ctx, "", addressee, venue, "The pasted draft is longer than 2 MB.", null);
      return;
    } else if (!text.isBlank()) {
      check = checkText(text, "txt", addressee, venue);
    } else {
      ctx.status(400);
      draftPage(ctx, text, addressee, venue, "Paste a draft or choose a file.", null);
      return;
    }
    if (check == null) {
      ctx.status(422);
      draftPage(
          ctx,
          text,
          addressee,
          venue,
          "No letter could be read from the draft: it needs paragraphs of running text.",
          null);
      return;
    }
    draftPage(ctx, text, addressee, venue, null, DraftPage.of("Draft check", check));
  }

  private void tooLarge(Context ctx) {
    ctx.status(413);
    draftPage(
        ctx, "", "", "", "The draft is too large: upload at most " + MAX_UPLOAD_MB + " MB.", null);
  }

  /** Whether a multipart failure was a part or the whole over its limit. */
  private static boolean exceeded(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("exceeded") || m.contains("too large")) {
        return true;
      }
    }
    return false;
  }

  private void draftPage(
      Context ctx, String text, String addressee, String venue, String error, DraftPage page) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("style", style);
    params.put("script", script);
    params.put("text", text);
    params.put("addressee", addressee);
    params.put("venue", venue);
    params.put("error", error);
    params.put("page", page);
    page(ctx, "web/draft.jte", params);
  }

  private DraftCheck checkText(String text, String ext, String addressee, String venue)
      throws IOException {
    return checkBytes(text.getBytes(StandardCharsets.UTF_8), ext, addressee, venue);
  }

  /** Checks a draft's bytes from a temporary file, deleted as soon as it is read. */
  private DraftCheck checkBytes(byte[] bytes, String ext, String addressee, String venue)
      throws IOException {
    Path dir = Files.createTempDirectory("refrain-draft-");
    Path file = dir.resolve("draft." + ext);
    try {
      Files.write(file, bytes);
      return services.check(web(), file, SearchPages.blank(addressee), SearchPages.blank(venue));
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  static String resource(String name) {
    try (InputStream in = DraftPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
