package org.lwm2m.codegen.processor.validate;

import java.util.Locale;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ResourceDefinition;
import org.lwm2m.codegen.schema.Whitespace;

/** Small text helpers for the rules' messages and comparisons. */
final class Text {
  /** How much of a value a message quotes. */
  private static final int MAX_QUOTE = 60;

  private Text() {}

  static boolean isBlank(String s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code a} and {@code b} are equal once all whitespace is removed (and case ignored,
   * when asked), as {@link #withoutSpace} and {@code toLowerCase(Locale.ROOT)} would make them,
   * without building either string when both are ASCII (every registry file so far).
   */
  static boolean equalIgnoringSpace(String a, String b, boolean ignoreCase) {
    String x = a == null ? "" : a;
    String y = b == null ? "" : b;
    if (x.equals(y)) {
      return true; // the usual case, a copied text: one intrinsic comparison
    }
    if (!isAscii(x) || !isAscii(y)) {
      String kx = withoutSpace(x);
      String ky = withoutSpace(y);
      return ignoreCase ? kx.toLowerCase(Locale.ROOT).equals(ky.toLowerCase(Locale.ROOT)) : kx.equals(ky);
    }
    int i = 0;
    int j = 0;
    while (true) {
      while (i < x.length() && isSpace(x.charAt(i))) {
        i++;
      }
      while (j < y.length() && isSpace(y.charAt(j))) {
        j++;
      }
      if (i == x.length() || j == y.length()) {
        return i == x.length() && j == y.length();
      }
      char c = x.charAt(i++);
      char d = y.charAt(j++);
      if (c != d && !(ignoreCase && lowerAscii(c) == lowerAscii(d))) {
        return false;
      }
    }
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * {@code s} trimmed, with every run of whitespace (line breaks and no-break spaces included)
   * made one space; "" for null.
   */
  static String collapse(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /** {@code s} without any whitespace; "" for null. */
  static String withoutSpace(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isSpace(char c) {
    return Whitespace.isText(c);
  }

  /** {@code s} with A-Z made a-z and every other character kept. */
  static String asciiLowerCase(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = lowerAscii(chars[i]);
    }
    return new String(chars);
  }

  /** {@code 'text'} collapsed and cut after {@value #MAX_QUOTE} characters, for messages. */
  static String quote(String s) {
    String c = collapse(s);
    return "'" + (c.length() > MAX_QUOTE ? c.substring(0, MAX_QUOTE) + "..." : c) + "'";
  }

  /** "object 3303", or "the object" when its ID is unreadable. */
  static String label(ObjectDefinition o) {
    return o.objectId() == ObjectDefinition.UNREADABLE_ID ? "the object" : "object " + o.objectId();
  }

  /** {@code resource 5 (Name)}, or {@code the resource (Name)} when its ID is unreadable. */
  static String label(ResourceDefinition r) {
    return (r.id() == ObjectDefinition.UNREADABLE_ID ? "the resource" : "resource " + r.id()) + " (" + collapse(r.name()) + ")";
  }
}
