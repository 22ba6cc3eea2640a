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

  public static TermForms of(List<LetterTerms> letters) {
    Map<String, Map<String, Integer>> all = new HashMap<>();
    for (LetterTerms terms : letters) {
      terms
          .forms()
          .forEach(
              (term, forms) -> {
                Map<String, Integer> merged = all.computeIfAbsent(term, k -> new HashMap<>());
                forms.forEach((form, n) -> merged.merge(form, n, Integer::sum));
              });
    }
    Map<String, String> shown = new HashMap<>();
    all.forEach((term, forms) -> shown.put(term, mostFrequent(forms)));
    return new TermForms(shown);
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
