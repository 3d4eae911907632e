package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LenientReadingTest {

  private final ObjectDefinitionReader strict = new ObjectDefinitionReader();
  private final ObjectDefinitionReader lenient =
      new ObjectDefinitionReader(ReaderOptions.lenientDefaults());

  /** Type and Operations swapped, as in real registry files (Type right after Name). */
  private static String typeBeforeOperations(String item) {
    String operations = "        <Operations>R</Operations>\n";
    String type = "        <Type>Integer</Type>\n";
    return item.replace(operations, "@OPS@").replace(type, operations).replace("@OPS@", type);
  }

  private static void assertAcceptedLeniently(ReadResult result) {
    assertFalse(result.hasErrors(), result.problems().toString());
    assertFalse(result.problems().isEmpty());
    for (Problem p : result.problems()) {
      assertEquals(Severity.WARNING, p.severity());
      assertEquals(SchemaRules.SCHEMA_LENIENT, p.rule());
      assertTrue(p.message().contains("accepted leniently"), p.message());
    }
  }

  @Test
  void acceptsElementOrderProblemsAsWarnings() {
    String xml = Ddf.document(Ddf.V10,
        Ddf.object(32100, "", typeBeforeOperations(Ddf.item(0, "A", "R", "Integer"))));

    assertTrue(strict.read("t.xml", Ddf.utf8(xml)).hasErrors());
    ReadResult result = lenient.read("t.xml", Ddf.utf8(xml));
    assertAcceptedLeniently(result);
    assertEquals(Ddf.lineOf(xml, "<Type>Integer"), result.problems().get(0).location().line());
    ResourceDefinition r = result.objects().get(0).resources().get(0);
    assertEquals(Operations.R, r.operations());
    assertEquals(ResourceType.INTEGER, r.type());
  }

  @Test
  void acceptsObjectChildOrderProblems() {
    String body = Ddf.object(32101, "", Ddf.item(0, "A", "R", "Integer"));
    String description2 = "    <Description2></Description2>\n";
    String xml = Ddf.document(Ddf.V10, body.replace(description2, "")
        .replace("    <ObjectID>", description2 + "    <ObjectID>"));

    assertTrue(strict.read("t.xml", Ddf.utf8(xml)).hasErrors());
    assertAcceptedLeniently(lenient.read("t.xml", Ddf.utf8(xml)));
  }

  @Test
  void acceptsDeclaredVersionProblems() {
    String xml = Ddf.document(Ddf.V10, Ddf.object(32102, "", Ddf.item(0, "A", "R", "Unsigned Integer")));

    assertTrue(strict.read("t.xml", Ddf.utf8(xml)).hasErrors());
    ReadResult result = lenient.read("t.xml", Ddf.utf8(xml));
    assertAcceptedLeniently(result);
    assertEquals(ResourceType.UNSIGNED_INTEGER, result.objects().get(0).resources().get(0).type());
    assertEquals(SchemaVersion.V1_0, result.objects().get(0).schema());
  }

  @Test
  void acceptsMissingRangeUnitsAndDescription() {
    String item = Ddf.item(0, "A", "R", "Integer")
        .replace("        <RangeEnumeration>0..100</RangeEnumeration>\n", "")
        .replace("        <Units>Cel</Units>\n", "")
        .replace("        <Description>A value.</Description>\n", "");
    String xml = Ddf.document(Ddf.V10, Ddf.object(32103, "", typeBeforeOperations(item)));

    assertTrue(strict.read("t.xml", Ddf.utf8(xml)).hasErrors());
    ReadResult result = lenient.read("t.xml", Ddf.utf8(xml));
    assertAcceptedLeniently(result);
    ResourceDefinition r = result.objects().get(0).resources().get(0);
    assertNull(r.rangeEnumeration());
    assertNull(r.units());
    assertNull(r.description());
  }

  @Test
  void rejectsUnknownElement() {
    String xml = Ddf.document(Ddf.V10, Ddf.object(32104, "",
        typeBeforeOperations(Ddf.item(0, "A", "R", "Integer"))
            .replace("<Units>Cel</Units>", "<Units>Cel</Units><Colour>red</Colour>")));

    assertTrue(lenient.read("t.xml", Ddf.utf8(xml)).hasErrors());
  }

  @Test
  void rejectsOtherErrorsEvenWithOrderProblems() {
    List<String> bad = List.of(
        // misspelt enumeration value
        Ddf.item(0, "A", "R", "Integer").replace("<Mandatory>Mandatory</Mandatory>", "<Mandatory>Yes</Mandatory>"),
        // ID not a number
        Ddf.item(0, "A", "R", "Integer").replace("ID=\"0\"", "ID=\"zero\""),
        // ID out of range
        Ddf.item(0, "A", "R", "Integer").replace("ID=\"0\"", "ID=\"70000\""),
        // unknown attribute
        Ddf.item(0, "A", "R", "Integer").replace("ID=\"0\"", "ID=\"0\" Colour=\"red\""),
        // repeated element
        Ddf.item(0, "A", "R", "Integer").replace("<Units>Cel</Units>", "<Units>Cel</Units><Units>K</Units>"),
        // missing required element
        Ddf.item(0, "A", "R", "Integer").replace("        <Type>Integer</Type>\n", ""),
        // text where only elements belong
        Ddf.item(0, "A", "R", "Integer").replace("<Units>Cel</Units>", "<Units>Cel</Units>stray"),
        // missing ID
        Ddf.item(0, "A", "R", "Integer").replace(" ID=\"0\"", ""));
    for (String item : bad) {
      String xml = Ddf.document(Ddf.V10, Ddf.object(32105, "", typeBeforeOperations(item)));
      ReadResult result = lenient.read("t.xml", Ddf.utf8(xml));
      assertTrue(result.hasErrors(), item);
    }
  }

  @Test
  void keepsSchemaLocationErrorsWhenLenient() {
    String xml = Ddf.document(null, Ddf.object(32106, "",
        typeBeforeOperations(Ddf.item(0, "A", "R", "Integer"))));
    ReadResult result = lenient.read("t.xml", Ddf.utf8(xml));

    assertEquals(List.of(SchemaRules.SCHEMA_LOCATION), result.problems().stream()
        .filter(Problem::isError).map(Problem::rule).toList());
  }

  @Test
  void validFileGivesNoWarningsWhenLenient() {
    assertEquals(List.of(), lenient.read("t.xml", Ddf.utf8(Ddf.valid10())).problems());
  }
}
