package org.lwm2m.codegen.schema;

/**
 * The raw JAXB binding written back in schema order, for lenient mode: when this form is valid
 * against LWM2M-v1_1.xsd, the original's only problems were order, declared version or missing
 * optional-in-practice Item elements. Raw text is used (not the mapped records) so that invalid
 * values (a misspelt enum, a bad ID) stay invalid.
 */
final class CanonicalForm {

  private CanonicalForm() {}

  static String write(XmlLwm2m root) {
    XmlOut out = new XmlOut().declaration();
    out.start("LWM2M", "xmlns:xsi", ObjectDefinitionWriter.XSI,
        "xsi:noNamespaceSchemaLocation", SchemaVersion.V1_1.location());
    for (XmlObject o : root.objects) {
      out.start("Object", "ObjectType", nonNull(o.objectType))
          .leaf("Name", text(o.name))
          .leaf("Description1", text(o.description1))
          .leaf("ObjectID", text(o.objectId))
          .leaf("ObjectURN", text(o.urn));
      if (o.lwm2mVersion != null) {
        out.leaf("LWM2MVersion", text(o.lwm2mVersion));
      }
      if (o.objectVersion != null) {
        out.leaf("ObjectVersion", text(o.objectVersion));
      }
      out.leaf("MultipleInstances", text(o.multipleInstances))
          .leaf("Mandatory", text(o.mandatory))
          .start("Resources");
      if (o.resources != null) {
        for (XmlItem i : o.resources.items) {
          out.start("Item", "ID", nonNull(i.id))
              .leaf("Name", text(i.name))
              .leaf("Operations", text(i.operations))
              .leaf("MultipleInstances", text(i.multipleInstances))
              .leaf("Mandatory", text(i.mandatory))
              .leaf("Type", text(i.type))
              .leaf("RangeEnumeration", text(i.rangeEnumeration))
              .leaf("Units", text(i.units))
              .leaf("Description", text(i.description))
              .end("Item");
        }
      }
      out.end("Resources").leaf("Description2", text(o.description2)).end("Object");
    }
    return out.end("LWM2M").toString();
  }

  private static String text(XmlText element) {
    return element == null ? null : element.text();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
