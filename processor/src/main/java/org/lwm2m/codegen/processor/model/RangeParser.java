package org.lwm2m.codegen.processor.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lwm2m.codegen.processor.model.RangeSpec.Interval;
import org.lwm2m.codegen.schema.ResourceType;
import org.lwm2m.codegen.schema.Whitespace;

/**
 * Reads a resource's {@code RangeEnumeration} text into a {@link RangeSpec}, for the resource's
 * {@link ResourceType}.
 *
 * <p>OMA TS 1.1 Appendix D defines {@code a..b} as an inclusive range, a comma list as an
 * enumeration, numbers on String and Opaque resources as lengths in bytes, and quoted strings as
 * the allowed String values. Real registry files are messier; this parser reads:
 *
 * <ul>
 *   <li>ranges {@code a..b} with integer or decimal bounds, optional sign, spaces around the dots,
 *       and three dots ({@code 1...15}); dash ranges {@code 0-255} (both bounds unsigned, so {@code
 *       -5..5} and {@code -30..-10} are never read as dash ranges); {@code 1 to 10};
 *   <li>single numbers ({@code 12});
 *   <li>lists of such items separated by {@code ,}, {@code ;}, line breaks or the word {@code or},
 *       mixing values and ranges ({@code 0..247, 255}, {@code 0; 3.8..20.5}, {@code 0 or 26});
 *       empty list entries are ignored;
 *   <li>a {@code byte}/{@code bytes} suffix (any case) on items ({@code 1..64 Bytes}, {@code 32
 *       bytes}, {@code 0 or 26 Bytes}): such lists are lengths, meaningful on String and Opaque
 *       only;
 *   <li>labelled enumerations {@code 0: RELEASED}, {@code 0 = Off} or {@code 0 - idle} (the dash
 *       needs spaces on both sides, so {@code 8-Bits} stays free text), one per line or separated
 *       by {@code ,} or {@code ;}; the label starts with a letter, quote or underscore and runs to
 *       the next entry; the numbers are the allowed values of a numeric resource;
 *   <li>quoted value lists {@code "a", "b"} (double or single quotes, separated by {@code ,},
 *       {@code ;} or line breaks): the allowed values of a String resource;
 *   <li>plain word lists {@code ON;OFF}, {@code low, medium, high}: at least two words of letters,
 *       digits, {@code _}, {@code -} and {@code .} with at least one letter; a value with spaces,
 *       or a single allowed value, must be quoted ({@code TBD} alone is a placeholder far more
 *       often than an enumeration).
 * </ul>
 *
 * <p>Numbers are plain decimals: optional sign, ASCII digits, optional fraction with at least one
 * digit; no exponents, no hexadecimal, at most 400 characters.
 *
 * <p>How numbers apply to the type:
 *
 * <ul>
 *   <li>A text that is one single number is not understood on a numeric type: it is a maximum as
 *       often as the one allowed value, so it is checked as neither.
 *   <li>Integer: whole numbers within 64-bit signed ({@code 0.0..100.0} is fine, {@code 0.5..10} is
 *       not); Unsigned Integer: whole numbers within {@code 0..18446744073709551615}; Float: any
 *       decimal within the range of {@code double}. A {@code bytes} suffix or a word list on a
 *       numeric resource is not understood.
 *   <li>String and Opaque: numbers are byte lengths, whole numbers within {@code
 *       0..Integer.MAX_VALUE}. A range is a length range, each number in a list an exact length
 *       ({@code 10,26}: 10 or 26 bytes). <b>A text that is one single number, with or without
 *       {@code bytes}, is a maximum</b>: {@code 255} means {@code 0..255 bytes}. TS 1.1 only says
 *       the numbers are lengths; in the registry a lone number is mostly the maximum length of a
 *       name or identifier, and reading it as a maximum never rejects a value the "exact" reading
 *       accepts, so devices written either way keep working.
 *   <li>Boolean, Time, Objlnk, Corelnk and executable resources (type {@link ResourceType#NONE})
 *       take no range.
 * </ul>
 *
 * <p>Anything else (free text such as {@code 2 Instances}, reversed ranges, bounds that do not fit
 * the type) gives {@link RangeSpec#NONE} and a warning: a short message saying what was not
 * understood and why, ending in {@code "; no check"}. {@link #parse} never throws and runs in time
 * linear in the length of the text: it is a hand-written single-pass scanner, no regular
 * expressions.
 */
public final class RangeParser {

  /** The result of {@link #parse}: the spec, and a warning when the text was not understood. */
  public record ParsedRange(RangeSpec spec, String warning) {
    public ParsedRange {
      Objects.requireNonNull(spec, "spec");
    }

    /** True when the text was understood fully (no warning). */
    public boolean understood() {
      return warning == null;
    }
  }

  private static final ParsedRange BLANK = new ParsedRange(RangeSpec.NONE, null);

  /** Longer number tokens are not read (a double has at most 309 integral digits). */
  private static final int MAX_NUMBER_CHARS = 400;

  /** How much of the source a warning quotes. */
  private static final int MAX_QUOTE_CHARS = 60;

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal ULONG_MAX = new BigDecimal("18446744073709551615");
  private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);
  private static final BigDecimal LENGTH_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  private RangeParser() {}

  /**
   * Reads {@code text} (may be null) as the range of a resource of {@code type} (may be null: then
   * a non-blank range gets a warning). Never throws.
   */
  public static ParsedRange parse(String text, ResourceType type) {
    try {
      return limited(parseText(text, type));
    } catch (RuntimeException e) {
      // A safety net only: the scanner is written not to throw.
      String quoted = text == null ? "" : quote(text, 0, text.length());
      return warn("range '" + quoted + "' could not be read (" + e + ")");
    }
  }

  /**
   * More alternatives than a generated class can hold as a check (its static initializer is
   * limited to 64 KB of code); real objects list a handful.
   */
  static final int MAX_ALTERNATIVES = 256;

  /**
   * The largest minimum length a check accepts: an in-memory instance starts at the shortest
   * allowed value, and a longer one is beyond anything a CoAP payload carries.
   */
  static final int MAX_MINIMUM_LENGTH = 65_535;

  private static ParsedRange limited(ParsedRange parsed) {
    if (parsed.spec() instanceof RangeSpec.Lengths lengths
        && lengths.alternatives().stream().allMatch(i -> i.min().intValueExact() > MAX_MINIMUM_LENGTH)) {
      return warn("every allowed length is over " + MAX_MINIMUM_LENGTH + " bytes, more than a resource value can hold");
    }
    int count =
        parsed.spec() instanceof RangeSpec.Numeric n ? n.alternatives().size()
            : parsed.spec() instanceof RangeSpec.Lengths l ? l.alternatives().size()
            : parsed.spec() instanceof RangeSpec.Strings t ? t.values().size()
            : 0;
    return count > MAX_ALTERNATIVES
        ? warn("the range lists " + count + " alternatives, more than the " + MAX_ALTERNATIVES + " a generated check holds")
        : parsed;
  }

  private static ParsedRange parseText(String s, ResourceType type) {
    if (s == null) {
      return BLANK;
    }
    int from = skipSpace(s, 0, s.length());
    int to = trimEnd(s, from, s.length());
    if (from == to) {
      return BLANK;
    }
    if (type == null) {
      return warn("range '" + quote(s, from, to) + "' on a resource without a known type");
    }
    switch (type) {
      case BOOLEAN:
      case TIME:
      case OBJLNK:
      case CORELNK:
        return warn("ranges on " + type.xml() + " resources have no meaning");
      case NONE:
        return warn("executable resources take no range ('" + quote(s, from, to) + "')");
      default:
        break;
    }
    char first = s.charAt(from);
    if (first == '"' || first == '\'') {
      return quotedList(s, from, to, type);
    }
    int firstEntryEnd = entryEnd(s, from, to);
    if (labelledValue(s, from, trimEnd(s, from, firstEntryEnd)) != null) {
      return labelledList(s, from, to, type);
    }
    return plainList(s, from, to, type);
  }

  // ---- plain lists: numbers, ranges, words ----

  private static ParsedRange plainList(String s, int from, int to, ResourceType type) {
    List<Item> numbers = new ArrayList<>();
    List<String> words = new ArrayList<>();
    boolean bytes = false;
    int start = from;
    for (int i = from; i <= to; i++) {
      int next;
      if (i == to || isSeparator(s.charAt(i))) {
        next = i + 1;
      } else if (isOrAt(s, i, from, to)) {
        next = i + 2;
      } else {
        continue;
      }
      int a = skipSpace(s, start, i);
      int b = trimEnd(s, a, i);
      start = next;
      i = next - 1;
      if (a == b) {
        continue;
      }
      int numberEnd = b;
      int suffix = bytesSuffix(s, a, b);
      if (suffix >= 0) {
        numberEnd = trimEnd(s, a, suffix);
        bytes = true;
      }
      Item item = numericItem(s, a, numberEnd);
      if (item != null) {
        item.source = quote(s, a, b);
        numbers.add(item);
      } else if (suffix < 0 && isWord(s, a, b)) {
        words.add(s.substring(a, b));
      } else {
        return notUnderstood(s, from, to);
      }
    }
    if (!words.isEmpty()) {
      if (!numbers.isEmpty()) {
        return notUnderstood(s, from, to);
      }
      return wordList(words, s, from, to, type);
    }
    if (numbers.isEmpty()) {
      return notUnderstood(s, from, to);
    }
    if (type.numeric()) {
      if (bytes) {
        return warn(
            "byte lengths '"
                + quote(s, from, to)
                + "' apply to String and Opaque resources, not "
                + type.xml());
      }
      ParsedRange parsed = numeric(numbers, type);
      if (parsed.understood() && numbers.size() == 1 && !numbers.get(0).range) {
        // "255" on object 20's Log Class, whose text makes 0 the default: a lone number on a
        // number is a maximum as often as a value, so it is checked as neither.
        return warn(
            "a lone number, " + numbers.get(0).source + ", on " + type.xml()
                + " is neither a range nor a list of values (write 0.." + numbers.get(0).source
                + " for a maximum)");
      }
      return parsed;
    }
    if (numbers.size() == 1 && !numbers.get(0).range) {
      // A lone number on String/Opaque is a maximum length; see the class comment.
      Item max = numbers.get(0);
      max.min = BigDecimal.ZERO;
      if (max.max.signum() < 0) {
        return warn("length " + max.source + " is not a byte length (whole number 0..2147483647)");
      }
    }
    return lengths(numbers, type);
  }

  private static ParsedRange wordList(
      List<String> words, String s, int from, int to, ResourceType type) {
    if (words.size() == 1) {
      // "8-Bits", "TBD": a lone word is a placeholder or a note far more often than a value.
      return type == ResourceType.STRING
          ? warn(
              "'"
                  + quote(s, from, to)
                  + "' is not a range or an enumeration (quote a single allowed value)")
          : notUnderstood(s, from, to);
    }
    if (type != ResourceType.STRING) {
      return warn(
          "word list '" + quote(s, from, to) + "' has no meaning on " + type.xml() + " resources");
    }
    return new ParsedRange(new RangeSpec.Strings(words), null);
  }

  /** A number or a range spanning exactly {@code [a, b)}, or null. */
  private static Item numericItem(String s, int a, int b) {
    int aEnd = numberEnd(s, a, b);
    if (aEnd < 0) {
      return null;
    }
    Item item = new Item();
    item.min = new BigDecimal(s.substring(a, aEnd));
    if (aEnd == b) {
      item.max = item.min;
      return item;
    }
    boolean signedMin = isSign(s.charAt(a));
    int p = skipSpace(s, aEnd, b);
    char c = s.charAt(p);
    boolean dash = false;
    if (c == '.') {
      int q = p;
      while (q < b && s.charAt(q) == '.') {
        q++;
      }
      if (q - p != 2 && q - p != 3) {
        return null;
      }
      p = q;
    } else if (c == '-' || c == '\u2013') {
      if (signedMin) {
        return null;
      }
      dash = true;
      p++;
    } else if (p > aEnd && isToAt(s, p, b)) {
      p += 2;
    } else {
      return null;
    }
    p = skipSpace(s, p, b);
    int bEnd = numberEnd(s, p, b);
    if (bEnd != b || (dash && isSign(s.charAt(p)))) {
      return null;
    }
    item.max = new BigDecimal(s.substring(p, bEnd));
    item.range = true;
    return item;
  }

  // ---- labelled enumerations ----

  private static ParsedRange labelledList(String s, int from, int to, ResourceType type) {
    List<Item> values = new ArrayList<>();
    int start = from;
    while (start < to) {
      int end = entryEnd(s, start, to);
      int a = skipSpace(s, start, end);
      int b = trimEnd(s, a, end);
      start = end + 1;
      if (a == b) {
        continue;
      }
      BigDecimal value = labelledValue(s, a, b);
      if (value != null) {
        Item item = new Item();
        item.min = value;
        item.max = value;
        item.source = quote(s, a, numberEnd(s, a, b));
        values.add(item);
      } else if (numericItem(s, a, b) != null) {
        return warn(
            "labelled enumeration '"
                + quote(s, from, to)
                + "' has an entry without a label ('"
                + quote(s, a, b)
                + "')");
      }
      // Anything else continues the previous label ("0: Off, i.e. disabled").
    }
    if (!type.numeric()) {
      return warn(
          "labelled enumeration '"
              + quote(s, from, to)
              + "' lists numbers, which "
              + type.xml()
              + " resources do not have");
    }
    return numeric(values, type);
  }

  /** The number of a labelled entry {@code 0: X}, {@code 0 = X} or {@code 0 - X}, else null. */
  private static BigDecimal labelledValue(String s, int a, int b) {
    int numberEnd = numberEnd(s, a, b);
    if (numberEnd < 0) {
      return null;
    }
    int p = skipSpace(s, numberEnd, b);
    if (p >= b) {
      return null;
    }
    char c = s.charAt(p);
    boolean separated =
        c == ':'
            || c == '='
            || ((c == '-' || c == '\u2013')
                && p > numberEnd
                && p + 1 < b
                && isSpace(s.charAt(p + 1)));
    if (!separated) {
      return null;
    }
    int label = skipSpace(s, p + 1, b);
    if (label >= b) {
      return null;
    }
    char l = s.charAt(label);
    if (!Character.isLetter(l) && l != '"' && l != '\'' && l != '_') {
      return null;
    }
    return new BigDecimal(s.substring(a, numberEnd));
  }

  /** The end of the entry of a labelled list starting at {@code i}. */
  private static int entryEnd(String s, int i, int to) {
    while (i < to && !isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  // ---- quoted lists ----

  private static ParsedRange quotedList(String s, int from, int to, ResourceType type) {
    List<String> values = new ArrayList<>();
    int p = from;
    while (p < to) {
      char q = s.charAt(p);
      if (q != '"' && q != '\'') {
        return notQuotedList(s, from, to);
      }
      int close = s.indexOf(q, p + 1);
      if (close < 0 || close >= to) {
        return notQuotedList(s, from, to);
      }
      values.add(s.substring(p + 1, close));
      p = close + 1;
      boolean separated = false;
      while (p < to && (isSpace(s.charAt(p)) || isSeparator(s.charAt(p)))) {
        separated |= isSeparator(s.charAt(p));
        p++;
      }
      if (p < to && !separated) {
        return notQuotedList(s, from, to);
      }
    }
    if (type != ResourceType.STRING) {
      return warn(
          "quoted values '"
              + quote(s, from, to)
              + "' apply to String resources only, not "
              + type.xml());
    }
    return new ParsedRange(new RangeSpec.Strings(values), null);
  }

  private static ParsedRange notQuotedList(String s, int from, int to) {
    return warn("'" + quote(s, from, to) + "' is not a list of quoted values");
  }

  // ---- fitting numbers to the type ----

  private static ParsedRange numeric(List<Item> items, ResourceType type) {
    List<Interval> intervals = new ArrayList<>(items.size());
    for (Item item : items) {
      if (item.min.compareTo(item.max) > 0) {
        return reversed(item);
      }
      String problem = fitProblem(item, type);
      if (problem != null) {
        return warn(
            (item.single() ? "value " : "range ")
                + item.source
                + " does not fit "
                + type.xml()
                + " ("
                + problem
                + ")");
      }
      intervals.add(new Interval(item.min, item.max));
    }
    return new ParsedRange(new RangeSpec.Numeric(intervals), null);
  }

  private static String fitProblem(Item item, ResourceType type) {
    switch (type) {
      case INTEGER:
        if (!integral(item.min) || !integral(item.max)) {
          return "whole numbers only";
        }
        return within(item, LONG_MIN, LONG_MAX) ? null : "64-bit signed";
      case UNSIGNED_INTEGER:
        return integral(item.min) && integral(item.max) && within(item, BigDecimal.ZERO, ULONG_MAX)
            ? null
            : "whole numbers 0..18446744073709551615";
      default: // FLOAT
        return within(item, DOUBLE_MAX.negate(), DOUBLE_MAX) ? null : "64-bit floating point";
    }
  }

  private static ParsedRange lengths(List<Item> items, ResourceType type) {
    List<Interval> intervals = new ArrayList<>(items.size());
    for (Item item : items) {
      if (item.min.compareTo(item.max) > 0) {
        return reversed(item);
      }
      if (!integral(item.min)
          || !integral(item.max)
          || !within(item, BigDecimal.ZERO, LENGTH_MAX)) {
        return warn("length " + item.source + " is not a byte length (whole number 0..2147483647)");
      }
      intervals.add(new Interval(item.min, item.max));
    }
    return new ParsedRange(new RangeSpec.Lengths(intervals), null);
  }

  private static ParsedRange reversed(Item item) {
    return warn("reversed range " + item.source + " (min > max)");
  }

  private static boolean integral(BigDecimal d) {
    return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
  }

  private static boolean within(Item item, BigDecimal lo, BigDecimal hi) {
    return item.min.compareTo(lo) >= 0 && item.max.compareTo(hi) <= 0;
  }

  // ---- scanning ----

  /**
   * The end of the number at {@code i}: optional sign, ASCII digits, optional fraction with at
   * least one digit (so {@code 1..5} reads {@code 1} then dots). -1 when there is none or it is
   * longer than {@link #MAX_NUMBER_CHARS}.
   */
  private static int numberEnd(String s, int i, int to) {
    int p = i;
    if (p < to && isSign(s.charAt(p))) {
      p++;
    }
    int digits = p;
    while (p < to && isDigit(s.charAt(p))) {
      p++;
    }
    if (p == digits) {
      return -1;
    }
    if (p + 1 < to && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
      p++;
      while (p < to && isDigit(s.charAt(p))) {
        p++;
      }
    }
    return p - i > MAX_NUMBER_CHARS ? -1 : p;
  }

  /** Where a trailing {@code byte}/{@code bytes} (after a space or digit) starts, else -1. */
  private static int bytesSuffix(String s, int a, int b) {
    for (String word : new String[] {"bytes", "byte"}) {
      int start = b - word.length();
      if (start > a
          && s.regionMatches(true, start, word, 0, word.length())
          && (isSpace(s.charAt(start - 1)) || isDigit(s.charAt(start - 1)))) {
        return start;
      }
    }
    return -1;
  }

  /** A plain enumeration word: letters, digits, {@code _ - .}, at least one letter. */
  private static boolean isWord(String s, int a, int b) {
    boolean letter = false;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
      } else if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
        return false;
      }
    }
    return letter;
  }

  /** The word {@code or} between spaces at {@code i}. */
  private static boolean isOrAt(String s, int i, int from, int to) {
    return i > from
        && i + 2 < to
        && (s.charAt(i) == 'o' || s.charAt(i) == 'O')
        && (s.charAt(i + 1) == 'r' || s.charAt(i + 1) == 'R')
        && isSpace(s.charAt(i - 1))
        && isSpace(s.charAt(i + 2));
  }

  /** The word {@code to} followed by a space at {@code p} (the caller checks the space before). */
  private static boolean isToAt(String s, int p, int to) {
    return p + 2 < to
        && (s.charAt(p) == 't' || s.charAt(p) == 'T')
        && (s.charAt(p + 1) == 'o' || s.charAt(p + 1) == 'O')
        && isSpace(s.charAt(p + 2));
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == ';' || c == '\n' || c == '\r';
  }

  private static boolean isSign(char c) {
    return c == '+' || c == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return Whitespace.isText(c);
  }

  private static int skipSpace(String s, int i, int to) {
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String s, int from, int to) {
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  // ---- messages ----

  private static ParsedRange notUnderstood(String s, int from, int to) {
    return warn("'" + quote(s, from, to) + "' is not a range or an enumeration");
  }

  private static ParsedRange warn(String message) {
    return new ParsedRange(RangeSpec.NONE, message + "; no check");
  }

  /**
   * {@code s[from, to)} for a message: whitespace runs (line breaks included) become one space, and
   * the text is cut after {@link #MAX_QUOTE_CHARS} characters.
   */
  private static String quote(String s, int from, int to) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      if (out.length() >= MAX_QUOTE_CHARS) {
        return out.append("...").toString();
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A number or range read from the text, before it is fitted to the type. */
  private static final class Item {
    BigDecimal min;
    BigDecimal max;
    String source;

    /** Written as a range ({@code 12..12}), not as a single number. */
    boolean range;

    boolean single() {
      return min.compareTo(max) == 0;
    }
  }
}
