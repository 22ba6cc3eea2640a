package org.refrain.reports.render;

import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.refrain.analysis.reuse.DiffSegment;

/**
 * Writes a word-level diff inline in one of four notations: plain text as git's word diff ({@code
 * [-old-]{+new+}}), the same with ANSI colours for a terminal (red struck old, green new), Markdown
 * ({@code ~~old~~ **new**}) and HTML ({@code <del>old</del><ins>new</ins>}).
 */
public enum DiffRenderer {
  PLAIN("[-", "-]", "{+", "+}"),
  ANSI("\u001B[31;9m", "\u001B[0m", "\u001B[32m", "\u001B[0m"),
  MARKDOWN("~~", "~~", "**", "**"),
  HTML("<del>", "</del>", "<ins>", "</ins>");

  private final String delOpen;
  private final String delClose;
  private final String insOpen;
  private final String insClose;

  DiffRenderer(String delOpen, String delClose, String insOpen, String insClose) {
    this.delOpen = delOpen;
    this.delClose = delClose;
    this.insOpen = insOpen;
    this.insClose = insClose;
  }

  /** The segments on one line, separated by single spaces. */
  public String render(List<DiffSegment> segments) {
    StringBuilder out = new StringBuilder();
    for (DiffSegment segment : segments) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      if (segment instanceof DiffSegment.Same same) {
        out.append(text(same.text()));
      } else if (segment instanceof DiffSegment.Inserted inserted) {
        out.append(insOpen).append(text(inserted.text())).append(insClose);
      } else if (segment instanceof DiffSegment.Deleted deleted) {
        out.append(delOpen).append(text(deleted.text())).append(delClose);
      } else if (segment instanceof DiffSegment.Changed changed) {
        out.append(delOpen).append(text(changed.from())).append(delClose);
        if (this == MARKDOWN) {
          out.append(' '); // "~~a~~**b**" would not parse as two spans
        }
        out.append(insOpen).append(text(changed.to())).append(insClose);
      }
    }
    return out.toString();
  }

  /** Text as this notation needs it: escaped for Markdown and HTML, on one line. */
  public String text(String raw) {
    String flat = TerminalText.visible(raw.strip().replaceAll("\\s*\\R\\s*", " "));
    return switch (this) {
      case MARKDOWN -> MarkdownRenderer.escape(flat);
      case HTML -> StringEscapeUtils.escapeHtml4(flat);
      default -> flat;
    };
  }
}
