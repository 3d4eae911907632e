package org.lwm2m.codegen.schema;

import java.util.List;
import java.util.function.Function;
import org.lwm2m.codegen.schema.DdfFormat.Child;
import org.lwm2m.codegen.schema.DdfFormat.ItemChild;
import org.lwm2m.codegen.schema.DdfFormat.ObjectChild;
import org.lwm2m.codegen.schema.DdfFormat.Occurs;

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
    XmlOut out = startDocument(schemaFor(objects), licenseText);
    for (ObjectDefinition o : objects) {
      List<Texts<ItemChild>> items = o.resources().stream().map(ObjectDefinitionWriter::texts).toList();
      writeObject(out, new Texts<>(DdfFormat.MO_DEFINITION, child -> text(o, child)), items);
    }
    return out.end(DdfFormat.ROOT).toString();
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

  /**
   * An Object's or Item's texts: its one attribute's value (ObjectType, ID) and each child's text,
   * null for an absent one.
   */
  record Texts<C extends Child>(String attribute, Function<C, String> children) {}

  /** The declaration, the licence comment (none when null) and the root's start tag. */
  static XmlOut startDocument(SchemaVersion schema, String licenseText) {
    return new XmlOut().declaration().comment(licenseText).start(DdfFormat.ROOT,
        "xmlns:xsi", DdfFormat.XSI, "xsi:" + DdfFormat.SCHEMA_LOCATION, schema.location());
  }

  /**
   * One Object with its Items, every child in schema order: an absent optional child is left out,
   * any other absent child is written empty.
   */
  static void writeObject(XmlOut out, Texts<ObjectChild> object, List<Texts<ItemChild>> items) {
    out.start(DdfFormat.OBJECT, DdfFormat.OBJECT_TYPE, object.attribute());
    for (ObjectChild child : ObjectChild.values()) {
      if (child == ObjectChild.Resources) {
        out.start(child.name());
        for (Texts<ItemChild> item : items) {
          out.start(DdfFormat.ITEM, DdfFormat.ID, item.attribute());
          for (ItemChild itemChild : ItemChild.values()) {
            leaf(out, itemChild, item.children());
          }
          out.end(DdfFormat.ITEM);
        }
        out.end(child.name());
      } else {
        leaf(out, child, object.children());
      }
    }
    out.end(DdfFormat.OBJECT);
  }

  private static <C extends Child> void leaf(XmlOut out, C child, Function<C, String> texts) {
    String text = texts.apply(child);
    if (text != null || child.occurs() != Occurs.AT_MOST_ONCE) {
      out.leaf(child.name(), text);
    }
  }

  private static String text(ObjectDefinition o, ObjectChild child) {
    return switch (child) {
      case Name -> o.name();
      case Description1 -> o.description1();
      case ObjectID -> Integer.toString(o.objectId());
      case ObjectURN -> o.urn();
      case LWM2MVersion -> o.lwm2mVersion();
      case ObjectVersion -> o.objectVersion();
      case MultipleInstances -> o.multiple() ? DdfFormat.MULTIPLE : DdfFormat.SINGLE;
      case Mandatory -> o.mandatory() ? DdfFormat.MANDATORY : DdfFormat.OPTIONAL;
      case Resources -> null; // not text: written from the items
      case Description2 -> o.description2();
    };
  }

  private static Texts<ItemChild> texts(ResourceDefinition r) {
    return new Texts<>(Integer.toString(r.id()), child -> switch (child) {
      case Name -> r.name();
      case Operations -> r.operations() == null ? "" : r.operations().xml();
      case MultipleInstances -> r.multiple() ? DdfFormat.MULTIPLE : DdfFormat.SINGLE;
      case Mandatory -> r.mandatory() ? DdfFormat.MANDATORY : DdfFormat.OPTIONAL;
      case Type -> r.type() == null ? "" : r.type().xml();
      case RangeEnumeration -> r.rangeEnumeration();
      case Units -> r.units();
      case Description -> r.description();
    });
  }
}
