package org.lwm2m.codegen.schema;

import java.nio.charset.StandardCharsets;

/** Small inline object definitions for tests, built from pieces so each test shows what differs. */
final class Ddf {

  static final String V10 = "http://www.openmobilealliance.org/tech/profiles/LWM2M.xsd";
  static final String V11 = "http://www.openmobilealliance.org/tech/profiles/LWM2M-v1_1.xsd";

  private Ddf() {}

  /** A document around {@code objectBody} (the children of one Object). */
  static String document(String schemaLocation, String objectBody) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!-- Licence: test -->\n"
        + "<LWM2M xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + (schemaLocation == null ? "" : " xsi:noNamespaceSchemaLocation=\"" + schemaLocation + "\"")
        + ">\n"
        + "  <Object ObjectType=\"MODefinition\">\n"
        + objectBody
        + "  </Object>\n"
        + "</LWM2M>\n";
  }

  /** Object children in schema order around {@code items}; {@code versions} go after ObjectURN. */
  static String object(int id, String versions, String items) {
    return "    <Name>Test Object</Name>\n"
        + "    <Description1>A test object.</Description1>\n"
        + "    <ObjectID>" + id + "</ObjectID>\n"
        + "    <ObjectURN>urn:oma:lwm2m:x:" + id + "</ObjectURN>\n"
        + versions
        + "    <MultipleInstances>Multiple</MultipleInstances>\n"
        + "    <Mandatory>Optional</Mandatory>\n"
        + "    <Resources>\n"
        + items
        + "    </Resources>\n"
        + "    <Description2></Description2>\n";
  }

  /** An Item in schema order. */
  static String item(int id, String name, String operations, String type) {
    return "      <Item ID=\"" + id + "\">\n"
        + "        <Name>" + name + "</Name>\n"
        + "        <Operations>" + operations + "</Operations>\n"
        + "        <MultipleInstances>Single</MultipleInstances>\n"
        + "        <Mandatory>Mandatory</Mandatory>\n"
        + "        <Type>" + type + "</Type>\n"
        + "        <RangeEnumeration>0..100</RangeEnumeration>\n"
        + "        <Units>Cel</Units>\n"
        + "        <Description>A value.</Description>\n"
        + "      </Item>\n";
  }

  static String valid10() {
    return document(V10, object(32001, "", item(0, "Value", "R", "Integer") + item(1, "Reset", "E", "")));
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The 1-based line of the first line containing {@code text}. */
  static int lineOf(String document, String text) {
    int index = document.indexOf(text);
    if (index < 0) {
      throw new IllegalArgumentException(text);
    }
    return (int) document.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }
}
