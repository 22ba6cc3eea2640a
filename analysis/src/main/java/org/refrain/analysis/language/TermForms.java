package org.refrain.analysis.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How to show each term: the words it is most often written as across the corpus ("human rights"
 * for the lemma key "human right"), ties broken alphabetically. Compare normalised, show original.
 */
public final class TermForms {

  private final Map<String, String> shown;

  private TermForms(Map<String, String> shown) {
    this.shown = shown;
  }

  /**
   * The forms of {@code letters}' terms. Only a term shown otherwise than as itself is kept: a
   * corpus has millions of terms, most written as their key.
   */
  public static TermForms of(List<LetterTerms> letters) {
    Map<String, Written> all = new HashMap<>();
    for (LetterTerms terms : letters) {
      terms
          .forms()
          .forEach(
              (term, forms) -> {
                Written written = all.computeIfAbsent(term, k -> new Written());
                forms.forEach(written::add);
              });
    }
    Map<String, String> shown = new HashMap<>();
    all.forEach(
        (term, written) -> {
          String form = written.commonest();
          if (form != null && !form.equals(term)) {
            shown.put(term, form);
          }
        });
    return new TermForms(shown);
  }

  /**
   * How one term was written across the corpus: one form and its count until a second form shows up
   * (nearly every term has one), then a map.
   */
  private static final class Written {
    private String only;
    private int count;
    private Map<String, Integer> many;

    void add(String form, int n) {
      if (many != null) {
        many.merge(form, n, Integer::sum);
      } else if (only == null || only.equals(form)) {
        only = form;
        count += n;
      } else {
        many = new HashMap<>();
        many.put(only, count);
        many.merge(form, n, Integer::sum);
        only = null;
      }
    }

    String commonest() {
      return many == null ? only : mostFrequent(many);
    }
  }

  /** The form to show for {@code term}: its commonest written form, or the term itself. */
  public String form(String term) {
    return shown.getOrDefault(term, term);
  }

  private static String mostFrequent(Map<String, Integer> forms) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : forms.entrySet()) {
      int n = e.getValue();
      if (n > bestCount || (n == bestCount && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = n;
      }
    }
    return best;
  }
}
