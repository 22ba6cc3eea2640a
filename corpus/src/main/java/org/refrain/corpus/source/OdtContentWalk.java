package org.refrain.corpus.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks an OpenDocument {@code content.xml} in one pass, without recursion (so deep nesting costs
 * no stack), writing the text of {@code office:text} to a {@link LineWriter}. Whether a list is
 * numbered comes from the list styles in the same file's automatic styles; a list whose style is
 * elsewhere ({@code styles.xml}) is taken for bulleted. Runs of white space are one space, as ODF
 * says; {@code text:s}, {@code text:tab} and {@code text:line-break} are a space, a tab and a line
 * break (a space inside a table cell or a note).
 */
final class OdtContentWalk {

  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

  /** Elements whose text is not the letter's: comments, tracked deletions, declarations. */
  private static final Set<String> SKIPPED =
      Set.of("annotation", "tracked-changes", "note-citation", "sequence-decls", "variable-decls");

  private final LineWriter out = new LineWriter();
  private final Map<String, Set<String>> numberedLevels = new HashMap<>();
  private final Deque<ListLevel> lists = new ArrayDeque<>();
  private final StringBuilder paragraph = new StringBuilder();
  private String listStyle;
  private String marker = "";
  private boolean heading;
  private int inText;
  private int skip;
  private int paragraphs;
  private int rows;
  private int tables;
  private int notes;
  private List<String> cells;
  private StringBuilder cell;
  private StringBuilder note;
  private long chars;

  /** One open list: its style, its level (1 outermost) and the items seen. */
  private static final class ListLevel {
    final String style;
    final int level;
    int items;

    ListLevel(String style, int level) {
      this.style = style;
      this.level = level;
    }
  }

  String read(XMLStreamReader xml) throws XMLStreamException, UnreadableDocumentException {
    int events = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if ((++events & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
        throw new UnreadableDocumentException("reading was interrupted");
      }
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> start(xml);
        case XMLStreamConstants.END_ELEMENT -> end(xml.getNamespaceURI(), xml.getLocalName());
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (skip == 0 && inText > 0 && paragraphs > 0) {
            text(xml.getText());
          }
        }
        default -> {
          // comments, processing instructions and the like carry no text
        }
      }
    }
    return out.text();
  }

  private void start(XMLStreamReader xml) {
    if (skip > 0) {
      skip++;
      return;
    }
    String ns = xml.getNamespaceURI();
    String name = xml.getLocalName();
    if (OFFICE.equals(ns) && name.equals("text")) {
      inText++;
    } else if (TEXT.equals(ns) && name.equals("list-style")) {
      listStyle = xml.getAttributeValue(TEXT, "name");
    } else if (TEXT.equals(ns) && name.equals("list-level-style-number") && listStyle != null) {
      numberedLevels
          .computeIfAbsent(listStyle, k -> new HashSet<>())
          .add(String.valueOf(xml.getAttributeValue(TEXT, "level")));
    }
    if (inText == 0) {
      return;
    }
    if ((TEXT.equals(ns) || OFFICE.equals(ns)) && SKIPPED.contains(name)) {
      skip = 1;
    } else if (TEXT.equals(ns)) {
      startText(xml, name);
    } else if (TABLE.equals(ns)) {
      startTable(name);
    }
  }

  private void startText(XMLStreamReader xml, String name) {
    switch (name) {
      case "p", "h" -> {
        if (++paragraphs == 1 && note == null && cell == null) {
          paragraph.setLength(0);
          heading = name.equals("h");
        } else {
          target().append(' ');
        }
      }
      case "note" -> {
        if (++notes == 1) {
          target().append(out.nextNoteMarker());
          note = new StringBuilder();
        }
      }
      case "list" -> {
        String style = xml.getAttributeValue(TEXT, "style-name");
        if (style == null && !lists.isEmpty()) {
          style = lists.peek().style;
        }
        lists.push(new ListLevel(style, lists.size() + 1));
      }
      case "list-item" -> {
        ListLevel list = lists.peek();
        if (list != null) {
          list.items++;
          boolean numbered =
              list.style != null
                  && numberedLevels
                      .getOrDefault(list.style, Set.of())
                      .contains(String.valueOf(list.level));
          marker = numbered ? list.items + ". " : "- ";
        }
      }
      case "list-header" -> marker = "";
      case "s" -> append(" ");
      case "tab" -> append(note == null && cell == null ? "\t" : " ");
      case "line-break" -> append(note == null && cell == null ? "\n" : " ");
      default -> {
        // spans, links, bookmarks, fields: their text is read as it comes
      }
    }
  }

  private void startTable(String name) {
    switch (name) {
      case "table" -> {
        if (++tables == 1) {
          out.blank();
        }
      }
      case "table-row" -> {
        if (++rows == 1) {
          cells = new ArrayList<>();
        }
      }
      case "table-cell" -> {
        if (rows == 1 && cells != null) {
          cell = new StringBuilder();
        }
      }
      default -> {
        // columns, headers and covered (merged) cells add no line of their own
      }
    }
  }

  private void end(String ns, String name) {
    if (skip > 0) {
      skip--;
      return;
    }
    if (OFFICE.equals(ns) && name.equals("text")) {
      inText--;
    } else if (TEXT.equals(ns)) {
      endText(name);
    } else if (TABLE.equals(ns)) {
      endTable(name);
    }
  }

  private void endText(String name) {
    switch (name) {
      case "list-style" -> listStyle = null;
      case "p", "h" -> {
        if (--paragraphs == 0 && note == null && cell == null) {
          writeParagraph();
        }
      }
      case "note" -> {
        if (--notes == 0) {
          out.note(note.toString());
          note = null;
        }
      }
      case "list" -> lists.poll();
      case "list-item" -> marker = "";
      default -> {
        // nothing to close
      }
    }
  }

  private void writeParagraph() {
    String body = paragraph.toString().strip();
    if (body.isEmpty()) {
      out.blank();
    } else if (heading) {
      out.heading(body);
    } else {
      out.line(marker + body);
      marker = "";
    }
    paragraph.setLength(0);
  }

  private void endTable(String name) {
    switch (name) {
      case "table" -> {
        if (--tables == 0) {
          out.blank();
        }
      }
      case "table-cell" -> {
        if (rows == 1 && cells != null && cell != null) {
          cells.add(cell.toString().replaceAll("\\s+", " ").strip());
          cell = null;
        }
      }
      case "table-row" -> {
        if (--rows == 0 && cells != null) {
          while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
          }
          out.line(String.join("\t", cells));
          cells = null;
        }
      }
      default -> {
        // nothing to close
      }
    }
  }

  private StringBuilder target() {
    return note != null ? note : cell != null ? cell : paragraph;
  }

  /** Text as ODF reads it: each run of white space one space. */
  private void text(String s) {
    StringBuilder t = target();
    StringBuilder collapsed = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (!space) {
        collapsed.append(c);
      } else if (collapsed.length() > 0
          ? collapsed.charAt(collapsed.length() - 1) != ' '
          : t.length() > 0 && t.charAt(t.length() - 1) != ' ') {
        collapsed.append(' ');
      }
    }
    append(collapsed.toString());
  }

  private void append(String s) {
    if (paragraphs == 0 || skip > 0 || inText == 0) {
      return;
    }
    chars += s.length();
    if (chars > OdtTextExtractor.MAX_CHARS) {
      throw new TextTooLong();
    }
    target().append(s);
  }

  /** Thrown past the text limit; the extractor turns it into a one-line refusal. */
  static final class TextTooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TextTooLong() {
      super("more than " + OdtTextExtractor.MAX_CHARS + " characters of text", null, false, false);
    }
  }
}
