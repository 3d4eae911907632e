package org.lwm2m.codegen.processor.validate;

import org.lwm2m.codegen.schema.ResourceDefinition;

/** Small text helpers for the rules' messages and comparisons. */
final class Text {
  /** How much of a value a message quotes. */
  private static final int MAX_QUOTE = 60;

  private Text() {}

  static boolean isBlank(String s) {
    return s == null || collapse(s).isEmpty();
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
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** {@code 'text'} collapsed and cut after {@value #MAX_QUOTE} characters, for messages. */
  static String quote(String s) {
    String c = collapse(s);
    return "'" + (c.length() > MAX_QUOTE ? c.substring(0, MAX_QUOTE) + "..." : c) + "'";
  }

  /** {@code resource 5 (Name)}. */
  static String label(ResourceDefinition r) {
    return "resource " + r.id() + " (" + collapse(r.name()) + ")";
  }
}
