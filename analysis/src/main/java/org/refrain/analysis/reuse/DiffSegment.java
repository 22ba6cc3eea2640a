package org.refrain.analysis.reuse;

import java.util.List;
import java.util.Objects;

/**
 * One stretch of a word-level diff between an older and a newer text, each part as written (its
 * trailing punctuation included, trailing space not): words both share, words only the newer has,
 * words only the older had, or words the newer put in place of the older's.
 */
public sealed interface DiffSegment {

  /** Words both texts share, as the newer writes them. */
  record Same(String text) implements DiffSegment {
    public Same {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Words only the newer text has. */
  record Inserted(String text) implements DiffSegment {
    public Inserted {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Words only the older text had. */
  record Deleted(String text) implements DiffSegment {
    public Deleted {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Words the newer text has in place of the older's. */
  record Changed(String from, String to) implements DiffSegment {
    public Changed {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * The segments on one line, as git's word diff writes them: {@code [-older-]{+newer+}}, shared
   * words plain.
   */
  static String wordDiff(List<DiffSegment> segments) {
    StringBuilder out = new StringBuilder();
    for (DiffSegment segment : segments) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      if (segment instanceof Same same) {
        out.append(same.text());
      } else if (segment instanceof Inserted inserted) {
        out.append("{+").append(inserted.text()).append("+}");
      } else if (segment instanceof Deleted deleted) {
        out.append("[-").append(deleted.text()).append("-]");
      } else if (segment instanceof Changed changed) {
        out.append("[-").append(changed.from()).append("-]{+").append(changed.to()).append("+}");
      }
    }
    return out.toString();
  }
}
