package org.lwm2m.codegen.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lwm2m.codegen.schema.DdfFormat.Child;
import org.lwm2m.codegen.schema.DdfFormat.ItemChild;
import org.lwm2m.codegen.schema.DdfFormat.ObjectChild;
import org.lwm2m.codegen.schema.DdfFormat.Occurs;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The front of every read: well-formedness, DOCTYPE refusal and the depth limit, passing the
 * events on to schema validation and binding ({@link Downstream}), and collecting what those
 * cannot give: the licence comment before the root, the declared schema, and whether the element
 * structure ({@link DdfFormat}) is one lenient mode may repair (only known elements and
 * attributes, none repeated, no stray text, nothing required missing but an Item's
 * RangeEnumeration, Units or Description).
 */
final class DocumentScanner extends DefaultHandler2 {

  /** Real files nest 5 deep; anything near this is an attack or an accident. */
  static final int MAX_DEPTH = 64;

  private static final int UNBOUNDED = Integer.MAX_VALUE;
  private static final String SCHEMA_LOCATION_ATTRIBUTE =
      "{" + DdfFormat.XSI + "}" + DdfFormat.SCHEMA_LOCATION;

  /** What a container element may hold. Elements not listed as containers are text-only leaves. */
  private record Content(
      Map<String, Integer> maxOccurs, Set<String> required, Set<String> attributes,
      Set<String> requiredAttributes) {}

  private static final Map<String, Content> CONTAINERS = Map.of(
      DdfFormat.ROOT, list(DdfFormat.OBJECT, SCHEMA_LOCATION_ATTRIBUTE),
      DdfFormat.OBJECT, sequence(ObjectChild.values(), DdfFormat.OBJECT_TYPE),
      ObjectChild.Resources.name(), list(DdfFormat.ITEM, null),
      DdfFormat.ITEM, sequence(ItemChild.values(), DdfFormat.ID));

  private static final Content LEAF = new Content(Map.of(), Set.of(), Set.of(), Set.of());

  /** One or more {@code element}; {@code attribute} (null for none) optional. */
  private static Content list(String element, String attribute) {
    Set<String> attributes = attribute == null ? Set.of() : Set.of(attribute);
    return new Content(Map.of(element, UNBOUNDED), Set.of(element), attributes, Set.of());
  }

  /**
   * Each of {@code children} at most once, the ones that are always there required (RangeEnumeration,
   * Units and Description are required by the schema, but real files leave them out and lenient mode
   * writes them back empty); {@code attribute} required.
   */
  private static Content sequence(Child[] children, String attribute) {
    Map<String, Integer> maxOccurs = new HashMap<>();
    Set<String> required = new HashSet<>();
    for (Child child : children) {
      maxOccurs.put(child.name(), 1);
      if (child.occurs() == Occurs.ONCE) {
        required.add(child.name());
      }
    }
    return new Content(maxOccurs, required, Set.of(attribute), Set.of(attribute));
  }

  /**
   * Where the events of the document go from its root element on, in the same parse: schema
   * validation and binding then need no parse of their own. Chosen when the root element starts,
   * since the schema to validate against is named there.
   */
  interface Downstream {
    /** The handler for the rest of the document, or null for none. */
    ContentHandler atRoot(String schemaLocation, boolean rootIsLwm2m);
  }

  private final String file;
  private final Downstream downstream;
  private ContentHandler next;
  /** Prefix mappings seen before the root, replayed to {@link #next} when it is chosen. */
  private final List<String[]> earlyPrefixes = new ArrayList<>();
  private Locator locator;
  private final Deque<Frame> open = new ArrayDeque<>();
  private final StringBuilder licence = new StringBuilder();
  private boolean rootStarted;
  private boolean rootIsLwm2m;
  private Location rootLocation;
  private String schemaLocation;
  private String repairBlocker;

  private static final class Frame {
    final String name;
    final Content content;
    final Map<String, Integer> counts = new HashMap<>();

    Frame(String name, Content content) {
      this.name = name;
      this.content = content;
    }
  }

  private DocumentScanner(String file, Downstream downstream) {
    this.file = file;
    this.downstream = downstream;
  }

  /**
   * Scans {@code content}, passing the document on to what {@code downstream} chooses at the root;
   * returns null after adding an error to {@code problems} when the input is not well-formed, has a
   * DOCTYPE or is too deep.
   */
  static DocumentScanner scan(String file, byte[] content, List<Problem> problems, Downstream downstream) {
    DocumentScanner scanner = new DocumentScanner(file, downstream);
    XMLReader reader = SecureXml.newReader();
    reader.setContentHandler(scanner);
    reader.setErrorHandler(scanner);
    SecureXml.trySetProperty(reader, "http://xml.org/sax/properties/lexical-handler", scanner);
    try {
      reader.parse(SecureXml.input(content));
      return scanner;
    } catch (DepthExceeded e) {
      problems.add(Problem.error(SchemaRules.XML_TOO_DEEP, SchemaValidation.location(file, e),
          "elements are nested more than " + MAX_DEPTH + " deep; refused"));
    } catch (SAXParseException e) {
      Location at = SchemaValidation.location(file, e);
      if (at.line() <= 0) {
        at = scanner.lastLocation(); // e.g. a file cut inside its XML declaration
      }
      if (!scanner.rootStarted && hasDoctype(content)) {
        problems.add(Problem.error(SchemaRules.XML_DOCTYPE, at,
            "DOCTYPE declarations are not allowed: object definitions never need a DTD, and "
                + "DTDs and entities are refused for safety"));
      } else {
        problems.add(Problem.error(SchemaRules.XML, at, "not well-formed XML: " + e.getMessage()));
      }
    } catch (java.io.UnsupportedEncodingException | java.nio.charset.CharacterCodingException e) {
      // Raised before the parser has a position: the encoding is named in the XML declaration.
      problems.add(Problem.error(SchemaRules.XML, new Location(file, 1, 1),
          "unsupported or invalid character encoding (" + e.getMessage() + "); object XML is UTF-8"));
    } catch (SAXException | IOException | RuntimeException e) {
      // Runtime exceptions too: reading must never throw for bad input. The scanner's last
      // position is the best location there is.
      problems.add(Problem.error(SchemaRules.XML, scanner.lastLocation(), "cannot parse XML: " + e.getMessage()));
    }
    return null;
  }

  /** The trimmed text of the comments before the root element, or null. */
  String licence() {
    String text = licence.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** The raw {@code xsi:noNamespaceSchemaLocation} of the root, or null. */
  String schemaLocation() {
    return schemaLocation;
  }

  Location rootLocation() {
    return rootLocation;
  }

  /** Null when lenient mode may repair the document by reordering it; else why not. */
  String repairBlocker() {
    return repairBlocker;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  @Override
  public void startPrefixMapping(String prefix, String uri) throws SAXException {
    if (next != null) {
      next.startPrefixMapping(prefix, uri);
    } else if (!rootStarted) {
      earlyPrefixes.add(new String[] {prefix, uri});
    }
  }

  @Override
  public void endPrefixMapping(String prefix) throws SAXException {
    if (next != null) {
      next.endPrefixMapping(prefix);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    if (next != null) {
      next.ignorableWhitespace(ch, start, length);
    }
  }

  @Override
  public void endDocument() throws SAXException {
    if (next != null) {
      next.endDocument();
    }
  }

  /** Chooses the downstream handler at the root and replays what came before it. */
  private void startDownstream() throws SAXException {
    next = downstream.atRoot(schemaLocation, rootIsLwm2m);
    if (next != null) {
      if (locator != null) {
        next.setDocumentLocator(locator);
      }
      next.startDocument();
      for (String[] mapping : earlyPrefixes) {
        next.startPrefixMapping(mapping[0], mapping[1]);
      }
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes)
      throws SAXException {
    if (open.size() >= MAX_DEPTH) {
      throw new DepthExceeded(locator);
    }
    requireQualifiedName(qName);
    for (int i = 0; i < attributes.getLength(); i++) {
      requireQualifiedName(attributes.getQName(i));
    }
    Location here = here();
    Content content;
    if (open.isEmpty()) {
      rootStarted = true;
      rootLocation = here;
      schemaLocation = attributes.getValue(DdfFormat.XSI, DdfFormat.SCHEMA_LOCATION);
      content = CONTAINERS.get(DdfFormat.ROOT);
      rootIsLwm2m = uri.isEmpty() && DdfFormat.ROOT.equals(localName);
      if (!rootIsLwm2m) {
        block("the root element is " + qName + ", not " + DdfFormat.ROOT);
      }
    } else {
      Frame parent = open.peek();
      Integer max = parent.content.maxOccurs().get(localName);
      if (!uri.isEmpty() || max == null) {
        block("unknown element " + qName + " in " + parent.name);
      } else if (parent.counts.merge(localName, 1, Integer::sum) > max) {
        block("repeated element " + localName + " in " + parent.name);
      }
      content = CONTAINERS.getOrDefault(localName, LEAF);
    }
    checkAttributes(qName, attributes, content);
    open.push(new Frame(localName, content));
    if (open.size() == 1) {
      startDownstream();
    }
    if (next != null) {
      next.startElement(uri, localName, qName, attributes);
    }
  }

  /**
   * The JDK's parser checks names against Namespaces in XML except for a leading colon ({@code
   * <:a>}, {@code :b="c"}), which no QName has: refused here, as every conformant parser does.
   */
  private void requireQualifiedName(String name) throws SAXParseException {
    if (name.startsWith(":")) {
      throw new SAXParseException("the name \"" + name + "\" is not a qualified name (Namespaces in "
          + "XML 1.0: an optional prefix and a colon, then a local name)", locator);
    }
  }

  private void checkAttributes(String element, Attributes attributes, Content content) {
    for (int i = 0; i < attributes.getLength(); i++) {
      String uri = attributes.getURI(i);
      String key = uri.isEmpty() ? attributes.getLocalName(i)
          : "{" + uri + "}" + attributes.getLocalName(i);
      if (!content.attributes().contains(key)) {
        block("unknown attribute " + attributes.getQName(i) + " on " + element);
      }
    }
    for (String required : content.requiredAttributes()) {
      if (attributes.getIndex("", required) < 0) {
        block("missing attribute " + required + " on " + element);
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (next != null) {
      next.endElement(uri, localName, qName);
    }
    Frame frame = open.pop();
    for (String required : frame.content.required()) {
      if (!frame.counts.containsKey(required)) {
        block("missing element " + required + " in " + frame.name);
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (next != null) {
      next.characters(ch, start, length);
    }
    Frame frame = open.peek();
    if (frame != null && frame.content != LEAF && !isXmlWhitespace(ch, start, length)) {
      block("text directly inside " + frame.name);
    }
  }

  @Override
  public void comment(char[] ch, int start, int length) {
    if (!rootStarted) {
      if (licence.length() > 0) {
        licence.append('\n');
      }
      licence.append(ch, start, length);
    }
  }

  @Override
  public void fatalError(SAXParseException e) throws SAXException {
    throw e;
  }

  @Override
  public void error(SAXParseException e) throws SAXException {
    // A non-validating parser reports only serious problems here: treat them as fatal.
    throw e;
  }

  private void block(String reason) {
    if (repairBlocker == null) {
      repairBlocker = reason;
    }
  }

  private Location here() {
    return locator == null ? Location.of(file)
        : new Location(file, Math.max(0, locator.getLineNumber()),
            Math.max(0, locator.getColumnNumber()));
  }

  /** Where the parser last was, at least line 1: for failures that carry no position. */
  Location lastLocation() {
    Location at = here();
    return at.line() > 0 ? at : new Location(file, 1, 1);
  }

  private static boolean isXmlWhitespace(char[] ch, int start, int length) {
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if (!Whitespace.isXml(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a DOCTYPE follows the prolog's declaration, comments, processing instructions and
   * spaces ({@code prolog ::= XMLDecl? Misc* doctypedecl}), in UTF-16 or an ASCII-compatible
   * encoding. Only labels a parse that already failed before the root: what cannot be told is
   * plain {@code xml}.
   */
  private static boolean hasDoctype(byte[] content) {
    String text = asPrologText(content);
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Whitespace.isXml(c)) {
        i++;
      } else if (text.startsWith("<?", i)) {
        i = after(text, "?>", i + 2);
      } else if (text.startsWith("<!--", i)) {
        i = after(text, "-->", i + 4);
      } else {
        return text.startsWith("<!DOCTYPE", i);
      }
    }
    return false;
  }

  private static int after(String text, String end, int from) {
    int at = text.indexOf(end, from);
    return at < 0 ? text.length() : at + end.length();
  }

  /** The bytes as text well enough to find markup: UTF-16 by its BOM or its first {@code <}, else Latin-1. */
  private static String asPrologText(byte[] b) {
    if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      return new String(b, 3, b.length - 3, StandardCharsets.ISO_8859_1); // UTF-8's BOM
    }
    boolean be = b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == 0 && b[1] == '<'));
    boolean le = b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == '<' && b[1] == 0));
    return new String(b, be ? StandardCharsets.UTF_16BE : le ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
  }

  /** Thrown to stop parsing at the depth limit. */
  private static final class DepthExceeded extends SAXParseException {
    private static final long serialVersionUID = 1L;

    DepthExceeded(Locator locator) {
      super("too deep", locator);
    }
  }
}
