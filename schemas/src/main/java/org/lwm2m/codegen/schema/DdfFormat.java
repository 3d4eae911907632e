package org.lwm2m.codegen.schema;

import javax.xml.XMLConstants;

/**
 * The structure of object definition XML, written once for the scanner, the writers and the
 * mapper: the root {@code LWM2M} holds one or more {@code Object}; an Object holds its {@link
 * ObjectChild}ren in schema order, among them {@code Resources}, which holds one or more {@code
 * Item}; an Item holds its {@link ItemChild}ren in schema order. Every child but Resources is a
 * text-only element. Both XSDs in Leshan's jar have this structure (LWM2M-v1_1.xsd only adds two
 * Type values); the JAXB classes' {@code propOrder}s follow it (a test checks).
 *
 * <p>The children are spelled as the schema spells them, so that a constant's name is its
 * element's name.
 */
final class DdfFormat {

  static final String ROOT = "LWM2M";
  static final String OBJECT = "Object";
  /** The required attribute of Object, whose value is {@link #MO_DEFINITION}. */
  static final String OBJECT_TYPE = "ObjectType";
  static final String MO_DEFINITION = "MODefinition";
  static final String ITEM = "Item";
  /** The required attribute of Item: the resource ID. */
  static final String ID = "ID";
  static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
  /** The root's attribute naming the schema, in the {@link #XSI} namespace. */
  static final String SCHEMA_LOCATION = "noNamespaceSchemaLocation";

  /** The values of MultipleInstances and Mandatory that mean true, then those that mean false. */
  static final String MULTIPLE = "Multiple";
  static final String MANDATORY = "Mandatory";
  static final String SINGLE = "Single";
  static final String OPTIONAL = "Optional";

  private DdfFormat() {}

  /** How often a child occurs in its parent. */
  enum Occurs {
    ONCE,
    AT_MOST_ONCE,
    /** Once by the schema, but real files leave it out: lenient mode writes it back empty. */
    ONCE_OR_LEFT_OUT
  }

  /** A child element of Object or Item. */
  interface Child {
    /** The element name (the constant's name). */
    String name();

    Occurs occurs();
  }

  /** The children of {@code <Object>}, in schema order. */
  enum ObjectChild implements Child {
    Name, Description1, ObjectID, ObjectURN, LWM2MVersion, ObjectVersion, MultipleInstances,
    Mandatory,
    /** The only child that is not text: it holds the Items. */
    Resources,
    Description2;

    @Override
    public Occurs occurs() {
      return this == LWM2MVersion || this == ObjectVersion ? Occurs.AT_MOST_ONCE : Occurs.ONCE;
    }
  }

  /** The children of {@code <Item>}, in schema order; all text. */
  enum ItemChild implements Child {
    Name, Operations, MultipleInstances, Mandatory, Type, RangeEnumeration, Units, Description;

    @Override
    public Occurs occurs() {
      return this == RangeEnumeration || this == Units || this == Description
          ? Occurs.ONCE_OR_LEFT_OUT
          : Occurs.ONCE;
    }
  }
}
