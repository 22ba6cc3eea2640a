package org.refrain.benchmarks.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.refrain.corpus.Letter;

/**
 * Writes letters as plain-text documents, one file per letter named by its source, so benchmarks of
 * reading have a corpus of any size on disk. A synthetic letter's text is already a whole document
 * (title, date, salutation, paragraphs, closing, signatory list), so it is written as it is.
 */
public final class LetterDocumentWriter {

  private LetterDocumentWriter() {}

  /**
   * Writes each letter to {@code directory}/{@code letter.source()} in UTF-8, creating the
   * directory, replacing files of the same name.
   *
   * @return the files written, in the letters' order
   * @throws IllegalArgumentException when two letters have the same source, or a source is not a
   *     plain file name
   */
  public static List<Path> write(List<Letter> letters, Path directory) throws IOException {
    directory = directory.toAbsolutePath().normalize();
    Files.createDirectories(directory);
    List<Path> files = new ArrayList<>();
    Set<String> sources = new HashSet<>();
    for (Letter letter : letters) {
      if (!sources.add(letter.source())) {
        throw new IllegalArgumentException("letters: two letters come from " + letter.source());
      }
      Path file = directory.resolve(letter.source()).normalize();
      if (!directory.equals(file.getParent())) {
        throw new IllegalArgumentException(
            "letters: source is not a file name: " + letter.source());
      }
      Files.writeString(file, letter.text(), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }
}
