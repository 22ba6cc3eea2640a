package org.refrain.corpus.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads an email saved as a file (.eml) with Apache James mime4j: the text of its plain-text parts
 * (or, when it has none, of its HTML parts through {@link HtmlTextExtractor}), transfer encodings
 * and charsets decoded, and the text of attached PDF, Word, OpenDocument and RTF files after it.
 * The subject comes first as a heading and the sending date as a "Date: 3 March 2020" line, which
 * the metadata stage takes for a page's posting date: a letter dating itself "today" gets it, and a
 * letter's own date still comes first. Other attachments are named in a warning.
 */
final class EmlTextExtractor {

  /** Reads an attachment's text, or empty for a kind Refrain does not read. */
  @FunctionalInterface
  interface AttachmentReader {
    Optional<ExtractedText> read(String fileName, byte[] bytes) throws UnreadableDocumentException;
  }

  private static final MimeConfig LIMITS =
      new MimeConfig.Builder()
          .setMaxLineLen(-1)
          .setMaxHeaderLen(100_000)
          .setMaxHeaderCount(10_000)
          .setMaxPartCount(1_000)
          .setMaxNestingDepth(20)
          .build();

  private static final DateTimeFormatter POSTING =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final AttachmentReader attachments;
  private final HtmlTextExtractor html;

  EmlTextExtractor(AttachmentReader attachments, HtmlTextExtractor html) {
    this.attachments = attachments;
    this.html = html;
  }

  ExtractedText extract(byte[] bytes) throws UnreadableDocumentException {
    Message message;
    try {
      DefaultMessageBuilder builder = new DefaultMessageBuilder();
      builder.setMimeEntityConfig(LIMITS);
      builder.setDecodeMonitor(DecodeMonitor.SILENT);
      message = builder.parseMessage(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(
          "is not a readable email (" + UnreadableDocumentException.oneLine(e) + ")");
    }
    try {
      if (message.getHeader() == null || message.getHeader().getFields().isEmpty()) {
        throw new UnreadableDocumentException("is not a readable email (no header lines)");
      }
      Parts parts = new Parts();
      parts.collect(message);
      return new ExtractedText(text(message, parts), List.of(), parts.warnings());
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(
          "is not a readable email (" + UnreadableDocumentException.oneLine(e) + ")");
    } finally {
      message.dispose();
    }
  }

  private String text(Message message, Parts parts) {
    LineWriter out = new LineWriter();
    String subject = message.getSubject();
    if (subject != null) {
      out.heading(subject.replaceAll("\\s+", " "));
    }
    sent(message).ifPresent(d -> out.line("Date: " + POSTING.format(d)));
    out.blank();
    List<String> bodies = parts.plain.isEmpty() ? parts.html : parts.plain;
    for (String body : bodies) {
      out.blank();
      out.line(body);
    }
    for (String attached : parts.attached) {
      out.blank();
      out.line(attached);
    }
    return out.text();
  }

  /** The day the email was sent, in the sender's time zone, from its Date header. */
  private static Optional<LocalDate> sent(Message message) {
    Field field = message.getHeader().getField("Date");
    if (field == null || field.getBody() == null) {
      return Optional.empty();
    }
    String raw = field.getBody().replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("\\s+", " ");
    try {
      return Optional.of(LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(raw.strip())));
    } catch (DateTimeParseException e) {
      return Optional.ofNullable(message.getDate())
          .map(d -> LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC));
    }
  }

  /**
   * The message's text parts, in order, and the text of its attachments; a forwarded message's
   * parts count as its own. Nesting and the number of parts are bounded by {@link #LIMITS}.
   */
  private final class Parts {
    final List<String> plain = new ArrayList<>();
    final List<String> html = new ArrayList<>();
    final List<String> attached = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();
    final List<String> failed = new ArrayList<>();

    void collect(Entity entity) throws IOException {
      if (Thread.currentThread().isInterrupted()) {
        throw new IOException("reading was interrupted");
      }
      if (entity.getBody() instanceof Multipart multipart) {
        for (Entity part : multipart.getBodyParts()) {
          collect(part);
        }
        return;
      }
      if (entity.getBody() instanceof Message forwarded) {
        collect(forwarded);
        return;
      }
      if (!(entity.getBody() instanceof SingleBody body)) {
        return;
      }
      String type = entity.getMimeType() == null ? "" : entity.getMimeType();
      String file = entity.getFilename();
      boolean attachment =
          file != null || "attachment".equalsIgnoreCase(entity.getDispositionType());
      if (!attachment && type.equalsIgnoreCase("text/plain")) {
        plain.add(decode(read(body), entity.getCharset()).replace("\r\n", "\n"));
      } else if (!attachment && type.equalsIgnoreCase("text/html")) {
        html.add(EmlTextExtractor.this.html.extract(decode(read(body), entity.getCharset())));
      } else if (attachment) {
        attach(file == null ? "(unnamed " + type + ")" : file, read(body));
      }
    }

    private void attach(String name, byte[] bytes) {
      try {
        Optional<ExtractedText> text = attachments.read(name, bytes);
        if (text.isEmpty()) {
          ignored.add(name);
        } else if (!text.get().text().isBlank()) {
          attached.add(text.get().text());
        }
      } catch (UnreadableDocumentException e) {
        failed.add("attachment " + name + " not read: it " + e.getMessage());
      }
    }

    List<String> warnings() {
      List<String> all = new ArrayList<>(failed);
      if (!ignored.isEmpty()) {
        int n = ignored.size();
        all.add(
            n
                + (n == 1 ? " attachment" : " attachments")
                + " not read (not PDF, Word, OpenDocument or RTF): "
                + String.join(", ", ignored.subList(0, Math.min(n, 10)))
                + (n > 10 ? " and " + (n - 10) + " more" : ""));
      }
      return all;
    }
  }

  private static byte[] read(SingleBody body) throws IOException {
    try (InputStream in = body.getInputStream()) {
      return in.readAllBytes();
    }
  }

  /**
   * A text part in its declared charset; without one, or with US-ASCII or a name Java does not
   * know, UTF-8 when the bytes are valid UTF-8 and windows-1252 otherwise.
   */
  static String decode(byte[] bytes, String declared) {
    Charset charset = null;
    try {
      if (declared != null && Charset.isSupported(declared.strip())) {
        charset = Charset.forName(declared.strip());
      }
    } catch (IllegalArgumentException e) {
      // an illegal charset name: guessed below
    }
    if (charset != null && !charset.equals(StandardCharsets.US_ASCII)) {
      return new String(bytes, charset);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }
}
