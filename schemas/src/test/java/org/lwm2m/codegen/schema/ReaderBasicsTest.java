package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderBasicsTest {

  private final ObjectDefinitionReader reader = new ObjectDefinitionReader();

  @Test
  void readsValid10File() {
    String xml = Ddf.valid10();
    ReadResult result = reader.read("t.xml", Ddf.utf8(xml));

    assertEquals(List.of(), result.problems());
    ObjectDefinition o = result.objects().get(0);
    assertEquals("Test Object", o.name());
    assertEquals("A test object.", o.description1());
    assertEquals(32001, o.objectId());
    assertEquals("urn:oma:lwm2m:x:32001", o.urn());
    assertNull(o.lwm2mVersion());
    assertNull(o.objectVersion());
    assertEquals("1.0", o.effectiveLwm2mVersion());
    assertTrue(o.multiple());
    assertFalse(o.mandatory());
    assertEquals("", o.description2());
    assertEquals(SchemaVersion.V1_0, o.schema());
    assertEquals("Licence: test", o.license());
    assertEquals(2, o.resources().size());

    ResourceDefinition value = o.resources().get(0);
    assertEquals(0, value.id());
    assertEquals("Value", value.name());
    assertEquals(Operations.R, value.operations());
    assertFalse(value.multiple());
    assertTrue(value.mandatory());
    assertEquals(ResourceType.INTEGER, value.type());
    assertEquals("0..100", value.rangeEnumeration());
    assertEquals("Cel", value.units());
    assertEquals("A value.", value.description());
    assertEquals(ResourceType.NONE, o.resources().get(1).type());
    assertEquals(Operations.E, o.resources().get(1).operations());

    assertEquals("t.xml", o.location().file());
    assertEquals(Ddf.lineOf(xml, "<Object "), o.location().line());
    assertEquals(Ddf.lineOf(xml, "<ObjectID>"), o.locationOf("ObjectID").line());
    assertEquals(Ddf.lineOf(xml, "<Item ID=\"1\""), o.resources().get(1).location().line());
    assertEquals(Ddf.lineOf(xml, "<Type>Integer"), value.locationOf("Type").line());
    assertTrue(value.locationOf("Type").column() > 0);
  }

  @Test
  void readsValid11FileWithVersionsAnd11Types() {
    String xml = Ddf.document(Ddf.V11, Ddf.object(32002,
        "    <LWM2MVersion>1.1</LWM2MVersion>\n    <ObjectVersion>1.2</ObjectVersion>\n",
        Ddf.item(0, "Counter", "RW", "Unsigned Integer") + Ddf.item(1, "Links", "R", "Corelnk")));
    ReadResult result = reader.read("t11.xml", Ddf.utf8(xml));

    assertEquals(List.of(), result.problems());
    ObjectDefinition o = result.objects().get(0);
    assertEquals("1.1", o.lwm2mVersion());
    assertEquals("1.2", o.objectVersion());
    assertEquals(SchemaVersion.V1_1, o.schema());
    assertEquals(ResourceType.UNSIGNED_INTEGER, o.resources().get(0).type());
    assertEquals(ResourceType.CORELNK, o.resources().get(1).type());
  }

  @Test
  void keepsTextExactlyAsWritten() {
    String xml = Ddf.document(Ddf.V10, Ddf.object(32003, "",
        Ddf.item(0, "  Spaced  Name ", "R", "String")
            .replace("<Description>A value.</Description>",
                "<Description><![CDATA[a < b & c\n  next line]]> &amp; more</Description>")
            .replace("<Units>Cel</Units>", "<Units/>")
            .replace("<RangeEnumeration>0..100</RangeEnumeration>",
                "<RangeEnumeration>\n          </RangeEnumeration>")));
    ResourceDefinition r = reader.read("t.xml", Ddf.utf8(xml)).objects().get(0).resources().get(0);

    assertEquals("  Spaced  Name ", r.name());
    assertEquals("a < b & c\n  next line & more", r.description());
    assertEquals("", r.units());
    assertEquals("\n          ", r.rangeEnumeration());
  }

  @Test
  void readsCrlfWithBom() {
    String xml = Ddf.valid10().replace("\n", "\r\n")
        .replace("<Description>A value.</Description>", "<Description>line one\r\nline two</Description>");
    byte[] body = xml.getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[body.length + 3];
    content[0] = (byte) 0xEF;
    content[1] = (byte) 0xBB;
    content[2] = (byte) 0xBF;
    System.arraycopy(body, 0, content, 3, body.length);

    ReadResult result = reader.read("crlf.xml", content);

    assertEquals(List.of(), result.problems());
    ObjectDefinition o = result.objects().get(0);
    assertEquals("line one\nline two", o.resources().get(0).description());
    assertEquals(Ddf.lineOf(xml, "<ObjectID>"), o.locationOf("ObjectID").line());
  }

  @Test
  void reportsNotWellFormedWithLineAndColumn() {
    String xml = "<?xml version=\"1.0\"?>\n<LWM2M>\n  <Object>\n  </Objekt>\n</LWM2M>\n";
    ReadResult result = reader.read("bad.xml", Ddf.utf8(xml));

    assertEquals(1, result.problems().size());
    Problem p = result.problems().get(0);
    assertEquals(SchemaRules.XML, p.rule());
    assertEquals(Severity.ERROR, p.severity());
    assertEquals(4, p.location().line());
    assertTrue(p.location().column() > 0);
    assertEquals("bad.xml", p.location().file());
    assertTrue(result.objects().isEmpty());
  }

  @Test
  void reportsEmptyInput() {
    ReadResult result = reader.read("empty.xml", new byte[0]);

    assertTrue(result.hasErrors());
    assertEquals(SchemaRules.XML, result.problems().get(0).rule());
  }

  @Test
  void reportsSchemaErrorAtItsLine() {
    String xml = Ddf.document(Ddf.V10, Ddf.object(32004, "", Ddf.item(0, "Value", "RX", "Integer")));
    ReadResult result = reader.read("t.xml", Ddf.utf8(xml));

    List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
    assertEquals(1, errors.size(), result.problems().toString());
    assertEquals(SchemaRules.SCHEMA, errors.get(0).rule());
    assertEquals(Ddf.lineOf(xml, "<Operations>RX"), errors.get(0).location().line());
    assertTrue(errors.get(0).message().contains("RX"), errors.get(0).message());
    assertFalse(errors.get(0).message().startsWith("cvc-"), errors.get(0).message());
    // The object is still returned so that later checks can report on it.
    assertNull(result.objects().get(0).resources().get(0).operations());
  }

  @Test
  void reportsEverySchemaError() {
    String xml = Ddf.document(Ddf.V10, Ddf.object(32005, "",
        Ddf.item(0, "A", "RX", "Integer") + Ddf.item(1, "B", "R", "Integr")));
    ReadResult result = reader.read("t.xml", Ddf.utf8(xml));

    List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
    assertEquals(2, errors.size(), result.problems().toString());
    assertEquals(Ddf.lineOf(xml, "<Operations>RX"), errors.get(0).location().line());
    assertEquals(Ddf.lineOf(xml, "<Type>Integr"), errors.get(1).location().line());
  }

  @Test
  void badObjectIdIsUnreadable() {
    String xml = Ddf.document(Ddf.V10, Ddf.object(32006, "", Ddf.item(0, "A", "R", "Integer")))
        .replace("<ObjectID>32006</ObjectID>", "<ObjectID>abc</ObjectID>");
    ReadResult result = reader.read("t.xml", Ddf.utf8(xml));

    assertTrue(result.hasErrors());
    assertEquals(Ddf.lineOf(xml, "<ObjectID>"), result.problems().get(0).location().line());
    assertEquals(ObjectDefinition.UNREADABLE_ID, result.objects().get(0).objectId());
  }

  @Test
  void missingOrUnknownSchemaLocationIsAnErrorButValidationGoesOn() {
    String noLocation = Ddf.document(null, Ddf.object(32007, "", Ddf.item(0, "A", "RX", "Unsigned Integer")));
    ReadResult none = reader.read("t.xml", Ddf.utf8(noLocation));
    assertEquals(List.of(SchemaRules.SCHEMA_LOCATION, SchemaRules.SCHEMA),
        none.problems().stream().map(Problem::rule).toList(), none.problems().toString());
    assertNull(none.objects().get(0).schema());

    String unknown = Ddf.document("http://example.com/Other.xsd",
        Ddf.object(32007, "", Ddf.item(0, "A", "R", "Integer")));
    ReadResult other = reader.read("t.xml", Ddf.utf8(unknown));
    assertEquals(List.of(SchemaRules.SCHEMA_LOCATION),
        other.problems().stream().map(Problem::rule).toList());
    assertTrue(other.problems().get(0).message().contains("Other.xsd"));
  }

  @Test
  void acceptsEverySpellingOfTheSchemaLocation() {
    for (String location : List.of("http://openmobilealliance.org/tech/profiles/LWM2M.xsd",
        "http://www.openmobilealliance.org/tech/profiles/LWM2M.xsd", "LWM2M.xsd",
        "https://raw.githubusercontent.com/x/LWM2M.xsd")) {
      ReadResult result = reader.read("t.xml",
          Ddf.utf8(Ddf.document(location, Ddf.object(32008, "", Ddf.item(0, "A", "R", "Integer")))));
      assertEquals(List.of(), result.problems(), location);
      assertEquals(SchemaVersion.V1_0, result.objects().get(0).schema());
    }
  }

  @Test
  void declaring10ButUsing11TypeIsAnErrorWhenStrict() {
    String xml = Ddf.document(Ddf.V10, Ddf.object(32009, "", Ddf.item(0, "A", "R", "Unsigned Integer")));
    ReadResult result = reader.read("t.xml", Ddf.utf8(xml));

    assertTrue(result.hasErrors());
    assertEquals(Ddf.lineOf(xml, "<Type>Unsigned"), result.problems().get(0).location().line());
  }

  @Test
  void readsSeveralObjectsInDocumentOrder() {
    String second = "  </Object>\n  <Object ObjectType=\"MODefinition\">\n"
        + Ddf.object(32011, "", Ddf.item(5, "Five", "W", "Float") + Ddf.item(2, "Two", "W", "Time"));
    String xml = Ddf.document(Ddf.V10, Ddf.object(32010, "", Ddf.item(0, "A", "R", "Integer")) + second);
    ReadResult result = reader.read("t.xml", Ddf.utf8(xml));

    assertEquals(List.of(), result.problems());
    assertEquals(List.of(32010, 32011), result.objects().stream().map(ObjectDefinition::objectId).toList());
    assertEquals(List.of(5, 2), result.objects().get(1).resources().stream().map(ResourceDefinition::id).toList());
  }

  @Test
  void problemsAreSortedByPosition() {
    String xml = Ddf.document(null, Ddf.object(32012, "",
        Ddf.item(0, "A", "RX", "Integer") + Ddf.item(1, "B", "R", "Integr")));
    List<Problem> problems = reader.read("t.xml", Ddf.utf8(xml)).problems();
    for (int i = 1; i < problems.size(); i++) {
      Location a = problems.get(i - 1).location();
      Location b = problems.get(i).location();
      assertTrue(a.line() < b.line() || a.line() == b.line() && a.column() <= b.column(), problems.toString());
    }
  }

  @Test
  void neverThrowsOnTruncatedOrCorruptedInput() {
    ObjectDefinitionReader lenient = new ObjectDefinitionReader(ReaderOptions.lenientDefaults());
    byte[] valid = Ddf.utf8(Ddf.valid10());
    java.util.Random random = new java.util.Random(42);
    int rootEnd = Ddf.valid10().indexOf("</LWM2M>") + "</LWM2M".length();
    for (int i = 0; i < valid.length; i += 7) {
      byte[] truncated = java.util.Arrays.copyOf(valid, i);
      // Cut before the root's end tag closes, the document is not well-formed.
      assertEquals(i < rootEnd, lenient.read("t.xml", truncated).hasErrors(), "truncated at " + i);
      byte[] corrupted = valid.clone();
      corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
      corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
      ReadResult result = lenient.read("t.xml", corrupted);
      for (Problem p : result.problems()) {
        assertEquals("t.xml", p.location().file());
      }
    }
  }
}
