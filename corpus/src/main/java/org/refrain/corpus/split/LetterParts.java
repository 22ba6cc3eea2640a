package org.refrain.corpus.split;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Recognises the fixed parts of a letter by their wording: salutations ("Dear President Moon
 * Jae-in,", "Your Excellency,"), closings ("Sincerely,", "Yours faithfully") and the courtesies
 * beside a closing ("Thank you for your consideration."), from the one list {@code closings.txt}.
 */
public final class LetterParts {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DEAR_WORD = Pattern.compile("(?i)^(my\\s+)?dear\\s+");
  private static final Pattern END_PUNCTUATION = Pattern.compile("[,:;.!]+$");

  private static final String CLOSINGS_LIST = "/org/refrain/corpus/closings.txt";

  /** The entries of {@code closings.txt} that are courtesies, not sign-offs: "thank you ...". */
  private static final String COURTESY = "thank you";

  /**
   * Sign-offs from the shared {@code closings.txt}. Thanks ("Thank you for your attention") come
   * before the sign-off and do not end the body, so those entries are left out here.
   */
  private static final Set<String> CLOSINGS = closings(false);

  /** The courtesies of {@code closings.txt}, which open a paragraph of thanks. */
  private static final List<String> COURTESIES = List.copyOf(closings(true));

  /** The first letters of {@link #CLOSINGS}. */
  private static final Set<Character> CLOSING_INITIALS = initials(CLOSINGS);

  private static final Pattern DEAR = Pattern.compile("(?i)(my\\s+)?dear\\s+\\S.{0,120}");

  /** "To the Foreign Ministers of the EU Member States,": an address used as the salutation. */
  private static final Pattern TO = Pattern.compile("(?i)to:?\\s+(the\\s+)?(\\S.{2,120})");

  private static final Pattern GENERIC =
      Pattern.compile(
          "(?i)(your\\s+)?excellenc(y|ies)(,\\s*dear\\s+colleagues)?|to\\s+whom\\s+it\\s+may\\s+concern"
              + "|(dear\\s+)?(sir|madam|sir\\s+or\\s+madam|madam\\s+or\\s+sir|friends|colleagues)"
              + "|(mr\\.?|madam|madame|ms\\.?)\\s+(president|secretary[- ]general|chair|"
              + "high\\s+representative|minister|ambassador|prime\\s+minister)");

  /** A short address to a named person: "President Moon Jae-in,". */
  private static final Pattern NAMED =
      Pattern.compile("(\\p{Lu}[\\p{L}.'’-]*\\s+){1,5}\\p{Lu}[\\p{L}.'’-]*");

  private LetterParts() {}

  /** True for a closing line such as "Sincerely," (punctuation after it allowed). */
  public static boolean isClosing(String line) {
    // Most lines are rejected by their first letter: the key below starts with it, lower-cased.
    String t = line.strip();
    if (!t.isEmpty() && t.charAt(0) < 0x80 && !CLOSING_INITIALS.contains(lowerAscii(t.charAt(0)))) {
      return false;
    }
    String key = SPACES.matcher(stripEndPunctuation(line)).replaceAll(" ").toLowerCase(Locale.ROOT);
    return CLOSINGS.contains(key);
  }

  private static Set<Character> initials(Set<String> closings) {
    Set<Character> initials = new HashSet<>();
    for (String c : closings) {
      initials.add(c.charAt(0));
    }
    return Set.copyOf(initials);
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * The entries of {@code closings.txt}, lower case: the courtesies, or the sign-offs. Bundled
   * only, through the one loader: the splitter reads no user's lexicon.
   */
  private static Set<String> closings(boolean courtesies) {
    Set<String> entries = new HashSet<>();
    for (String line : Lexicon.bundled().lines(LetterParts.class, CLOSINGS_LIST)) {
      String t = SPACES.matcher(line).replaceAll(" ").toLowerCase(Locale.ROOT);
      if (t.startsWith(COURTESY) == courtesies) {
        entries.add(t);
      }
    }
    return Set.copyOf(entries);
  }

  /**
   * True for a paragraph of thanks that goes with a closing: it opens with a courtesy of {@code
   * closings.txt} ("Thank you for your consideration, and we would be pleased to ...") followed by
   * punctuation, a space or nothing.
   */
  public static boolean isCourtesy(String paragraph) {
    String t = SPACES.matcher(paragraph.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    for (String courtesy : COURTESIES) {
      if (t.startsWith(courtesy)
          && (t.length() == courtesy.length()
              || !Character.isLetterOrDigit(t.codePointAt(courtesy.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The role of each of a letter's body paragraphs, given their texts in order and whether the
   * first is the salutation the splitter found. The closing is the sign-off (the first paragraph
   * that {@link #isClosing} accepts, as the body scanner ends a body there) with the run of
   * courtesies right before and right after it; without a sign-off, the run of courtesies that ends
   * the body. The first paragraph after the salutation is always content, so a letter that is all
   * thanks keeps its text.
   */
  public static List<Paragraph.Role> roles(List<String> paragraphs, boolean salutation) {
    int n = paragraphs.size();
    Paragraph.Role[] roles = new Paragraph.Role[n];
    Arrays.fill(roles, Paragraph.Role.CONTENT);
    int first = 0;
    if (salutation && n > 0) {
      roles[0] = Paragraph.Role.SALUTATION;
      first = 1;
    }
    int signOff = -1;
    for (int i = first; i < n && signOff < 0; i++) {
      if (isClosing(paragraphs.get(i))) {
        signOff = i;
      }
    }
    int courtesiesEnd = n;
    if (signOff >= 0) {
      roles[signOff] = Paragraph.Role.CLOSING;
      for (int i = signOff + 1; i < n && isCourtesy(paragraphs.get(i)); i++) {
        roles[i] = Paragraph.Role.CLOSING;
      }
      courtesiesEnd = signOff;
    }
    for (int i = courtesiesEnd - 1; i > first && isCourtesy(paragraphs.get(i)); i--) {
      roles[i] = Paragraph.Role.CLOSING;
    }
    return List.of(roles);
  }

  /**
   * True when {@code line} reads as a salutation. The caller also checks that running text follows,
   * which is what tells "President Moon Jae-in," from a list entry ending in a comma.
   */
  public static boolean isSalutation(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 140 || isClosing(t)) {
      return false;
    }
    String bare = stripEndPunctuation(t);
    if (TO.matcher(bare).matches()) {
      return t.endsWith(",") || t.endsWith(":");
    }
    if (DEAR.matcher(bare).matches() || GENERIC.matcher(bare).matches()) {
      return t.endsWith(",") || t.endsWith(":") || t.endsWith(bare);
    }
    return (t.endsWith(",") || t.endsWith(":")) && NAMED.matcher(bare).matches();
  }

  /** The addressee a salutation names, or null for a generic one ("Your Excellency"). */
  public static String addresseeOf(String salutation) {
    String bare = stripEndPunctuation(salutation.strip());
    if (GENERIC.matcher(bare).matches()) {
      return null;
    }
    java.util.regex.Matcher to = TO.matcher(bare);
    if (to.matches() && !GENERIC.matcher(bare).matches()) {
      return to.group(2).strip();
    }
    String name = DEAR_WORD.matcher(bare).replaceFirst("").strip();
    if (name.isEmpty() || GENERIC.matcher(name).matches()) {
      return null;
    }
    return name;
  }

  private static String stripEndPunctuation(String s) {
    return END_PUNCTUATION.matcher(s.strip()).replaceFirst("").strip();
  }
}
