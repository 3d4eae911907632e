package org.lwm2m.codegen.schema;

import java.util.List;
import org.lwm2m.codegen.schema.DdfFormat.ItemChild;
import org.lwm2m.codegen.schema.ObjectDefinitionWriter.Texts;

/**
 * The raw JAXB binding written back in schema order, for lenient mode: when this form is valid
 * against LWM2M-v1_1.xsd, the original's only problems were order, declared version or missing
 * optional-in-practice Item elements. Raw text is used (not the mapped records) so that invalid
 * values (a misspelt enum, a bad ID) stay invalid.
 */
final class CanonicalForm {

  private CanonicalForm() {}

  static String write(XmlLwm2m root) {
    XmlOut out = ObjectDefinitionWriter.startDocument(SchemaVersion.V1_1, null);
    for (XmlObject o : root.objects) {
      List<XmlItem> items = o.resources == null ? List.of() : o.resources.items;
      ObjectDefinitionWriter.writeObject(out,
          new Texts<>(nonNull(o.objectType), child -> text(o.text(child))),
          items.stream().map(i -> new Texts<ItemChild>(nonNull(i.id), child -> text(i.text(child)))).toList());
    }
    return out.end(DdfFormat.ROOT).toString();
  }

  private static String text(XmlText element) {
    return element == null ? null : element.text();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
