package org.lwm2m.codegen.processor.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lwm2m.codegen.schema.Whitespace;

/**
 * The OMA guideline "each word of a name is capitalised", made precise:
 *
 * <ul>
 *   <li>words are separated by whitespace (no-break spaces included);
 *   <li>a word's first letter or digit is what counts, so {@code (Optional)}, {@code "Mode"} and
 *       {@code 3-Phase} pass, and a word of punctuation only ({@code -}, {@code /}) is ignored;
 *   <li>a word fails when that character is a lower-case letter: {@code oA}, {@code powerupLog},
 *       {@code value} fail, and so do brand spellings such as {@code nuSIM} or {@code eSIM};
 *   <li>except the short joining words {@code a, an, and, as, at, by, for, from, in, of, on, or,
 *       per, the, to, via, vs, with} anywhere but first ({@code Cellular Network and Bearer
 *       Control} passes), version markers {@code v1.0}, and SenML units that hold a capital
 *       letter ({@code kWh}, {@code dBm}, {@code mA}).
 * </ul>
 */
final class Capitalisation {
  private static final Set<String> JOINING_WORDS =
      Set.of(
          "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "per", "the",
          "to", "via", "vs", "with");

  private Capitalisation() {}

  /** The words of {@code name} that are not capitalised, in order; empty when it passes. */
  static List<String> uncapitalisedWords(String name) {
    List<String> bad = new ArrayList<>();
    int index = 0;
    for (String word : words(name)) {
      int first = firstLetterOrDigit(word);
      if (first < 0) {
        continue;
      }
      String core = trimPunctuation(word);
      boolean lower = Character.isLowerCase(word.codePointAt(first));
      if (lower && !(index > 0 && JOINING_WORDS.contains(core.toLowerCase(Locale.ROOT)))
          && !versionMarker(core) && !unitWithCapital(core)) {
        bad.add(word);
      }
      index++;
    }
    return bad;
  }

  private static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Whitespace.isText(c)) {
        if (w.length() > 0) {
          words.add(w.toString());
          w.setLength(0);
        }
      } else {
        w.append(c);
      }
    }
    if (w.length() > 0) {
      words.add(w.toString());
    }
    return words;
  }

  private static int firstLetterOrDigit(String word) {
    for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
      if (Character.isLetterOrDigit(word.codePointAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The word without leading and trailing punctuation: {@code (kWh)} gives {@code kWh}. */
  private static String trimPunctuation(String word) {
    int a = 0;
    int b = word.length();
    while (a < b && !Character.isLetterOrDigit(word.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(word.charAt(b - 1))) {
      b--;
    }
    return word.substring(a, b);
  }

  private static boolean versionMarker(String core) {
    return core.length() > 1 && core.charAt(0) == 'v' && Character.isDigit(core.charAt(1));
  }

  private static boolean unitWithCapital(String core) {
    return SenmlUnits.all().contains(core) && !core.equals(core.toLowerCase(Locale.ROOT));
  }
}
