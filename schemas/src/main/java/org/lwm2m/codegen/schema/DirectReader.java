package org.lwm2m.codegen.schema;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.xml.sax.helpers.LocatorImpl;

/**
 * Reads a plainly written, valid object XML file in one pass over its characters, or declines.
 *
 * <p>It accepts a deliberately small subset of XML: UTF-8, an optional XML declaration, comments,
 * the five predefined entities, character references and CDATA sections, and exactly the element
 * structure of the object definition schemas with values their types allow. Anything else (a
 * DOCTYPE, a processing instruction, another encoding, namespaces beyond the {@code xsi} schema
 * location, an unknown, missing or misplaced element, a value outside an enumeration, a character
 * XML forbids) makes it decline, and the thorough read (well-formedness scan, schema validation
 * and JAXB binding) reads the file and reports what is wrong. A file this reader accepts is meant
 * to be one the thorough read accepts without a problem, with the same binding: the tests check
 * both on every registry file and on mutated ones.
 *
 * <p>Element positions are the ones a SAX parser reports for a start tag: the line and column
 * just after its {@code >}.
 */
final class DirectReader {

  /** What the thorough read would give for an accepted file. */
  record Parsed(XmlLwm2m root, SchemaVersion schema, String licence) {}

  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final Set<String> MULTIPLE = Set.of("Multiple", "Single");
  private static final Set<String> MANDATORY = Set.of("Mandatory", "Optional");
  private static final Set<String> OPERATIONS = Set.of("R", "W", "RW", "E", "");
  private static final Set<String> TYPES_1_0 =
      Set.of("String", "Integer", "Float", "Boolean", "Opaque", "Time", "Objlnk", "");
  private static final Set<String> TYPES_1_1 = Set.of("String", "Integer", "Float", "Boolean",
      "Opaque", "Time", "Objlnk", "Unsigned Integer", "Corelnk", "");

  /** Thrown to give up on the file; carries no stack trace, since it is not an error. */
  private static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Decline() {
      super(null, null, false, false);
    }
  }

  private static final Decline DECLINE = new Decline();

  private final char[] s;
  private final int end;
  private final String file;
  private int pos;
  private final StringBuilder text = new StringBuilder();
  // Position bookkeeping: lines counted up to `counted`; `lineStart` is where the line begins.
  private int counted;
  private int line = 1;
  private int lineStart;

  private DirectReader(char[] chars, int length, String file) {
    this.s = chars;
    this.end = length;
    this.file = file;
  }

  /** The binding of {@code content}, or null when the file is outside the subset. */
  static Parsed read(String file, byte[] content) {
    CharBuffer chars = decode(content);
    if (chars == null) {
      return null;
    }
    try {
      return new DirectReader(chars.array(), chars.limit(), file).document();
    } catch (Decline e) {
      return null;
    }
  }

  /** Strict UTF-8 (a BOM skipped), or null for anything that is not. */
  private static CharBuffer decode(byte[] content) {
    int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
        && content[2] == (byte) 0xBF ? 3 : 0;
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, start, content.length - start));
      return chars.hasArray() && chars.arrayOffset() == 0 && chars.position() == 0 ? chars : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  // --- the document ----------------------------------------------------------------------------

  private Parsed document() {
    if (startsWith("<?xml")) {
      xmlDeclaration();
    }
    StringBuilder licence = new StringBuilder();
    while (true) {
      skipSpace();
      if (startsWith("<!--")) {
        if (licence.length() > 0) {
          licence.append('\n');
        }
        licence.append(comment());
      } else {
        break;
      }
    }
    String schemaLocation = rootTag();
    SchemaVersion schema = SchemaVersion.fromLocation(schemaLocation);
    if (schema == null) {
      throw DECLINE;
    }
    XmlLwm2m root = new XmlLwm2m();
    root.schemaLocation = schemaLocation;
    do {
      root.objects.add(object(schema));
      skipMisc();
    } while (!startsWith("</"));
    endTag("LWM2M");
    skipMisc();
    if (pos != end) {
      throw DECLINE;
    }
    String l = licence.toString().strip();
    return new Parsed(root, schema, l.isEmpty() ? null : l);
  }

  /** {@code <?xml version="1.0" encoding="UTF-8" standalone="..."?>}, each part as XML orders them. */
  private void xmlDeclaration() {
    int close = indexOf("?>");
    for (int i = pos; i < close; i++) {
      if (s[i] == '\n' || s[i] == '\r') {
        throw DECLINE; // the JDK's parser does not count lines inside the declaration
      }
    }
    pos += 5;
    String[] names = {"version", "encoding", "standalone"};
    int next = 0;
    while (true) {
      boolean spaced = skipSpace();
      if (startsWith("?>")) {
        pos += 2;
        break;
      }
      if (!spaced) {
        throw DECLINE;
      }
      String name = name();
      boolean first = next == 0;
      while (next < names.length && !names[next].equals(name)) {
        next++;
      }
      if (next == names.length || first != (next == 0)) {
        throw DECLINE; // unknown, out of order, or no version first
      }
      String value = attributeValue();
      boolean fine = next == 0 ? value.equals("1.0")
          : next == 1 ? value.equalsIgnoreCase("UTF-8")
          : value.equals("yes") || value.equals("no");
      if (!fine) {
        throw DECLINE;
      }
      next++;
    }
    if (next == 0) {
      throw DECLINE; // no version
    }
  }

  /** {@code <LWM2M xmlns:xsi="..." xsi:noNamespaceSchemaLocation="...">}: the schema location. */
  private String rootTag() {
    expectName("<LWM2M");
    String xsiPrefix = null;
    String locationName = null;
    String location = null;
    while (true) {
      boolean spaced = skipSpace();
      if (peek() == '>') {
        pos++;
        break;
      }
      if (!spaced) {
        throw DECLINE;
      }
      String name = name();
      String value = attributeValue();
      if (name.startsWith("xmlns:") && value.equals(XSI) && xsiPrefix == null) {
        xsiPrefix = name.substring(6);
      } else if (name.endsWith(":noNamespaceSchemaLocation") && locationName == null) {
        locationName = name;
        location = value;
      } else {
        throw DECLINE;
      }
    }
    if (xsiPrefix == null || !(xsiPrefix + ":noNamespaceSchemaLocation").equals(locationName)
        || !isPlainUri(location)) {
      throw DECLINE;
    }
    return location;
  }

  /**
   * An http(s) URL or a relative path of plain ASCII characters: an xs:anyURI by any reading.
   */
  private static boolean isPlainUri(String value) {
    if (!(value.startsWith("http://") || value.startsWith("https://") || value.indexOf(':') < 0)) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~:/".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return !value.isEmpty();
  }

  private XmlObject object(SchemaVersion schema) {
    skipMisc();
    expectName("<Object");
    XmlObject o = new XmlObject();
    o.objectType = onlyAttribute("ObjectType");
    o.locator = here();
    o.name = leaf("Name", null);
    o.description1 = leaf("Description1", null);
    o.objectId = leaf("ObjectID", null);
    if (DefinitionMapper.id(o.objectId.value) == DefinitionMapper.INVALID_ID) {
      throw DECLINE;
    }
    o.urn = leaf("ObjectURN", null);
    o.lwm2mVersion = optionalLeaf("LWM2MVersion");
    o.objectVersion = optionalLeaf("ObjectVersion");
    o.multipleInstances = leaf("MultipleInstances", MULTIPLE);
    o.mandatory = leaf("Mandatory", MANDATORY);
    skipMisc();
    expectName("<Resources");
    if (!noAttributes()) {
      throw DECLINE; // <Resources/>: the schema wants at least one Item
    }
    XmlResources resources = new XmlResources();
    resources.locator = here();
    do {
      resources.items.add(item(schema));
      skipMisc();
    } while (!startsWith("</"));
    endTag("Resources");
    o.resources = resources;
    o.description2 = leaf("Description2", null);
    skipMisc();
    endTag("Object");
    return o;
  }

  private XmlItem item(SchemaVersion schema) {
    skipMisc();
    expectName("<Item");
    XmlItem i = new XmlItem();
    i.id = onlyAttribute("ID");
    if (DefinitionMapper.id(i.id) == DefinitionMapper.INVALID_ID) {
      throw DECLINE;
    }
    i.locator = here();
    i.name = leaf("Name", null);
    i.operations = leaf("Operations", OPERATIONS);
    i.multipleInstances = leaf("MultipleInstances", MULTIPLE);
    i.mandatory = leaf("Mandatory", MANDATORY);
    i.type = leaf("Type", schema == SchemaVersion.V1_0 ? TYPES_1_0 : TYPES_1_1);
    i.rangeEnumeration = leaf("RangeEnumeration", null);
    i.units = leaf("Units", null);
    i.description = leaf("Description", null);
    skipMisc();
    endTag("Item");
    return i;
  }

  // --- elements ------------------------------------------------------------------------------

  private XmlText optionalLeaf(String name) {
    skipMisc();
    return startsWithTag(name) ? leaf(name, null) : null;
  }

  /** A text-only element with no attributes; {@code allowed} limits its value when not null. */
  private XmlText leaf(String name, Set<String> allowed) {
    skipMisc();
    if (!startsWithTag(name)) {
      throw DECLINE;
    }
    pos += name.length() + 1;
    boolean empty = !noAttributes();
    XmlText t = new XmlText();
    t.locator = here();
    if (!empty) {
      t.value = content();
      endTag(name);
    }
    if (allowed != null && !allowed.contains(t.text())) {
      throw DECLINE;
    }
    return t;
  }

  /** After a start tag's name, with no attributes: true for {@code >}, false for {@code />}. */
  private boolean noAttributes() {
    skipSpace();
    if (peek() == '>') {
      pos++;
      return true;
    }
    if (startsWith("/>")) {
      pos += 2;
      return false;
    }
    throw DECLINE;
  }

  /** The value of the start tag's one attribute, {@code name}; the tag must not be empty. */
  private String onlyAttribute(String name) {
    if (!skipSpace() || !name.equals(name())) {
      throw DECLINE;
    }
    String value = attributeValue();
    skipSpace();
    if (peek() != '>') {
      throw DECLINE;
    }
    pos++;
    return value;
  }

  private void endTag(String name) {
    if (!startsWith("</")) {
      throw DECLINE;
    }
    pos += 2;
    expectName(name);
    skipSpace();
    if (peek() != '>') {
      throw DECLINE;
    }
    pos++;
  }

  /** Consumes {@code open} ({@code <Name}, or a name) when a character that ends a name follows. */
  private void expectName(String open) {
    if (!startsWith(open)) {
      throw DECLINE;
    }
    pos += open.length();
    char c = peek();
    if (!(c == '>' || c == '/' || isSpace(c))) {
      throw DECLINE;
    }
  }

  private boolean startsWithTag(String name) {
    int after = pos + 1 + name.length();
    if (peek() != '<' || after >= end || !regionMatches(pos + 1, name)) {
      return false;
    }
    char c = s[after];
    return c == '>' || c == '/' || isSpace(c);
  }

  // --- text ----------------------------------------------------------------------------------

  /** Character data up to the next end tag: references resolved, CDATA kept, newlines normalised. */
  private String content() {
    // Most values are plain text: take them straight from the characters.
    int start = pos;
    while (pos < end && isPlain(s[pos])) {
      pos++;
    }
    if (startsWith("</")) {
      return new String(s, start, pos - start);
    }
    text.setLength(0);
    text.append(s, start, pos - start);
    while (true) {
      char c = peek();
      if (c == '<') {
        if (startsWith("</")) {
          return text.toString();
        }
        if (!startsWith("<![CDATA[")) {
          throw DECLINE;
        }
        pos += 9;
        int close = indexOf("]]>");
        appendRaw(close);
        pos += 3;
      } else if (c == '&') {
        reference();
      } else if (c == ']' && startsWith("]]>")) {
        throw DECLINE;
      } else {
        int run = pos;
        while (pos < end && isPlain(s[pos])) {
          pos++;
        }
        if (pos > run) {
          text.append(s, run, pos - run);
        } else {
          pos++;
          appendChar(c); // a CR, a lone ']', or a character XML forbids
        }
      }
    }
  }

  /**
   * Appends the characters up to {@code limit} as they are (comment and CDATA text, where markup
   * characters are plain), checked, CR and CR LF read as LF; runs between CRs in one go.
   */
  private void appendRaw(int limit) {
    while (pos < limit) {
      int start = pos;
      while (pos < limit && s[pos] != '\r' && isXmlChar(s[pos])) {
        pos++;
      }
      text.append(s, start, pos - start);
      if (pos < limit) {
        appendChar(s[pos++]);
      }
    }
  }

  /** Appends one character of text, checked, with CR and CR LF read as LF. */
  private void appendChar(char c) {
    if (c == '\r') {
      if (pos < end && s[pos] == '\n') {
        pos++;
      }
      text.append('\n');
      return;
    }
    if (!isXmlChar(c)) {
      throw DECLINE;
    }
    text.append(c);
  }

  /** {@code &name;} for the five predefined entities, or a character reference. */
  private void reference() {
    int semicolon = pos + 1;
    while (semicolon < end && semicolon - pos < 12 && s[semicolon] != ';') {
      semicolon++;
    }
    if (semicolon >= end || s[semicolon] != ';') {
      throw DECLINE;
    }
    String name = new String(s, pos + 1, semicolon - pos - 1);
    pos = semicolon + 1;
    switch (name) {
      case "lt":
        text.append('<');
        return;
      case "gt":
        text.append('>');
        return;
      case "amp":
        text.append('&');
        return;
      case "quot":
        text.append('"');
        return;
      case "apos":
        text.append('\'');
        return;
      default:
        break;
    }
    int code;
    try {
      code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
          : name.startsWith("#") ? Integer.parseInt(name.substring(1), 10)
          : -1;
    } catch (NumberFormatException e) {
      throw DECLINE;
    }
    boolean valid = code == 0x9 || code == 0xA || code == 0xD
        || (code >= 0x20 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0xFFFD)
        || (code >= 0x10000 && code <= 0x10FFFF);
    if (!valid || name.startsWith("#+") || name.startsWith("#x+") || name.startsWith("#-")) {
      throw DECLINE;
    }
    text.appendCodePoint(code);
  }

  /** A quoted attribute value, references resolved and whitespace normalised as XML does. */
  private String attributeValue() {
    skipSpace();
    if (peek() != '=') {
      throw DECLINE;
    }
    pos++;
    skipSpace();
    char quote = peek();
    if (quote != '"' && quote != '\'') {
      throw DECLINE;
    }
    pos++;
    text.setLength(0);
    while (true) {
      char c = peek();
      pos++;
      if (c == quote) {
        return text.toString();
      } else if (c == '<') {
        throw DECLINE;
      } else if (c == '&') {
        pos--;
        reference();
      } else if (c == '\r' || c == '\n' || c == '\t') {
        if (c == '\r' && pos < end && s[pos] == '\n') {
          pos++;
        }
        text.append(' ');
      } else if (isXmlChar(c)) {
        text.append(c);
      } else {
        throw DECLINE;
      }
    }
  }

  /** {@code <!-- ... -->}: its text, newlines normalised. */
  private String comment() {
    pos += 4;
    int close = indexOf("--");
    if (close + 2 >= end || s[close + 2] != '>') {
      throw DECLINE; // "--" inside a comment, or no end
    }
    int start = pos;
    while (pos < close && isPlain(s[pos])) {
      pos++;
    }
    if (pos == close) {
      pos += 3;
      return new String(s, start, close - start);
    }
    text.setLength(0);
    text.append(s, start, pos - start);
    appendRaw(close);
    pos += 3;
    return text.toString();
  }

  /** An attribute or pseudo-attribute name, ASCII only. */
  private String name() {
    int start = pos;
    while (pos < end) {
      char c = s[pos];
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'
          || (pos > start && ((c >= '0' && c <= '9') || c == '-' || c == '.'));
      if (!ok) {
        break;
      }
      pos++;
    }
    if (pos == start) {
      throw DECLINE;
    }
    return new String(s, start, pos - start);
  }

  /** Whitespace and comments between elements. */
  private void skipMisc() {
    while (true) {
      skipSpace();
      if (!startsWith("<!--")) {
        return;
      }
      comment();
    }
  }

  private boolean skipSpace() {
    int start = pos;
    while (pos < end && isSpace(s[pos])) {
      pos++;
    }
    return pos > start;
  }

  // --- small helpers ---------------------------------------------------------------------------

  private char peek() {
    if (pos >= end) {
      throw DECLINE;
    }
    return s[pos];
  }

  private boolean startsWith(String token) {
    return pos + token.length() <= end && regionMatches(pos, token);
  }

  private boolean regionMatches(int at, String token) {
    for (int i = 0; i < token.length(); i++) {
      if (s[at + i] != token.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Where {@code token} next starts from the current position; declines when it does not. */
  private int indexOf(String token) {
    for (int i = pos; i + token.length() <= end; i++) {
      if (s[i] == token.charAt(0) && regionMatches(i, token)) {
        return i;
      }
    }
    throw DECLINE;
  }

  /** The current position as a SAX locator: 1-based line and column, LF or CR LF ending lines. */
  private LocatorImpl here() {
    for (; counted < pos; counted++) {
      char c = s[counted];
      if (c == '\n') {
        line++;
        lineStart = counted + 1;
      } else if (c == '\r' && (counted + 1 >= end || s[counted + 1] != '\n')) {
        throw DECLINE; // a lone CR: the JDK's parser counts the columns after it differently
      }
    }
    LocatorImpl at = new LocatorImpl();
    at.setSystemId(file);
    at.setLineNumber(line);
    at.setColumnNumber(pos - lineStart + 1);
    return at;
  }

  /** A text character taken as it is: not markup, not a reference, not a CR, allowed by XML. */
  private static boolean isPlain(char c) {
    return c >= 0x20 ? c != '<' && c != '&' && c != ']' && c <= 0xFFFD : c == '\t' || c == '\n';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** A character XML 1.0 allows; surrogates come in pairs, as strict decoding guarantees. */
  private static boolean isXmlChar(char c) {
    return c >= 0x20 ? c <= 0xFFFD : c == '\t' || c == '\n' || c == '\r';
  }
}
