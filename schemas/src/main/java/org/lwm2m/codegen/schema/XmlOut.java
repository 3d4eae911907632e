package org.lwm2m.codegen.schema;

/**
 * A small, deterministic XML text builder: LF line ends, two-space indentation, text escaped so
 * that any Java string gives a well-formed document and reads back unchanged.
 *
 * <p>Hand-written rather than an {@code XMLStreamWriter}: the JDK's writer neither escapes
 * carriage returns (which a parser would turn into line feeds) nor guards against characters XML
 * 1.0 forbids.
 */
final class XmlOut {

  /** What replaces a character XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF). */
  static final char REPLACEMENT = '\uFFFD';

  private final StringBuilder out = new StringBuilder(4096);
  private int depth;

  XmlOut declaration() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    return this;
  }

  /** A comment on its own lines; a null or blank text writes nothing. */
  XmlOut comment(String text) {
    if (text != null && !text.isBlank()) {
      indent();
      // The line feeds around the text also keep a leading or trailing "-" legal.
      out.append("<!--\n").append(commentText(text)).append("\n-->\n");
    }
    return this;
  }

  /** A start tag; {@code attributes} are name, value pairs. */
  XmlOut start(String name, String... attributes) {
    indent();
    out.append('<').append(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"");
      escape(attributes[i + 1], true);
      out.append('"');
    }
    out.append(">\n");
    depth++;
    return this;
  }

  XmlOut end(String name) {
    depth--;
    indent();
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** A text-only element; null text gives an empty element. Whitespace is kept exactly. */
  XmlOut leaf(String name, String text) {
    indent();
    out.append('<').append(name).append('>');
    if (text != null) {
      escape(text, false);
    }
    out.append("</").append(name).append(">\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void indent() {
    out.append("  ".repeat(depth));
  }

  /**
   * Escapes markup characters; CR (and in attributes tab and LF too) become character references
   * so that they survive parsing; characters XML 1.0 cannot carry become U+FFFD.
   */
  private void escape(String text, boolean attribute) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\r' -> out.append("&#13;");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          if (isXmlChar(c)) {
            out.appendCodePoint(c);
          } else {
            out.append(REPLACEMENT);
          }
        }
      }
    }
  }

  /**
   * Comment text that keeps the comment well-formed: no "--" (a space is put between the
   * hyphens), LF line ends, and no characters XML 1.0 forbids (U+FFFD instead).
   */
  static String commentText(String text) {
    StringBuilder b = new StringBuilder(text.length());
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalised.length(); ) {
      int c = normalised.codePointAt(i);
      i += Character.charCount(c);
      if (c == '-' && b.length() > 0 && b.charAt(b.length() - 1) == '-') {
        b.append(' ');
      }
      if (isXmlChar(c)) {
        b.appendCodePoint(c);
      } else {
        b.append(REPLACEMENT);
      }
    }
    return b.toString();
  }

  /** The Char production of XML 1.0; a lone surrogate arrives here as its own code point. */
  static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
