package org.lwm2m.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lwm2m.codegen.processor.checker.Checker;
import org.lwm2m.codegen.processor.testing.ObjectXml;
import org.lwm2m.codegen.schema.Problem;

/**
 * Object XML that every conformant XML parser (and so Leshan) refuses as not well-formed is
 * refused by the processor and by the checker too, with one {@code [xml]} error at its line, and
 * nothing is generated: character references in the XML declaration, invalid namespace prefixes,
 * an attribute name with an empty prefix.
 */
class NotWellFormedXmlTest {
  @TempDir Path models;

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
    Files.writeString(models.resolve("object.xml"), valid.replace(target, to));

    Compilation c = javac().withProcessors(new LwM2mProcessor())
        .withOptions("-Alwm2m.models=" + models)
        .compile(JavaFileObjects.forSourceString("com.acme.package-info",
            "@org.lwm2m.codegen.annotations.LwM2mModels(\"object.xml\")\npackage com.acme;\n"));
    assertThat(c).failed();
    List<String> errors = c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    assertEquals(1, errors.size(), what + ": " + errors);
    assertTrue(errors.get(0).matches("object\\.xml:" + line + ":\\d+: \\[xml\\] not well-formed XML: .+"),
        what + ": " + errors.get(0));
    assertEquals(List.of(), c.generatedSourceFiles(), what);

    Checker.Result checked = Checker.create(Checker.Settings.defaults()).check(List.of(models.resolve("object.xml")));
    assertEquals(List.of("xml"), checked.problems().stream().map(Problem::rule).collect(Collectors.toList()), what);
    assertEquals(line, checked.problems().get(0).location().line(), what);
    assertEquals(0, checked.objects(), what);
  }
}
