package org.lwm2m.codegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lwm2m.codegen.processor.checker.Checker;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.ObjectXml;
import org.lwm2m.codegen.schema.Problem;

/**
 * Object XML that every conformant XML parser (and so Leshan) refuses as not well-formed is
 * refused by the processor and by the checker too, with one {@code [xml]} error at its line, and
 * nothing is generated: character references in the XML declaration, invalid namespace prefixes,
 * an attribute name with an empty prefix.
 */
class NotWellFormedXmlTest {
  @TempDir Path work;

  private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      version="1&#46;0"                  | version="1.0"    | version="1&#46;0"                      | 1
      encoding="UTF&#45;8"               | encoding="UTF-8" | encoding="UTF&#45;8"                   | 1
      standalone="&#121;es"              | encoding="UTF-8" | encoding="UTF-8" standalone="&#121;es" | 1
      xmlns:=                            | XSI              | xmlns:="http://www.w3.org/2001/XMLSchema-instance" :      | 3
      xmlns:xml=                         | XSI              | xmlns:xml="http://www.w3.org/2001/XMLSchema-instance" xml:   | 3
      xmlns:xmlns=                       | XSI              | xmlns:xmlns="http://www.w3.org/2001/XMLSchema-instance" xmlns: | 3
      xmlns:a:b=                         | XSI              | xmlns:a:b="http://www.w3.org/2001/XMLSchema-instance" a:b:   | 3
      :noNamespaceSchemaLocation=        | xsi:noNamespaceSchemaLocation= | :noNamespaceSchemaLocation= | 3
      """)
  void isOneLocatedXmlErrorAndGeneratesNothing(String what, String from, String to, int line) throws Exception {
    String valid = new ObjectXml().resource(0, "Value", "R", "Integer").toString();
    String target = from.equals("XSI") ? XSI : from;
    assertTrue(valid.contains(target), target);
    Path models = Files.createDirectories(work.resolve("models"));
    Files.writeString(models.resolve("object.xml"), valid.replace(target, to));

    try (GeneratedCode code = GeneratedCode.compile(work, models, "com.acme", List.of("object.xml"), List.of())) {
      assertFalse(code.success(), what);
      List<String> errors = code.messages(Diagnostic.Kind.ERROR);
      assertEquals(1, errors.size(), what + ": " + code.report());
      // Diagnostics name the file a user can open: here the absolute path in the lwm2m.models folder.
      String file = java.util.regex.Pattern.quote(models.resolve("object.xml").toString());
      assertTrue(errors.get(0).matches(file + ":" + line + ":\\d+: \\[xml\\] not well-formed XML: .+"),
          what + ": " + errors.get(0));
      assertEquals(List.of(), code.generatedSources(), what);
      try (Stream<Path> written = Files.walk(code.classOutput())) {
        assertEquals(List.of(), written.filter(Files::isRegularFile).collect(Collectors.toList()), what);
      }
    }

    Checker.Result checked = Checker.create(Checker.Settings.defaults()).check(List.of(models.resolve("object.xml")));
    assertEquals(List.of("xml"), checked.problems().stream().map(Problem::rule).collect(Collectors.toList()), what);
    assertEquals(line, checked.problems().get(0).location().line(), what);
    assertEquals(0, checked.objects(), what);
  }
}
