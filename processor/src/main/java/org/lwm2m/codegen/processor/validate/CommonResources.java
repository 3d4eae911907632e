package org.lwm2m.codegen.processor.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.lwm2m.codegen.schema.Location;
import org.lwm2m.codegen.schema.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The reusable resources of the OMA registry, read from its {@code Common.xml}.
 *
 * <p>Common.xml is not an object definition: its root holds one {@code <Object
 * ObjectType="CommonResources">} with only {@code <Resources>}, and each {@code <Item ID="n">}
 * has {@code Name, Operations, Type, RangeEnumeration, Units, Submitter, Description, TS, TSLink}
 * (schema {@code reusable_resources_v1_0.xsd}, not shipped anywhere we can load it). So it is read
 * here with a small SAX handler, as securely as object files are (no DOCTYPE, nothing external),
 * keeping each Item's line for messages. Any element outside an Item is ignored.
 */
public final class CommonResources {
  /** Common.xml is about 100 KB; refuse anything absurd. */
  private static final long MAX_BYTES = 16L * 1024 * 1024;

  /** One reusable resource as Common.xml defines it; text exactly as written. */
  public record Definition(
      int id, String name, String operations, String type, String range, String units,
      String description, Location location) {}

  /** Common.xml could not be found or read. */
  public static final class LoadException extends Exception {
    private static final long serialVersionUID = 1L;

    LoadException(String message) {
      super(message);
    }
  }

  private final Path file;
  private final Map<Integer, Definition> definitions;

  private CommonResources(Path file, Map<Integer, Definition> definitions) {
    this.file = file;
    this.definitions = Collections.unmodifiableMap(new TreeMap<>(definitions));
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  /** The definition of reusable resource {@code id}, or null when Common.xml has none. */
  public Definition get(int id) {
    return definitions.get(id);
  }

  public Map<Integer, Definition> all() {
    return definitions;
  }

  /** The file {@link #load} reads for {@code path}: {@code path} itself, or its {@code Common.xml}. */
  public static Path file(Path path) {
    return Files.isDirectory(path) ? path.resolve("Common.xml") : path;
  }

  /**
   * Reads {@code path}: the registry's {@code Common.xml}, or a folder holding it.
   *
   * @throws LoadException with a message for people when it is missing, unreadable, not
   *     well-formed, or defines no resource
   */
  public static CommonResources load(Path path) throws LoadException {
    Path file = file(path);
    if (!Files.isRegularFile(file)) {
      throw new LoadException(
          Files.isDirectory(path)
              ? "folder " + path + " holds no Common.xml"
              : file + " does not exist or is not a file");
    }
    byte[] content;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new LoadException(file + " is larger than " + MAX_BYTES + " bytes");
      }
      content = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      throw new LoadException("cannot read " + file + ": " + e);
    }
    return parse(file, content);
  }

  /** Reads Common.xml {@code content}; {@code file} names it in locations and messages. */
  public static CommonResources parse(Path file, byte[] content) throws LoadException {
    Handler handler = new Handler(file.toString());
    try {
      XMLReader reader = SecureXml.newReader();
      reader.setContentHandler(handler);
      reader.setErrorHandler(handler);
      reader.parse(new InputSource(new ByteArrayInputStream(content)));
    } catch (SAXParseException e) {
      throw new LoadException(
          file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not well-formed XML: "
              + e.getMessage());
    } catch (SAXException | IOException | RuntimeException e) {
      throw new LoadException("cannot parse " + file + ": " + e);
    }
    if (handler.definitions.isEmpty()) {
      throw new LoadException(file + " defines no reusable resource (<Item ID=\"n\">)");
    }
    return new CommonResources(file, handler.definitions);
  }



  /** Collects each Item's leaf elements' text. */
  private static final class Handler extends DefaultHandler {
    private final String file;
    private final Map<Integer, Definition> definitions = new HashMap<>();
    private Locator locator;
    private Map<String, String> item;
    private Location itemAt;
    private int itemId;
    private StringBuilder text;

    Handler(String file) {
      this.file = file;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      if (local.equals("Item") && item == null) {
        item = new HashMap<>();
        itemAt = locator == null
            ? Location.of(file)
            : new Location(file, locator.getLineNumber(), locator.getColumnNumber());
        itemId = parseId(attributes.getValue("ID"));
      } else if (item != null) {
        text = new StringBuilder();
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (text != null) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (local.equals("Item") && item != null) {
        if (itemId >= 0) {
          definitions.putIfAbsent(
              itemId,
              new Definition(
                  itemId, item.get("Name"), item.get("Operations"), item.get("Type"),
                  item.get("RangeEnumeration"), item.get("Units"), item.get("Description"),
                  itemAt));
        }
        item = null;
      } else if (item != null && text != null) {
        item.putIfAbsent(local, text.toString());
        text = null;
      }
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    private static int parseId(String id) {
      if (id == null) {
        return -1;
      }
      try {
        int value = Integer.parseInt(id.strip());
        return value >= 0 && value <= 65535 ? value : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }
}
