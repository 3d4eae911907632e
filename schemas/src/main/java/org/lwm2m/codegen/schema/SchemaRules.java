package org.lwm2m.codegen.schema;

/** The rule ids of the problems the reading layer reports (see {@link Problem#rule()}). */
public final class SchemaRules {

  /** The input is not well-formed XML (or could not be parsed at all). */
  public static final String XML = "xml";
  /** The input has a DOCTYPE declaration: refused, DTDs and entities are never processed. */
  public static final String XML_DOCTYPE = "xml-doctype";
  /** The input is larger than {@link ReaderOptions#maxBytes()}: refused without parsing. */
  public static final String XML_TOO_LARGE = "xml-too-large";
  /** The input nests elements deeper than the reader allows. */
  public static final String XML_TOO_DEEP = "xml-too-deep";
  /** The file could not be read. */
  public static final String IO = "io";
  /** The document is not valid against the object definition schema. */
  public static final String SCHEMA = "schema";
  /** A schema problem accepted in lenient mode, or a warning of the schema validator. */
  public static final String SCHEMA_LENIENT = "schema-lenient";
  /** {@code xsi:noNamespaceSchemaLocation} is missing or names neither known schema. */
  public static final String SCHEMA_LOCATION = "schema-location";

  private SchemaRules() {}
}
