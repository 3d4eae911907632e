package org.lwm2m.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.codegen.processor.testing.ObjectXml.lineOfResource;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.ObjectXml;

/**
 * Problems in object XML come out as compiler diagnostics naming {@code file:line:column}, the rule
 * id and what is wrong; errors stop generation of that object only; nothing reaches javac as an
 * exception.
 */
class DiagnosticsTest {
  @TempDir Path models;

  private Compilation compile(String xml, String... options) throws Exception {
    Files.writeString(models.resolve("object.xml"), xml);
    return compileEntries(List.of("object.xml"), options);
  }

  private Compilation compileEntries(List<String> entries, String... options) {
    List<String> all = new ArrayList<>(List.of("-Alwm2m.models=" + models));
    all.addAll(List.of(options));
    String list = entries.stream().map(e -> '"' + e + '"').collect(Collectors.joining(", "));
    JavaFileObject pkg =
        JavaFileObjects.forSourceString(
            "com.acme.package-info", "@org.lwm2m.codegen.annotations.LwM2mModels({" + list + "})\npackage com.acme;\n");
    return javac().withProcessors(new LwM2mProcessor()).withOptions(all).compile(pkg);
  }

  /** The processor's messages of {@code kind} that carry {@code [rule]}. */
  private static List<String> messages(Compilation c, Diagnostic.Kind kind, String rule) {
    return c.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.contains("[" + rule + "]"))
        .collect(Collectors.toList());
  }

  /** Diagnostics name the file read from an lwm2m.models folder by its absolute path. */
  private String object() {
    return models.resolve("object.xml").toString();
  }

  private void assertOneError(Compilation c, String rule, int line) {
    assertThat(c).failed();
    List<String> errors = messages(c, Diagnostic.Kind.ERROR, rule);
    assertEquals(1, errors.size(), "one " + rule + " error expected in " + c.diagnostics());
    assertTrue(errors.get(0).startsWith(object() + ":" + line + ":"), "located at line " + line + ": " + errors.get(0));
  }

  private static ObjectXml valid() {
    return new ObjectXml().resource(0, "Value", "R", "Integer");
  }

  @Test
  void aValidObjectCompilesWithoutDiagnostics() throws Exception {
    Compilation c = compile(valid().toString());
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("com.acme.TestObjectEnabler");
  }

  @Test
  void notWellFormedXml() throws Exception {
    String xml = valid().toString().replace("<Name>Value</Name>", "<Name>Value</Nam>");
    assertOneError(compile(xml), "xml", lineOfResource(0, 1));
  }

  @Test
  void doctypeIsRefused() throws Exception {
    String xml = valid().toString().replace("<!-- BSD", "<!DOCTYPE LWM2M [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<!-- BSD");
    Compilation c = compile(xml);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(object() + ":2:10: [xml-doctype]");
    assertTrue(c.errors().stream().noneMatch(d -> d.getMessage(Locale.ROOT).contains("root:")), "no file content leaks");
  }

  @Test
  void schemaErrorsAreAllReportedWithTheirLines() throws Exception {
    String xml =
        new ObjectXml().resource(0, "A", "R", "Integer").resource(1, "B", "R", "Integer").toString()
            .replace("<Operations>R</Operations>", "<Operations>X</Operations>");
    Compilation c = compile(xml);
    assertThat(c).failed();
    List<String> errors = messages(c, Diagnostic.Kind.ERROR, "schema");
    assertEquals(2, errors.size(), c.diagnostics().toString());
    assertTrue(errors.get(0).startsWith(object() + ":" + lineOfResource(0, 2) + ":"), errors.get(0));
    assertTrue(errors.get(1).startsWith(object() + ":" + lineOfResource(1, 2) + ":"), errors.get(1));
  }

  @Test
  void duplicateResourceIds() throws Exception {
    assertOneError(compile(valid().resource(0, "Other", "R", "Integer").toString()), "resource-id-unique", lineOfResource(1, 0));
  }

  @Test
  void executableResourceWithAType() throws Exception {
    assertOneError(compile(valid().resource(1, "Run", "E", "Integer").toString()), "executable-resource", lineOfResource(1, 5));
  }

  @Test
  void readableResourceWithoutAType() throws Exception {
    assertOneError(compile(valid().resource(1, "Untyped", "R", "").toString()), "resource-type", lineOfResource(1, 5));
  }

  @Test
  void lwm2m11TypeInA10Object() throws Exception {
    String xml = valid().lwm2m10().schema("LWM2M-v1_1.xsd").resource(1, "Big", "R", "Unsigned Integer").toString();
    assertOneError(compile(xml), "lwm2m11-types", lineOfResource(1, 5));
  }

  @Test
  void reservedObjectId() throws Exception {
    assertOneError(compile(valid().id(1500).toString()), "object-id-range", 7);
  }

  @Test
  void resourceIdAboveTheValidRange() throws Exception {
    assertOneError(compile(new ObjectXml().resource(40000, "Far", "R", "Integer").toString()), "resource-id-range", lineOfResource(0, 0));
  }

  @Test
  void missingModelFileNamesTheEntry() {
    Compilation c = compileEntries(List.of("nowhere/missing.xml"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[model-file] 'nowhere/missing.xml' was not found");
  }

  @Test
  void aFolderNamedWithoutItsSlashSaysHowToNameIt() throws Exception {
    Files.createDirectories(models.resolve("lwm2m"));
    Files.writeString(models.resolve("lwm2m/object.xml"), valid().toString());
    Compilation c = compileEntries(List.of("lwm2m"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[model-file] 'lwm2m' is a folder: write 'lwm2m/' to take every *.xml file in it");
  }

  @Test
  void aRangeThatCannotBeUnderstoodWarnsAndStillGenerates() throws Exception {
    Compilation c = compile(new ObjectXml().resource(0, "Count", "R", false, "Integer", "2 Instances", "").toString());
    assertThat(c).succeeded();
    List<String> warnings = messages(c, Diagnostic.Kind.WARNING, "range-enumeration");
    assertEquals(1, warnings.size(), c.diagnostics().toString());
    assertTrue(warnings.get(0).startsWith(object() + ":" + lineOfResource(0, 6) + ":"), warnings.get(0));
    assertThat(c).generatedSourceFile("com.acme.TestObjectModel");
  }

  @Test
  void strictModeTurnsWarningsIntoErrors() throws Exception {
    String xml = new ObjectXml().resource(0, "Count", "R", false, "Integer", "2 Instances", "").toString();
    Compilation c = compile(xml, "-Alwm2m.strict=true");
    assertThat(c).failed();
    assertEquals(1, messages(c, Diagnostic.Kind.ERROR, "range-enumeration").size(), c.diagnostics().toString());
  }

  @Test
  void disabledRulesAreSilenced() throws Exception {
    String xml = new ObjectXml().resource(0, "Count", "R", false, "Integer", "2 Instances", "").toString();
    Compilation c = compile(xml, "-Alwm2m.disable=range-enumeration");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void invalidOptionValuesAreReported() throws Exception {
    Compilation c = compile(valid().toString(), "-Alwm2m.schema=sloppy");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[option] lwm2m.schema must be strict or lenient");
  }

  @Test
  void oneBadObjectDoesNotStopTheOthers(@TempDir Path work) throws Exception {
    Files.writeString(models.resolve("good.xml"), valid().id(26251).name("Good One").toString());
    Files.writeString(models.resolve("bad.xml"), valid().resource(0, "Twice", "R", "Integer").toString());
    // Real javac: compile-testing shows no generated file once compilation failed.
    try (GeneratedCode code = GeneratedCode.compile(work, models, "com.acme", List.of("good.xml", "bad.xml"), List.of())) {
      assertFalse(code.success());
      List<String> sources = code.generatedSources().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
      assertTrue(sources.contains("GoodOneEnabler.java"), sources.toString());
      assertTrue(sources.stream().noneMatch(f -> f.startsWith("TestObject")), "the bad object is not generated: " + sources);
    }
  }

  @Test
  void theSameObjectTwiceInOneBuild() throws Exception {
    Files.writeString(models.resolve("a.xml"), valid().toString());
    Files.writeString(models.resolve("b.xml"), valid().toString());
    Compilation c = compileEntries(List.of("a.xml", "b.xml"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(models.resolve("b.xml") + ":4:35: [duplicate-object] object 26250 version 1.0 is already bound from "
        + models.resolve("a.xml") + ":4:35");
  }
}
