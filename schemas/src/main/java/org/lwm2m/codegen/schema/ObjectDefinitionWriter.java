package org.lwm2m.codegen.schema;

import java.util.List;

/**
 * Writes object definitions as a complete DDF document, in schema order, valid against the schema
 * it names when the definitions are. Deterministic: equal input gives equal output.
 *
 * <p>Text is written exactly (whitespace included) so that {@link ObjectDefinitionReader} reads
 * it back equal, with three documented exceptions: a null RangeEnumeration, Units or Description
 * is written as an empty element (the schema requires the element) and so reads back as "";
 * a null Operations or Type is written empty (NONE); characters XML 1.0 cannot carry (control
 * characters other than tab, LF and CR, lone surrogates, U+FFFE, U+FFFF) are replaced by U+FFFD.
 * Carriage returns are written as {@code &#13;}, so the output itself has LF line ends only.
 */
public final class ObjectDefinitionWriter {

  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /** One object, with {@code licenseText} as a comment before the root (none when null). */
  public String write(ObjectDefinition object, String licenseText) {
    return write(List.of(object), licenseText);
  }

  /**
   * Several objects in one document. It names {@link SchemaVersion#V1_0} when every object is
   * LwM2M 1.0 (by its effective version) and uses no 1.1 type, else {@link SchemaVersion#V1_1}.
   *
   * @throws IllegalArgumentException when {@code objects} is empty (the schema needs one)
   */
  public String write(List<ObjectDefinition> objects, String licenseText) {
    if (objects.isEmpty()) {
      throw new IllegalArgumentException("a DDF document holds at least one object");
    }
    XmlOut out = new XmlOut().declaration().comment(licenseText);
    out.start("LWM2M", "xmlns:xsi", XSI,
        "xsi:noNamespaceSchemaLocation", schemaFor(objects).location());
    for (ObjectDefinition object : objects) {
      writeObject(out, object);
    }
    return out.end("LWM2M").toString();
  }

  /** The schema a document holding {@code objects} names. */
  public static SchemaVersion schemaFor(List<ObjectDefinition> objects) {
    for (ObjectDefinition object : objects) {
      if (!ObjectDefinition.DEFAULT_VERSION.equals(object.effectiveLwm2mVersion())) {
        return SchemaVersion.V1_1;
      }
      for (ResourceDefinition resource : object.resources()) {
        if (resource.type() != null && resource.type().sinceLwm2m11()) {
          return SchemaVersion.V1_1;
        }
      }
    }
    return SchemaVersion.V1_0;
  }

  private static void writeObject(XmlOut out, ObjectDefinition o) {
    out.start("Object", "ObjectType", "MODefinition")
        .leaf("Name", o.name())
        .leaf("Description1", o.description1())
        .leaf("ObjectID", Integer.toString(o.objectId()))
        .leaf("ObjectURN", o.urn());
    if (o.lwm2mVersion() != null) {
      out.leaf("LWM2MVersion", o.lwm2mVersion());
    }
    if (o.objectVersion() != null) {
      out.leaf("ObjectVersion", o.objectVersion());
    }
    out.leaf("MultipleInstances", o.multiple() ? "Multiple" : "Single")
        .leaf("Mandatory", o.mandatory() ? "Mandatory" : "Optional")
        .start("Resources");
    for (ResourceDefinition r : o.resources()) {
      out.start("Item", "ID", Integer.toString(r.id()))
          .leaf("Name", r.name())
          .leaf("Operations", r.operations() == null ? "" : r.operations().xml())
          .leaf("MultipleInstances", r.multiple() ? "Multiple" : "Single")
          .leaf("Mandatory", r.mandatory() ? "Mandatory" : "Optional")
          .leaf("Type", r.type() == null ? "" : r.type().xml())
          .leaf("RangeEnumeration", r.rangeEnumeration())
          .leaf("Units", r.units())
          .leaf("Description", r.description())
          .end("Item");
    }
    out.end("Resources").leaf("Description2", o.description2()).end("Object");
  }
}
