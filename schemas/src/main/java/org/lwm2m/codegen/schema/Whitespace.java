package org.lwm2m.codegen.schema;

/**
 * The two kinds of white space the project knows, defined once: the XML grammar's, and what a
 * reader of an object's text sees as a space (names, ranges, units, descriptions).
 */
public final class Whitespace {
  private Whitespace() {}

  /** XML's {@code S}: space, tab, carriage return, line feed. */
  public static boolean isXml(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * Java white space, the no-break spaces and the byte order mark editors leave behind in text
   * (every Unicode space separator, line and paragraph separator).
   */
  public static boolean isText(char c) {
    if (c < 0x80) { // what the general test below gives for ASCII, without its table lookups
      return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
