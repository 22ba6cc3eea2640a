package org.refrain.analysis.demand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The demands Refrain looks for and the cues that make a sentence an ask, read from YAML: the
 * bundled {@code demands.yaml}, or a user's file that replaces it or, with {@code extends:
 * bundled}, adds to it.
 *
 * @param source where it was read from ("bundled" or the file's path)
 * @param asks the ask cues
 * @param demands the demands, in the order reports list them
 */
public record Taxonomy(String source, AskCues asks, List<Demand> demands) {

  /** The resource holding the bundled taxonomy. */
  static final String BUNDLED = "demands.yaml";

  public Taxonomy {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asks, "asks");
    demands = List.copyOf(demands);
    Set<String> ids = new HashSet<>();
    for (Demand demand : demands) {
      if (!ids.add(demand.id())) {
        throw new IllegalArgumentException("demand " + demand.id() + " is defined twice");
      }
    }
  }

  /** The taxonomy shipped with Refrain. */
  public static Taxonomy bundled() {
    return Holder.BUNDLED_TAXONOMY;
  }

  private static final class Holder {
    static final Taxonomy BUNDLED_TAXONOMY = readBundled();
  }

  private static Taxonomy readBundled() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLED);
      }
      return TaxonomyReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a taxonomy file.
   *
   * @throws TaxonomyException naming the file and what is wrong with it
   */
  public static Taxonomy load(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      String reason = e.getClass().getSimpleName().replace("Exception", "");
      if (e instanceof java.nio.file.NoSuchFileException) {
        reason = "no such file";
      } else if (e instanceof java.nio.charset.CharacterCodingException) {
        reason = "not UTF-8 text";
      } else if (Files.isDirectory(file)) {
        reason = "is a directory";
      }
      throw new TaxonomyException(file + ": cannot read taxonomy: " + reason);
    }
    return TaxonomyReader.read(text, file.toString());
  }

  /** The demand with this id, if there is one. */
  public Optional<Demand> demand(String id) {
    return demands.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The demands' ids, in order. */
  public List<String> ids() {
    return demands.stream().map(Demand::id).toList();
  }
}
