package org.refrain.corpus.split;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the fixed parts of a letter by their wording: salutations ("Dear President Moon
 * Jae-in,", "Your Excellency,") and closings ("Sincerely,", "Yours faithfully").
 */
public final class LetterParts {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DEAR_WORD = Pattern.compile("(?i)^(my\\s+)?dear\\s+");
  private static final Pattern END_PUNCTUATION = Pattern.compile("[,:;.!]+$");

  /**
   * Sign-offs from the shared {@code closings.txt}. Thanks ("Thank you for your attention") come
   * before the sign-off and do not end the body, so those entries are left out here.
   */
  private static final Set<String> CLOSINGS = loadClosings();

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

  private static Set<String> loadClosings() {
    String resource = "/org/refrain/corpus/closings.txt";
    try (InputStream in = LetterParts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> closings = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip().toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("thank you")) {
          closings.add(t);
        }
      }
      return Set.copyOf(closings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
