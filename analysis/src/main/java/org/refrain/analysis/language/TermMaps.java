package org.refrain.analysis.language;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The immutable maps a {@link LetterTerms} keeps, keyed by term in term order and stored as arrays
 * searched by bisection. Ten thousand letters hold some six million (letter, term) counts: as tree
 * maps with a hash map of written forms each, they were most of a 2 GB heap; as arrays they cost a
 * key reference and an int each, and a term written one way (nearly all) keeps only that form.
 */
final class TermMaps {

  private TermMaps() {}

  /** {@code counts} as an array map, in term order. */
  static Map<String, Integer> counts(Map<String, Integer> counts) {
    if (counts instanceof Counts already) {
      return already;
    }
    String[] keys = sortedKeys(counts);
    int[] values = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = counts.get(keys[i]);
    }
    return new Counts(keys, values);
  }

  /**
   * {@code forms} as an array map, in term order. A term with one written form whose count is the
   * term's own (in {@code counts}) keeps just the form; any other keeps a sorted copy of its map.
   */
  static Map<String, Map<String, Integer>> forms(
      Map<String, Map<String, Integer>> forms, Map<String, Integer> counts) {
    if (forms instanceof Forms already) {
      return already;
    }
    String[] keys = sortedKeys(forms);
    if (counts instanceof Counts c && Arrays.equals(c.keys, keys)) {
      keys = c.keys; // the same terms: one array for both maps
    }
    Object[] values = new Object[keys.length];
    int[] single = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      Map<String, Integer> written = forms.get(keys[i]);
      Integer count = counts.get(keys[i]);
      if (written.size() == 1 && written.values().iterator().next().equals(count)) {
        values[i] = written.keySet().iterator().next();
        single[i] = count;
      } else {
        values[i] = Collections.unmodifiableMap(new TreeMap<>(written));
      }
    }
    return new Forms(keys, values, single);
  }

  /** The keys of {@code map} in term order, failing on a null key as a tree map would. */
  private static String[] sortedKeys(Map<String, ?> map) {
    String[] keys = map.keySet().toArray(String[]::new);
    for (String key : keys) {
      Objects.requireNonNull(key, "term");
    }
    Arrays.sort(keys);
    return keys;
  }

  /** Keys in term order, values by index; lookups by bisection. */
  private abstract static class Sorted<V> extends AbstractMap<String, V> {

    final String[] keys;

    Sorted(String[] keys) {
      this.keys = keys;
    }

    abstract V value(int i);

    private int indexOf(Object key) {
      return key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
    }

    @Override
    public V get(Object key) {
      int i = indexOf(key);
      return i >= 0 ? value(i) : null;
    }

    @Override
    public boolean containsKey(Object key) {
      return indexOf(key) >= 0;
    }

    @Override
    public int size() {
      return keys.length;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return keys.length;
        }

        @Override
        public Iterator<Entry<String, V>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < keys.length;
            }

            @Override
            public Entry<String, V> next() {
              if (next >= keys.length) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new SimpleImmutableEntry<>(keys[i], value(i));
            }
          };
        }
      };
    }
  }

  private static final class Counts extends Sorted<Integer> {

    private final int[] values;

    Counts(String[] keys, int[] values) {
      super(keys);
      this.values = values;
    }

    @Override
    Integer value(int i) {
      return values[i];
    }
  }

  private static final class Forms extends Sorted<Map<String, Integer>> {

    /** A term's only form (a String) or its sorted map of forms. */
    private final Object[] values;

    /** The count of a term's only form. */
    private final int[] single;

    Forms(String[] keys, Object[] values, int[] single) {
      super(keys);
      this.values = values;
      this.single = single;
    }

    @Override
    @SuppressWarnings("unchecked")
    Map<String, Integer> value(int i) {
      return values[i] instanceof String form
          ? Map.of(form, single[i])
          : (Map<String, Integer>) values[i];
    }
  }
}
