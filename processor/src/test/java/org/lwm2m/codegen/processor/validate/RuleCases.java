package org.lwm2m.codegen.processor.validate;

import static org.lwm2m.codegen.processor.testing.ObjectXml.lineOfResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lwm2m.codegen.processor.testing.ObjectXml;
import org.lwm2m.codegen.schema.Severity;

/**
 * For every rule of the catalogue, inputs that break it (with the one problem expected: rule,
 * severity, file and line) and inputs that pass it. The processor tests ({@link RulesTest}) and
 * the checker tests run the same table, so both report the same thing for the same input.
 *
 * <p>Lines follow {@link ObjectXml}'s layout: 1 declaration, 2 licence comment, 3 root, 4 Object,
 * 5 Name, 6 Description1, 7 ObjectID, 8 ObjectURN, 9 LWM2MVersion, 10 ObjectVersion, 11
 * MultipleInstances, 12 Mandatory, then {@link ObjectXml#lineOfResource} for resources.
 */
public final class RuleCases {
  private RuleCases() {}

  /** The single file most cases use. */
  public static final String FILE = "object.xml";

  /**
   * A small Common.xml in the registry's format (written for these tests: one reusable resource),
   * for the cases that need {@code lwm2m.registry}.
   */
  public static final String COMMON_XML =
      String.join(
          "\n",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
          "<LWM2M xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
              + " xsi:noNamespaceSchemaLocation=\"http://www.openmobilealliance.org/tech/profiles/reusable_resources_v1_0.xsd\">",
          "  <Object ObjectType=\"CommonResources\">",
          "    <Resources>",
          "      <!-- Resource ID of the reusable resource -->",
          "      <Item ID=\"5700\">",
          "        <Name>Sensor Value</Name>",
          "        <Operations>R</Operations>",
          "        <Type>Float</Type>",
          "        <RangeEnumeration>0 .. 100</RangeEnumeration>",
          "        <Units>Cel</Units>",
          "        <Submitter>Test</Submitter>",
          "        <Description><![CDATA[About Sensor Value.]]></Description>",
          "        <TS></TS>",
          "        <TSLink>0</TSLink>",
          "      </Item>",
          "    </Resources>",
          "  </Object>",
          "</LWM2M>",
          "");

  /** An input that breaks {@code rule} once: the problem expected at {@code file:line}. */
  public record Failing(
      String name, Rule rule, Severity severity, String file, int line, Map<String, String> files,
      boolean registry) {
    @Override
    public String toString() {
      return rule.id() + ": " + name;
    }
  }

  /** An input without any problem of {@code rule}. */
  public record Passing(String name, Rule rule, Map<String, String> files, boolean registry) {
    @Override
    public String toString() {
      return rule.id() + ": " + name;
    }
  }

  private static final String LICENCE_LINE = "<!-- BSD-3-Clause: test input of lwm2m-codegen -->";

  /** The object every case starts from: clean under every rule. */
  public static ObjectXml valid() {
    return new ObjectXml().resource(0, "Value", "R", "Integer");
  }

  private static String objectVersion(String xml, String version) {
    return xml.replace("<ObjectVersion>1.0</ObjectVersion>", "<ObjectVersion>" + version + "</ObjectVersion>");
  }

  private static String lwm2mVersion(String xml, String version) {
    return xml.replace("<LWM2MVersion>1.1</LWM2MVersion>", "<LWM2MVersion>" + version + "</LWM2MVersion>");
  }

  private static String description1(String xml, String text) {
    return xml.replace("<Description1>A test object.</Description1>", "<Description1>" + text + "</Description1>");
  }

  private static String objectMandatory(String xml) {
    // The object's Mandatory (line 12) comes before every Item's.
    return xml.replaceFirst("<Mandatory>Optional</Mandatory>", "<Mandatory>Mandatory</Mandatory>");
  }

  private static String sensorValue(String name, String type, String range, String units, String description) {
    return new ObjectXml().resource(5700, name, "R", false, type, range, units).toString()
        .replace("<Description>About " + name + ".</Description>", "<Description>" + description + "</Description>");
  }

  public static List<Failing> failing() {
    List<Failing> c = new ArrayList<>();
    String v = valid().toString();
    // 1: XML and schema
    c.add(fail("end tag does not match", Rule.XML, lineOfResource(0, 1), v.replace("<Name>Value</Name>", "<Name>Value</Nam>")));
    c.add(fail("DOCTYPE", Rule.XML_DOCTYPE, 2, v.replace(LICENCE_LINE, "<!DOCTYPE LWM2M [<!ENTITY x \"y\">]>")));
    c.add(fail("70 nested elements", Rule.XML_TOO_DEEP, lineOfResource(1, 1),
        v.replace("<Description2></Description2>", "<Description2>" + "<a>".repeat(70) + "</a>".repeat(70) + "</Description2>")));
    c.add(fail("unknown Operations", Rule.SCHEMA, lineOfResource(0, 2), v.replace("<Operations>R</Operations>", "<Operations>X</Operations>")));
    c.add(fail("unknown schema", Rule.SCHEMA_LOCATION, 3, valid().schema("LWM2M-v1_2.xsd").toString()));
    // 2: LWM2MVersion
    c.add(fail("1.0 object naming LWM2M-v1_1.xsd", Rule.LWM2M_VERSION, 9, valid().lwm2m10().toString()));
    c.add(fail("1.1 object naming LWM2M.xsd", Rule.LWM2M_VERSION, 9, valid().schema("LWM2M.xsd").toString()));
    c.add(fail("LwM2M 1.3", Rule.LWM2M_VERSION, 9, lwm2mVersion(v, "1.3")));
    // 3, 4: object ID
    c.add(fail("reserved 1500", Rule.OBJECT_ID_RANGE, 7, valid().id(1500).toString()));
    c.add(fail("reserved 42801", Rule.OBJECT_ID_RANGE, 7, valid().id(42801).toString()));
    c.add(fail("test range", Rule.OBJECT_ID_TEST_RANGE, Severity.WARNING, 7, valid().id(42770).toString()));
    // 5: URN
    c.add(fail("kind oma for a private object", Rule.OBJECT_URN, 8, valid().urn("urn:oma:lwm2m:oma:26250").toString()));
    c.add(fail("kind x for an ext object", Rule.OBJECT_URN, 8, valid().id(3303).toString()));
    c.add(fail("ID part differs", Rule.OBJECT_URN, 8, valid().urn("urn:oma:lwm2m:x:26251").toString()));
    c.add(fail("version part missing", Rule.OBJECT_URN, 8, objectVersion(v, "1.1")));
    c.add(fail("version part differs", Rule.OBJECT_URN, 8, objectVersion(valid().urn("urn:oma:lwm2m:x:26250:1.2").toString(), "1.1")));
    c.add(fail("not a URN", Rule.OBJECT_URN, 8, valid().urn("oma:lwm2m:x:26250").toString()));
    c.add(fail("four parts", Rule.OBJECT_URN, 8, valid().urn("urn:oma:lwm2m:x").toString()));
    c.add(fail("redundant :1.0", Rule.OBJECT_URN_VERSION, Severity.WARNING, 8, valid().urn("urn:oma:lwm2m:x:26250:1.0").toString()));
    // 6: version format
    c.add(fail("ObjectVersion 1", Rule.VERSION_FORMAT, 10, objectVersion(v, "1")));
    c.add(fail("ObjectVersion v1.1", Rule.VERSION_FORMAT, 10, objectVersion(v, "v1.1")));
    c.add(fail("LWM2MVersion 1.1.0", Rule.VERSION_FORMAT, 9, lwm2mVersion(v, "1.1.0")));
    // 7: object name
    c.add(fail("blank name", Rule.OBJECT_NAME, 5, valid().name("  ").toString()));
    c.add(fail("oA Device", Rule.OBJECT_NAME_CASE, Severity.WARNING, 5, valid().name("oA Device").toString()));
    c.add(fail("powerupLog", Rule.OBJECT_NAME_CASE, Severity.WARNING, 5, valid().name("powerupLog").toString()));
    c.add(fail("Water quality sensor", Rule.OBJECT_NAME_CASE, Severity.WARNING, 5, valid().name("Water quality sensor").toString()));
    // 8: object description
    c.add(fail("no Description1", Rule.OBJECT_DESCRIPTION, Severity.WARNING, 6, description1(v, "")));
    c.add(fail("135 characters", Rule.OBJECT_DESCRIPTION, Severity.WARNING, 6, description1(v, "x".repeat(135))));
    // 9: mandatory objects
    c.add(fail("mandatory private object", Rule.MANDATORY_OBJECT, Severity.WARNING, 12, objectMandatory(v)));
    // 10, 11, 12: resource IDs
    c.add(fail("ID twice", Rule.RESOURCE_ID_UNIQUE, lineOfResource(1, 0), valid().resource(0, "Other", "R", "Integer").toString()));
    c.add(fail("ID 40000", Rule.RESOURCE_ID_RANGE, lineOfResource(0, 0), new ObjectXml().resource(40000, "Far", "R", "Integer").toString()));
    c.add(fail("ID 32769", Rule.RESOURCE_ID_RANGE, lineOfResource(1, 0), valid().resource(32769, "Far", "R", "Integer").toString()));
    c.add(fail("1 after 2", Rule.RESOURCE_ID_ORDER, Severity.WARNING, lineOfResource(2, 0),
        valid().resource(2, "Two", "R", "Integer").resource(1, "One", "R", "Integer").toString()));
    // 13, 14: resource names and descriptions
    c.add(fail("blank resource name", Rule.RESOURCE_NAME, lineOfResource(1, 1), valid().resource(1, " ", "R", "Integer").toString()));
    c.add(fail("Sensor value", Rule.RESOURCE_NAME_CASE, Severity.WARNING, lineOfResource(1, 1), valid().resource(1, "Sensor value", "R", "Integer").toString()));
    c.add(fail("no resource description", Rule.RESOURCE_DESCRIPTION, Severity.WARNING, lineOfResource(0, 8),
        v.replace("<Description>About Value.</Description>", "<Description> </Description>")));
    // 15, 16, 17: executable resources and types
    c.add(fail("E with a Type", Rule.EXECUTABLE_RESOURCE, lineOfResource(1, 5), valid().resource(1, "Run", "E", "Integer").toString()));
    c.add(fail("multiple E", Rule.EXECUTABLE_RESOURCE_FIELDS, Severity.WARNING, lineOfResource(1, 3), valid().resource(1, "Run", "E", true, "", "", "").toString()));
    c.add(fail("E with units", Rule.EXECUTABLE_RESOURCE_FIELDS, Severity.WARNING, lineOfResource(1, 7), valid().resource(1, "Run", "E", false, "", "", "s").toString()));
    c.add(fail("E with a range", Rule.EXECUTABLE_RESOURCE_FIELDS, Severity.WARNING, lineOfResource(1, 6), valid().resource(1, "Run", "E", false, "", "0..1", "").toString()));
    c.add(fail("R without a Type", Rule.RESOURCE_TYPE, lineOfResource(1, 5), valid().resource(1, "Untyped", "R", "").toString()));
    c.add(fail("Corelnk in 1.0", Rule.LWM2M11_TYPES, lineOfResource(1, 5), valid().lwm2m10().resource(1, "Links", "R", "Corelnk").toString()));
    c.add(fail("Unsigned Integer in 1.0", Rule.LWM2M11_TYPES, lineOfResource(1, 5), valid().lwm2m10().resource(1, "Big", "R", "Unsigned Integer").toString()));
    // 18: ranges
    c.add(fail("free text", Rule.RANGE_ENUMERATION, Severity.WARNING, lineOfResource(1, 6), valid().resource(1, "Count", "R", false, "Integer", "2 Instances", "").toString()));
    c.add(fail("decimal on Integer", Rule.RANGE_ENUMERATION, Severity.WARNING, lineOfResource(1, 6), valid().resource(1, "Level", "R", false, "Integer", "0.5..10", "").toString()));
    c.add(fail("reversed", Rule.RANGE_ENUMERATION, Severity.WARNING, lineOfResource(1, 6), valid().resource(1, "Level", "R", false, "Float", "-30..-120", "").toString()));
    c.add(fail("range on Boolean", Rule.RANGE_ENUMERATION, Severity.WARNING, lineOfResource(1, 6), valid().resource(1, "On", "R", false, "Boolean", "0..1", "").toString()));
    c.add(fail("words on Float", Rule.RANGE_ENUMERATION, Severity.WARNING, lineOfResource(1, 6), valid().resource(1, "State", "R", false, "Float", "ON;OFF", "").toString()));
    // 19: units
    c.add(fail("Celsius", Rule.UNITS, Severity.WARNING, lineOfResource(1, 7), valid().resource(1, "Temperature", "R", false, "Float", "", "Celsius").toString()));
    c.add(fail("CEL", Rule.UNITS, Severity.WARNING, lineOfResource(1, 7), valid().resource(1, "Temperature", "R", false, "Float", "", "CEL").toString()));
    c.add(fail("units on a String", Rule.UNITS, Severity.WARNING, lineOfResource(1, 7), valid().resource(1, "Label", "R", false, "String", "", "s").toString()));
    c.add(fail("units on a Boolean", Rule.UNITS, Severity.WARNING, lineOfResource(1, 7), valid().resource(1, "On", "R", false, "Boolean", "", "%").toString()));
    // 20: reusable resources
    c.add(failWithRegistry("name differs", Rule.REUSABLE_RESOURCE, lineOfResource(0, 1), sensorValue("Value", "Float", "0..100", "Cel", "About Sensor Value.")));
    c.add(failWithRegistry("type differs", Rule.REUSABLE_RESOURCE, lineOfResource(0, 5), sensorValue("Sensor Value", "Integer", "0..100", "Cel", "About Sensor Value.")));
    c.add(failWithRegistry("range differs", Rule.REUSABLE_RESOURCE, lineOfResource(0, 6), sensorValue("Sensor Value", "Float", "0..99", "Cel", "About Sensor Value.")));
    c.add(failWithRegistry("units differ", Rule.REUSABLE_RESOURCE, lineOfResource(0, 7), sensorValue("Sensor Value", "Float", "0..100", "K", "About Sensor Value.")));
    c.add(failWithRegistry("description differs", Rule.REUSABLE_RESOURCE, lineOfResource(0, 8), sensorValue("Sensor Value", "Float", "0..100", "Cel", "The value.")));
    c.add(failWithRegistry("operations differ", Rule.REUSABLE_RESOURCE, lineOfResource(0, 2),
        sensorValue("Sensor Value", "Float", "0..100", "Cel", "About Sensor Value.").replace("<Operations>R</Operations>", "<Operations>RW</Operations>")));
    c.add(failWithRegistry("not in Common.xml", Rule.REUSABLE_RESOURCE, lineOfResource(0, 0), new ObjectXml().resource(5999, "Unknown", "R", "Integer").toString()));
    c.add(fail("no registry: a note", Rule.REUSABLE_RESOURCE_UNCHECKED, Severity.NOTE, lineOfResource(1, 0), valid().resource(5700, "Sensor Value", "R", "Float").toString()));
    // 21: licence
    c.add(fail("no licence comment", Rule.LICENSE, Severity.WARNING, 1, v.replace(LICENCE_LINE, "")));
    c.add(fail("a comment that is no licence", Rule.LICENSE, Severity.WARNING, 1, v.replace(LICENCE_LINE, "<!-- written with the editor -->")));
    // 22: the same object twice
    Map<String, String> twice = new LinkedHashMap<>();
    twice.put("a.xml", v);
    twice.put("b.xml", v);
    c.add(new Failing("same ID and version in two files", Rule.DUPLICATE_OBJECT, Severity.ERROR, "b.xml", 4, twice, false));
    return c;
  }

  public static List<Passing> passing() {
    List<Passing> c = new ArrayList<>();
    String v = valid().toString();
    c.add(pass("well-formed", Rule.XML, v));
    c.add(pass("no DOCTYPE", Rule.XML_DOCTYPE, v));
    c.add(pass("shallow", Rule.XML_TOO_DEEP, v));
    c.add(pass("valid", Rule.SCHEMA, v));
    c.add(pass("LWM2M.xsd", Rule.SCHEMA_LOCATION, valid().lwm2m10().schema("LWM2M.xsd").toString()));
    c.add(pass("1.1 with LWM2M-v1_1.xsd", Rule.LWM2M_VERSION, v));
    c.add(pass("1.2 with LWM2M-v1_1.xsd", Rule.LWM2M_VERSION, lwm2mVersion(v, "1.2")));
    c.add(pass("1.0 with LWM2M.xsd", Rule.LWM2M_VERSION, valid().lwm2m10().schema("LWM2M.xsd").toString()));
    c.add(pass("no LWM2MVersion with LWM2M.xsd", Rule.LWM2M_VERSION,
        valid().schema("LWM2M.xsd").toString().replace("<LWM2MVersion>1.1</LWM2MVersion>", "")));
    c.add(pass("OMA object 3", Rule.OBJECT_ID_RANGE, valid().id(3).urn("urn:oma:lwm2m:oma:3").toString()));
    c.add(pass("ext object 2048", Rule.OBJECT_ID_RANGE, valid().id(2048).urn("urn:oma:lwm2m:ext:2048").toString()));
    c.add(pass("last bulk ID 42768", Rule.OBJECT_ID_TEST_RANGE, valid().id(42768).toString()));
    c.add(pass("ext 3303", Rule.OBJECT_URN, valid().id(3303).urn("urn:oma:lwm2m:ext:3303").toString()));
    c.add(pass("x 10241", Rule.OBJECT_URN, valid().id(10241).toString()));
    c.add(pass("x in the test range", Rule.OBJECT_URN, valid().id(42800).toString()));
    c.add(pass("version 2.1", Rule.OBJECT_URN, objectVersion(valid().urn("urn:oma:lwm2m:x:26250:2.1").toString(), "2.1")));
    c.add(pass("version 1.0 without a version part", Rule.OBJECT_URN_VERSION, valid().urn("urn:oma:lwm2m:x:26250").toString()));
    c.add(pass("version 10.12", Rule.VERSION_FORMAT, objectVersion(valid().urn("urn:oma:lwm2m:x:26250:10.12").toString(), "10.12")));
    c.add(pass("empty versions mean 1.0", Rule.VERSION_FORMAT,
        valid().schema("LWM2M.xsd").toString().replace("<LWM2MVersion>1.1</LWM2MVersion>", "<LWM2MVersion/>")
            .replace("<ObjectVersion>1.0</ObjectVersion>", "<ObjectVersion></ObjectVersion>")));
    c.add(pass("named", Rule.OBJECT_NAME, v));
    c.add(pass("joining words", Rule.OBJECT_NAME_CASE, valid().name("Cellular Network and Bearer Control").toString()));
    c.add(pass("digits, punctuation, units, versions", Rule.OBJECT_NAME_CASE, valid().name("3-Phase Power (kWh) - LwM2M v1.0 \"Test\"").toString()));
    c.add(pass("134 characters", Rule.OBJECT_DESCRIPTION, description1(v, "x".repeat(134))));
    c.add(pass("whitespace runs count once", Rule.OBJECT_DESCRIPTION, description1(v, "x".repeat(60) + "\n        " + "x".repeat(73))));
    c.add(pass("mandatory OMA object", Rule.MANDATORY_OBJECT, objectMandatory(valid().id(3).urn("urn:oma:lwm2m:oma:3").toString())));
    c.add(pass("optional private object", Rule.MANDATORY_OBJECT, v));
    c.add(pass("distinct IDs", Rule.RESOURCE_ID_UNIQUE, valid().resource(1, "Other", "R", "Integer").toString()));
    c.add(pass("private ID 32768", Rule.RESOURCE_ID_RANGE, valid().resource(32768, "Last", "R", "Integer").toString()));
    c.add(pass("ascending", Rule.RESOURCE_ID_ORDER, valid().resource(1, "One", "R", "Integer").resource(26241, "Private", "R", "Integer").toString()));
    c.add(pass("named resource", Rule.RESOURCE_NAME, v));
    c.add(pass("Min and Max Value (dBm)", Rule.RESOURCE_NAME_CASE, valid().resource(1, "Min and Max Value (dBm)", "R", "Integer").toString()));
    c.add(pass("reusable names are Common.xml's", Rule.RESOURCE_NAME_CASE, valid().resource(6038, "subFrameNumber", "R", "Integer").toString()));
    c.add(pass("described", Rule.RESOURCE_DESCRIPTION, v));
    c.add(pass("plain E", Rule.EXECUTABLE_RESOURCE, valid().resource(1, "Run", "E", "").toString()));
    c.add(pass("single E, no range or units", Rule.EXECUTABLE_RESOURCE_FIELDS, valid().resource(1, "Run", "E", "").toString()));
    c.add(pass("typed R", Rule.RESOURCE_TYPE, v));
    c.add(pass("Corelnk in 1.1", Rule.LWM2M11_TYPES, valid().resource(1, "Links", "R", "Corelnk").toString()));
    c.add(pass("understood ranges", Rule.RANGE_ENUMERATION,
        valid().resource(1, "Level", "R", false, "Integer", "0..100", "")
            .resource(2, "Label", "R", false, "String", "0..255 bytes", "")
            .resource(3, "Mode", "R", false, "Integer", "0: Off\n1: On", "")
            .resource(4, "Ratio", "R", false, "Float", "0.000001..1.0", "").toString()));
    c.add(pass("SenML, Ws, TBD, blank; s on Time", Rule.UNITS,
        valid().resource(1, "Temperature", "R", false, "Float", "", "Cel")
            .resource(2, "Energy", "R", false, "Integer", "", "Ws")
            .resource(3, "Later", "R", false, "Integer", "", "TBD")
            .resource(4, "Since", "R", false, "Time", "", "s")
            .resource(5, "Humidity", "R", false, "Float", "", "%RH")
            .resource(6, "Traffic", "R", false, "Unsigned Integer", "", "KiB").toString()));
    c.add(passWithRegistry("equal to Common.xml", Rule.REUSABLE_RESOURCE, sensorValue("Sensor Value", "Float", "0..100", "Cel", "About Sensor Value.")));
    c.add(passWithRegistry("whitespace and case differences", Rule.REUSABLE_RESOURCE,
        sensorValue("sensor  value", "Float", " 0..100 ", " Cel ", "<![CDATA[About\n   sensor value. ]]>")));
    c.add(pass("no reusable resource, no note", Rule.REUSABLE_RESOURCE, v));
    c.add(pass("no reusable resource, no note", Rule.REUSABLE_RESOURCE_UNCHECKED, v));
    c.add(pass("licence comment", Rule.LICENSE, v));
    c.add(pass("SPDX identifier", Rule.LICENSE, v.replace(LICENCE_LINE, "<!-- SPDX-License-Identifier: MIT -->")));
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("a.xml", v);
    versions.put("b.xml", objectVersion(valid().urn("urn:oma:lwm2m:x:26250:1.1").toString(), "1.1"));
    c.add(new Passing("two versions of one object", Rule.DUPLICATE_OBJECT, versions, false));
    return c;
  }

  private static Failing fail(String name, Rule rule, int line, String xml) {
    return fail(name, rule, rule.defaultSeverity(), line, xml);
  }

  private static Failing fail(String name, Rule rule, Severity severity, int line, String xml) {
    return new Failing(name, rule, severity, FILE, line, Map.of(FILE, xml), false);
  }

  private static Failing failWithRegistry(String name, Rule rule, int line, String xml) {
    return new Failing(name, rule, rule.defaultSeverity(), FILE, line, Map.of(FILE, xml), true);
  }

  private static Passing pass(String name, Rule rule, String xml) {
    return new Passing(name, rule, Map.of(FILE, xml), false);
  }

  private static Passing passWithRegistry(String name, Rule rule, String xml) {
    return new Passing(name, rule, Map.of(FILE, xml), true);
  }
}
