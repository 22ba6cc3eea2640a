package org.refrain.benchmarks;

import java.util.List;

/**
 * Sentences already tokenised and tagged, with each sentence's size: the input of the lemmatizer
 * passes, so they time lemmatisation alone.
 *
 * @param tokens each sentence's tokens
 * @param tags each sentence's part-of-speech tags, one per token
 * @param bytes each sentence's UTF-8 bytes
 */
record TaggedSentences(List<String[]> tokens, List<String[]> tags, List<Integer> bytes) {

  TaggedSentences {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    bytes = List.copyOf(bytes);
    if (tokens.size() != tags.size() || tokens.size() != bytes.size()) {
      throw new IllegalArgumentException("tokens, tags and bytes must have one entry per sentence");
    }
  }

  /** The first sentences, as many as reach {@code maxBytes} (all when there are fewer). */
  TaggedSentences prefix(long maxBytes) {
    long sum = 0;
    int n = 0;
    while (n < bytes.size() && sum < maxBytes) {
      sum += bytes.get(n++);
    }
    return new TaggedSentences(tokens.subList(0, n), tags.subList(0, n), bytes.subList(0, n));
  }

  long totalBytes() {
    return bytes.stream().mapToLong(Integer::longValue).sum();
  }

  long totalTokens() {
    return tokens.stream().mapToLong(t -> t.length).sum();
  }
}
