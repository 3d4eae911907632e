package org.lwm2m.codegen.processor.generate;

/**
 * Makes text from object XML safe inside a Javadoc comment. javac turns backslash-u escapes into
 * characters before it sees comments, so a backslash is written as an entity; {@code * /} would end
 * the comment; HTML special characters would be markup; every at sign is an entity, since one
 * starting a line would be a block tag and one after an opening brace an inline tag (a link doclint
 * cannot resolve, or an unclosed code tag). Control and line-separator characters become spaces.
 */
final class Javadoc {
  private Javadoc() {}

  static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r':
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            continue;
          }
          b.append('\n');
          continue;
        case '\n':
          b.append('\n');
          continue;
        case '\\':
          b.append("&#92;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '@':
          b.append("&#64;");
          break;
        case '*':
          // "*/" ends the comment; "/*" is harmless but kept symmetric.
          b.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
          break;
        default:
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            b.append(' ');
          } else {
            b.append(c);
          }
      }
    }
    return b.toString().strip();
  }
}
