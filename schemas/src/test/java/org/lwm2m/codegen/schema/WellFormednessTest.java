package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Documents that are not well-formed XML (namespaces included) are refused with one located
 * {@code [xml]} error and no object, whatever else in them is right: here the XML declaration's
 * pseudo-attributes, the namespace declaration of the {@code xsi} prefix, and names with an empty
 * prefix (which the JDK's parser lets through).
 */
class WellFormednessTest {

  private static final String XSI_DECLARATION =
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=";

  private final ObjectDefinitionReader reader = new ObjectDefinitionReader();

  /** A valid document with {@code from} replaced by {@code to}: line 1 the declaration, 3 the root. */
  static String mutated(String from, String to) {
    String valid = Ddf.valid10();
    assertTrue(valid.contains(from), from);
    return valid.replace(from, to);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      reference in version    | version="1.0"     | version="1&#46;0"                           | 1 | &#46;
      reference in encoding   | encoding="UTF-8"  | encoding="UTF&#45;8"                        | 1 | UTF&#45;8
      reference in standalone | encoding="UTF-8"  | encoding="UTF-8" standalone="&#121;es"      | 1 | &#121;es
      empty prefix            | XSI               | xmlns:="http://www.w3.org/2001/XMLSchema-instance" :noNamespaceSchemaLocation=     | 3 | xmlns:
      prefix xml rebound      | XSI               | xmlns:xml="http://www.w3.org/2001/XMLSchema-instance" xml:noNamespaceSchemaLocation= | 3 | "xml"
      prefix xmlns declared   | XSI               | xmlns:xmlns="http://www.w3.org/2001/XMLSchema-instance" xmlns:noNamespaceSchemaLocation= | 3 | "xmlns"
      prefix with two colons  | XSI               | xmlns:a:b="http://www.w3.org/2001/XMLSchema-instance" a:b:noNamespaceSchemaLocation= | 3 | xmlns:a
      attribute without prefix before its colon | xsi:noNamespaceSchemaLocation= | :noNamespaceSchemaLocation= | 3 | ":noNamespaceSchemaLocation"
      element without prefix before its colon   | <Name>Test Object</Name>       | <:Name>Test Object</:Name>  | 5 | ":Name"
      """)
  void refusesWithALocatedXmlError(String what, String from, String to, int line, String quoted) {
    String xml = mutated(from.equals("XSI") ? XSI_DECLARATION : from, to);
    ReadResult result = reader.read("bad.xml", Ddf.utf8(xml));

    assertEquals(List.of(SchemaRules.XML), result.problems().stream().map(Problem::rule).toList(),
        what + ": " + result.problems());
    Problem problem = result.problems().get(0);
    assertEquals(Severity.ERROR, problem.severity());
    assertEquals("bad.xml", problem.location().file());
    assertEquals(line, problem.location().line(), problem.toString());
    assertTrue(problem.location().column() > 0, problem.toString());
    assertTrue(problem.message().startsWith("not well-formed XML: "), problem.message());
    assertTrue(problem.message().contains(quoted), problem.message());
    assertEquals(List.of(), result.objects(), what);
  }
}
