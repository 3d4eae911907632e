package org.lwm2m.codegen.processor.testing;

/**
 * Builds small object XML documents for tests, one element per line so tests can name lines:
 * line 1 is the declaration, 2 the licence, 3 the root, 4 {@code <Object>}, 5 Name, 6
 * Description1, 7 ObjectID, 8 ObjectURN, 9 LWM2MVersion, 10 ObjectVersion, 11 MultipleInstances,
 * 12 Mandatory, 13 {@code <Resources>}, and each resource takes {@link #RESOURCE_LINES} lines
 * from line 14 ({@code <Item>} first, then Name, Operations, MultipleInstances, Mandatory, Type,
 * RangeEnumeration, Units, Description).
 */
public final class ObjectXml {
  public static final int FIRST_RESOURCE_LINE = 14;
  public static final int RESOURCE_LINES = 10;

  private final StringBuilder resources = new StringBuilder();
  private int id = 26250;
  private String name = "Test Object";
  private String lwm2mVersion = "1.1";
  private String schema = "LWM2M-v1_1.xsd";
  private String urn;

  public ObjectXml id(int id) {
    this.id = id;
    return this;
  }

  public ObjectXml name(String name) {
    this.name = name;
    return this;
  }

  public ObjectXml lwm2m10() {
    this.lwm2mVersion = "1.0";
    return this;
  }

  public ObjectXml schema(String schema) {
    this.schema = schema;
    return this;
  }

  public ObjectXml urn(String urn) {
    this.urn = urn;
    return this;
  }

  /** Adds a resource; {@code ops} R, W, RW, E or empty; {@code type} as spelled in XML. */
  public ObjectXml resource(int id, String name, String ops, boolean multiple, String type, String range, String units) {
    resources
        .append("<Item ID=\"").append(id).append("\">\n")
        .append("<Name>").append(name).append("</Name>\n")
        .append("<Operations>").append(ops).append("</Operations>\n")
        .append("<MultipleInstances>").append(multiple ? "Multiple" : "Single").append("</MultipleInstances>\n")
        .append("<Mandatory>Optional</Mandatory>\n")
        .append("<Type>").append(type).append("</Type>\n")
        .append("<RangeEnumeration>").append(range).append("</RangeEnumeration>\n")
        .append("<Units>").append(units).append("</Units>\n")
        .append("<Description>").append("About ").append(name).append(".</Description>\n")
        .append("</Item>\n");
    return this;
  }

  public ObjectXml resource(int id, String name, String ops, String type) {
    return resource(id, name, ops, false, type, "", "");
  }

  public static int lineOfResource(int index, int offset) {
    return FIRST_RESOURCE_LINE + index * RESOURCE_LINES + offset;
  }

  @Override
  public String toString() {
    String theUrn = urn != null ? urn : "urn:oma:lwm2m:x:" + id;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!-- BSD-3-Clause: test input of lwm2m-codegen -->\n"
        + "<LWM2M xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://www.openmobilealliance.org/tech/profiles/" + schema + "\">\n"
        + "<Object ObjectType=\"MODefinition\">\n"
        + "<Name>" + name + "</Name>\n"
        + "<Description1>A test object.</Description1>\n"
        + "<ObjectID>" + id + "</ObjectID>\n"
        + "<ObjectURN>" + theUrn + "</ObjectURN>\n"
        + "<LWM2MVersion>" + lwm2mVersion + "</LWM2MVersion>\n"
        + "<ObjectVersion>1.0</ObjectVersion>\n"
        + "<MultipleInstances>Multiple</MultipleInstances>\n"
        + "<Mandatory>Optional</Mandatory>\n"
        + "<Resources>\n"
        + resources
        + "</Resources>\n"
        + "<Description2></Description2>\n"
        + "</Object>\n"
        + "</LWM2M>\n";
  }
}
