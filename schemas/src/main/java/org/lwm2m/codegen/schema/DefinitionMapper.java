package org.lwm2m.codegen.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lwm2m.codegen.schema.DdfFormat.Child;
import org.lwm2m.codegen.schema.DdfFormat.ItemChild;
import org.lwm2m.codegen.schema.DdfFormat.ObjectChild;
import org.xml.sax.Locator;

/**
 * Turns the JAXB binding into {@link ObjectDefinition}s, the way Leshan's {@code DDFFileParser}
 * reads the same elements: text kept exactly as written, "Multiple" and "Mandatory" true and
 * anything else false, unknown Operations or Type null.
 */
final class DefinitionMapper {

  private final String file;

  DefinitionMapper(String file) {
    this.file = file;
  }

  List<ObjectDefinition> map(XmlLwm2m root, SchemaVersion schema, String licence) {
    List<ObjectDefinition> objects = new ArrayList<>();
    for (XmlObject object : root.objects) {
      // Objects with a bad ObjectID are kept (UNREADABLE_ID): the schema error is already reported and
      // later checks can still report on the rest of the object.
      objects.add(map(object, schema, licence));
    }
    return objects;
  }

  private ObjectDefinition map(XmlObject o, SchemaVersion schema, String licence) {
    Map<String, Location> at = new LinkedHashMap<>();
    for (ObjectChild child : ObjectChild.values()) {
      put(at, child, o.locator(child));
    }
    List<ResourceDefinition> resources = new ArrayList<>();
    if (o.resources != null) {
      for (XmlItem item : o.resources.items) {
        resources.add(map(item));
      }
    }
    return new ObjectDefinition(
        text(o.name),
        text(o.description1),
        id(text(o.objectId)),
        text(o.urn),
        text(o.lwm2mVersion),
        text(o.objectVersion),
        DdfFormat.MULTIPLE.equals(text(o.multipleInstances)),
        DdfFormat.MANDATORY.equals(text(o.mandatory)),
        resources,
        text(o.description2),
        schema,
        licence,
        location(o.locator),
        at);
  }

  private ResourceDefinition map(XmlItem i) {
    Map<String, Location> at = new LinkedHashMap<>();
    for (ItemChild child : ItemChild.values()) {
      XmlText text = i.text(child);
      put(at, child, text == null ? null : text.locator);
    }
    String operations = text(i.operations);
    String type = text(i.type);
    return new ResourceDefinition(
        id(i.id),
        text(i.name),
        operations == null ? null : Operations.fromXml(operations),
        DdfFormat.MULTIPLE.equals(text(i.multipleInstances)),
        DdfFormat.MANDATORY.equals(text(i.mandatory)),
        type == null ? null : ResourceType.fromXml(type),
        text(i.rangeEnumeration),
        text(i.units),
        text(i.description),
        location(i.locator),
        at);
  }

  /**
   * The value of an xs:unsignedShort, which allows surrounding XML whitespace, a "+" sign and
   * leading zeros; anything else (not a number, out of range) maps to {@link ObjectDefinition#UNREADABLE_ID}.
   */
  static int id(String text) {
    if (text == null) {
      return ObjectDefinition.UNREADABLE_ID;
    }
    int start = 0;
    int end = text.length();
    while (start < end && Whitespace.isXml(text.charAt(start))) {
      start++;
    }
    while (end > start && Whitespace.isXml(text.charAt(end - 1))) {
      end--;
    }
    if (start < end && text.charAt(start) == '+') {
      start++;
    }
    if (start == end) {
      return ObjectDefinition.UNREADABLE_ID;
    }
    long value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return ObjectDefinition.UNREADABLE_ID;
      }
      value = value * 10 + (c - '0');
      if (value > 0xFFFF) {
        return ObjectDefinition.UNREADABLE_ID;
      }
    }
    return (int) value;
  }

  private static String text(XmlText element) {
    return element == null ? null : element.text();
  }

  /** Records where {@code child} starts when it is present. */
  private void put(Map<String, Location> at, Child child, Locator locator) {
    if (locator != null) {
      at.put(child.name(), location(locator));
    }
  }

  private Location location(Locator locator) {
    if (locator == null) {
      return Location.of(file);
    }
    return new Location(file, Math.max(0, locator.getLineNumber()),
        Math.max(0, locator.getColumnNumber()));
  }
}
