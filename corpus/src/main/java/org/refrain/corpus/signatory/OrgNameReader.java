package org.refrain.corpus.signatory;

/**
 * Reads an organisation entry (its country already removed) into name, acronym and expansion. The
 * acronym forms are "Name (ABC)", "Name - ABC" and "ABC - Name"; a final parenthesis that is not
 * acronym-shaped is an expansion or description ("PSALT NK (Prayer Service Action Love Truth for
 * North Korea)"), not an acronym.
 */
final class OrgNameReader {

  private static final String[] DASHES = {" - ", " \u2013 ", " \u2014 "};

  private final NameClassifier names;

  OrgNameReader(NameClassifier names) {
    this.names = names;
  }

  OrgName read(String text) {
    String t = FieldText.squeeze(text);
    String acronym = null;
    String expansion = null;
    for (int pass = 0; pass < 2; pass++) {
      int open = Brackets.openingOfFinal(t);
      if (open > 0 && !t.substring(0, open).isBlank()) {
        String inner = FieldText.squeeze(t.substring(open + 1, t.length() - 1));
        if (acronym == null && names.isAcronym(inner)) {
          acronym = inner;
          t = t.substring(0, open).strip();
          continue;
        }
        if (expansion == null && !inner.isEmpty()) {
          expansion = inner;
          t = t.substring(0, open).strip();
          continue;
        }
      }
      if (acronym == null) {
        String[] suffix = splitAtDash(t, true);
        if (suffix != null && names.isAcronym(suffix[1]) && !suffix[1].contains(" ")) {
          acronym = suffix[1];
          t = suffix[0];
          continue;
        }
        String[] prefix = splitAtDash(t, false);
        if (prefix != null && names.isAcronym(prefix[0]) && !prefix[0].contains(" ")) {
          acronym = prefix[0];
          t = prefix[1];
          continue;
        }
      }
      break;
    }
    return new OrgName(FieldText.trimSeparators(t), acronym, expansion);
  }

  /** The text around its last (or first) spaced dash, or null when it has none. */
  private static String[] splitAtDash(String t, boolean last) {
    int at = -1;
    String dash = null;
    for (String d : DASHES) {
      int i = last ? t.lastIndexOf(d) : t.indexOf(d);
      if (i > 0 && (at < 0 || (last ? i > at : i < at))) {
        at = i;
        dash = d;
      }
    }
    if (at < 0) {
      return null;
    }
    String before = t.substring(0, at).strip();
    String after = t.substring(at + dash.length()).strip();
    return before.isEmpty() || after.isEmpty() ? null : new String[] {before, after};
  }
}
