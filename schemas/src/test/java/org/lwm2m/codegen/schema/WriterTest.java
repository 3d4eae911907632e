package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WriterTest {

  private final ObjectDefinitionWriter writer = new ObjectDefinitionWriter();
  private final ObjectDefinitionReader reader = new ObjectDefinitionReader();

  static ResourceDefinition resource(int id, String name, Operations ops, ResourceType type,
      String range, String units, String description) {
    return new ResourceDefinition(id, name, ops, false, true, type, range, units, description,
        Location.of("x"), Map.of());
  }

  static ObjectDefinition object(String lwm2mVersion, String objectVersion,
      List<ResourceDefinition> resources) {
    return new ObjectDefinition("Water Valve", "A remotely operated valve.", 32001,
        "urn:oma:lwm2m:x:32001", lwm2mVersion, objectVersion, true, false, resources, "",
        null, null, Location.of("x"), Map.of());
  }

  /** The fields a write and read must keep (everything but where it came from). */
  static ObjectDefinition content(ObjectDefinition o) {
    List<ResourceDefinition> resources = o.resources().stream().map(r -> new ResourceDefinition(
        r.id(), r.name(), r.operations(), r.multiple(), r.mandatory(), r.type(),
        r.rangeEnumeration(), r.units(), r.description(), Location.of(""), Map.of())).toList();
    return new ObjectDefinition(o.name(), o.description1(), o.objectId(), o.urn(),
        o.lwm2mVersion(), o.objectVersion(), o.multiple(), o.mandatory(), resources,
        o.description2(), null, null, Location.of(""), Map.of());
  }

  private ReadResult readBack(String xml) {
    ReadResult result = reader.read("w.xml", Ddf.utf8(xml));
    assertEquals(List.of(), result.problems(), xml);
    return result;
  }

  @Test
  void writesAValidDocumentThatReadsBackEqual() {
    ObjectDefinition o = object(null, null, List.of(
        resource(0, "Open", Operations.RW, ResourceType.BOOLEAN, "", "", "Open or closed."),
        resource(1, "Flush", Operations.E, ResourceType.NONE, "", "", "")));
    String xml = writer.write(o, "Licence: BSD-3-Clause");

    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n"), xml);
    assertTrue(xml.contains(SchemaVersion.V1_0.location()), xml);
    assertFalse(xml.contains("LWM2MVersion"));
    assertFalse(xml.contains("ObjectVersion"));
    assertFalse(xml.contains("\r"));
    ObjectDefinition back = readBack(xml).objects().get(0);
    assertEquals(content(o), content(back));
    assertEquals("Licence: BSD-3-Clause", back.license());
    assertEquals(SchemaVersion.V1_0, back.schema());
  }

  @Test
  void writesElementsInSchemaOrder() {
    String xml = writer.write(object("1.1", "1.2", List.of(
        resource(0, "A", Operations.R, ResourceType.STRING, "", "", ""))), null);
    List<String> order = List.of("<Name>", "<Description1>", "<ObjectID>", "<ObjectURN>",
        "<LWM2MVersion>", "<ObjectVersion>", "<MultipleInstances>", "<Mandatory>", "<Resources>",
        "<Item ID=\"0\">", "<Operations>", "<Type>", "<RangeEnumeration>", "<Units>",
        "<Description>", "</Resources>", "<Description2>");
    for (int i = 1; i < order.size(); i++) {
      assertTrue(xml.indexOf(order.get(i - 1)) < xml.indexOf(order.get(i)), order.get(i));
    }
    assertFalse(xml.contains("<!--"));
  }

  @Test
  void namesV11ForA11ObjectOrA11Type() {
    ResourceDefinition counter = resource(0, "C", Operations.R, ResourceType.UNSIGNED_INTEGER, "", "", "");
    ResourceDefinition plain = resource(0, "C", Operations.R, ResourceType.INTEGER, "", "", "");
    assertTrue(writer.write(object(null, null, List.of(counter)), null).contains(SchemaVersion.V1_1.location()));
    assertTrue(writer.write(object("1.1", null, List.of(plain)), null).contains(SchemaVersion.V1_1.location()));
    assertTrue(writer.write(object("1.2", null, List.of(plain)), null).contains(SchemaVersion.V1_1.location()));
    assertTrue(writer.write(object("1.0", null, List.of(plain)), null).contains(SchemaVersion.V1_0.location()));
    assertNotNull(readBack(writer.write(object(null, null, List.of(counter)), null)));
  }

  @Test
  void escapesTextAndKeepsWhitespaceExactly() {
    String tricky = "  a < b && c > d ]]> \"quoted\" 'single'\n\tindented\r\nwindows\rold mac  ";
    ObjectDefinition o = object(null, null, List.of(
        resource(0, tricky, Operations.R, ResourceType.STRING, "\n   ", " ", tricky)));
    String xml = writer.write(o, null);

    assertFalse(xml.contains("\r"), "output has no CR");
    ObjectDefinition back = readBack(xml).objects().get(0);
    assertEquals(content(o), content(back));
  }

  @Test
  void replacesCharactersXmlCannotCarry() {
    String bad = "nul\u0000 bell\u0007 lone\uD800 ok\uD83D\uDE00 \uFFFE end";
    ObjectDefinition o = object(null, null, List.of(
        resource(0, bad, Operations.R, ResourceType.STRING, "", "", "")));
    String xml = writer.write(o, "licence with \u0001 control");

    ResourceDefinition r = readBack(xml).objects().get(0).resources().get(0);
    assertEquals("nul\uFFFD bell\uFFFD lone\uFFFD ok\uD83D\uDE00 \uFFFD end", r.name());
  }

  @Test
  void keepsLicenceCommentWellFormed() {
    String licence = "-- dashes -- everywhere ---\r\nand a trailing dash -";
    ObjectDefinition o = object(null, null, List.of(
        resource(0, "A", Operations.R, ResourceType.STRING, "", "", "")));
    String xml = writer.write(o, licence);

    ObjectDefinition back = readBack(xml).objects().get(0);
    assertFalse(back.license().contains("--"), back.license());
    assertTrue(back.license().endsWith("dash -"), back.license());
    assertFalse(xml.contains("\r"));
  }

  @Test
  void writesNullRangeUnitsAndDescriptionAsEmptyElements() {
    ObjectDefinition o = object(null, null, List.of(
        resource(0, "A", Operations.R, ResourceType.STRING, null, null, null)));
    ResourceDefinition r = readBack(writer.write(o, null)).objects().get(0).resources().get(0);

    assertEquals("", r.rangeEnumeration());
    assertEquals("", r.units());
    assertEquals("", r.description());
  }

  @Test
  void isDeterministic() {
    ObjectDefinition o = object("1.1", "2.0", List.of(
        resource(3, "B", Operations.W, ResourceType.FLOAT, "0..1", "m", "b"),
        resource(1, "A", Operations.R, ResourceType.TIME, "", "s", "a")));
    String first = writer.write(o, "L");

    assertEquals(first, writer.write(o, "L"));
    assertEquals(first, new ObjectDefinitionWriter().write(content(o), "L"));
  }

  @Test
  void writesSeveralObjects() {
    ObjectDefinition a = object(null, null, List.of(resource(0, "A", Operations.R, ResourceType.STRING, "", "", "")));
    String xml = writer.write(List.of(a, a), null);

    assertEquals(2, readBack(xml).objects().size());
    assertThrows(IllegalArgumentException.class, () -> writer.write(List.of(), null));
    assertNull(readBack(xml).objects().get(1).license());
  }
}
