package org.lwm2m.codegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.ObjectXml;

/** One test per defect the lean-code review found; each failed before its fix. */
class DefectRegressionTest {
  @TempDir Path work;

  private Path models(String dir) throws Exception {
    return Files.createDirectories(work.resolve(dir));
  }

  /** Defect 1: the interface's generated classes took names an XML object already had. */
  @Test
  void anInterfaceBesideAnXmlObjectWhoseNameEndsInModel() throws Exception {
    Path models = models("m1");
    Files.writeString(models.resolve("valve.xml"), new ObjectXml().id(26270).name("Water Valve Model").resource(0, "Open", "R", "Boolean").toString());
    try (GeneratedCode code = GeneratedCode.compile(work.resolve("one"), models, "com.acme", List.of("valve.xml"), List.of(), AnnotatedInterfaceTest.WATER_VALVE)) {
      assertTrue(code.success(), code.report());
      assertEquals(32001, code.load("com.acme.WaterValveModel").getField("ID").getInt(null), "the interface keeps its plain NModel");
      assertEquals(26270, code.load("com.acme.WaterValveModel26270Model").getField("ID").getInt(null), "the XML object makes way");
    }
  }

  /** Defect 1, between interfaces: {@code Foo}'s plain {@code FooModel} is another interface of the round. */
  @Test
  void anInterfaceNamedLikeAnotherInterfacesModel() throws Exception {
    String foo = AnnotatedInterfaceTest.IMPORTS + "@LwM2mObject(id = 32010, name = \"Foo\", description = \"Foo.\")\n"
        + "public interface Foo {\n  @LwM2mResource(id = 0, name = \"Level\", operations = Operations.R, description = \"The level.\")\n  long level();\n}\n";
    String fooModel = foo.replace("32010", "32011").replace("interface Foo ", "interface FooModel ").replace("\"Foo\"", "\"Foo Model\"");
    try (GeneratedCode code = GeneratedCode.compile(work.resolve("two"), models("m2"), "com.acme", List.of(), List.of(), foo, fooModel)) {
      assertTrue(code.success(), code.report());
      assertEquals(32011, code.load("com.acme.FooModelModel").getField("ID").getInt(null));
      assertEquals(32010, code.load("com.acme.Foo_Model").getField("ID").getInt(null), "Foo's model makes way for the interface FooModel");
    }
  }

  /** Defect 2: a missing licence file was one error per interface, after the interface's Java sources were written. */
  @Test
  void aMissingLicenceFileIsOneOptionErrorAndNothingIsWritten() throws Exception {
    String second = AnnotatedInterfaceTest.WATER_VALVE.replace("32001", "32002").replace("interface WaterValve ", "interface GasValve ").replace("\"Water Valve\"", "\"Gas Valve\"");
    Path missing = work.resolve("missing/LICENSE.txt");
    try (GeneratedCode code = GeneratedCode.compile(
        work.resolve("three"), models("m3"), "com.acme", List.of(), List.of("-Alwm2m.license=" + missing), AnnotatedInterfaceTest.WATER_VALVE, second)) {
      assertFalse(code.success());
      List<String> errors = code.messages(Diagnostic.Kind.ERROR);
      assertEquals(1, errors.size(), code.report());
      assertTrue(errors.get(0).startsWith("[option] lwm2m.license: cannot read the licence file '" + missing + "'"), errors.get(0));
      assertEquals(List.of(), code.generatedSources(), "no source without its XML");
      assertFalse(Files.exists(code.classOutput().resolve("META-INF/lwm2m")), "no XML either");
    }
  }

  /** Defect 3: the processor silenced nothing for a misspelt rule id, and said nothing. */
  @Test
  void anUnknownRuleIdToDisableIsAnOptionError() throws Exception {
    try (GeneratedCode code = GeneratedCode.compile(
        work.resolve("four"), models("m4"), "com.acme", List.of(), List.of("-Alwm2m.disable=range-enumeration,range-enumerations"), AnnotatedInterfaceTest.WATER_VALVE)) {
      assertFalse(code.success());
      assertEquals(
          List.of("[option] lwm2m.disable: unknown rule id 'range-enumerations' (the README's rule table lists them)"),
          code.messages(Diagnostic.Kind.ERROR));
    }
  }

  /** Defect 4: an unreadable ObjectID was also an [object-id-range] error, and two of them a [duplicate-object] "object -1". */
  @Test
  void anUnreadableObjectIdIsReportedOnceAndIsNoDuplicate() throws Exception {
    Path models = models("m5");
    Files.writeString(models.resolve("a.xml"), new ObjectXml().id(26271).name("First").resource(0, "Open", "R", "Boolean").toString().replace(">26271<", ">abc<"));
    Files.writeString(models.resolve("b.xml"), new ObjectXml().id(26272).name("Second").resource(0, "Open", "R", "Boolean").toString().replace(">26272<", ">70000<"));
    try (GeneratedCode code = GeneratedCode.compile(work.resolve("five"), models, "com.acme", List.of("a.xml", "b.xml"), List.of())) {
      List<String> errors = code.messages(Diagnostic.Kind.ERROR);
      assertEquals(2, errors.size(), code.report());
      assertTrue(errors.get(0).startsWith(models.resolve("a.xml") + ":7:") && errors.get(0).contains("[schema]"), errors.get(0));
      assertTrue(errors.get(1).startsWith(models.resolve("b.xml") + ":7:") && errors.get(1).contains("[schema]"), errors.get(1));
    }
  }

  /** Defect 8: an entry the file system refuses was an [internal] error with a stack trace. */
  @Test
  void anEntryTheFileSystemRefusesIsAModelFileError() throws Exception {
    try (GeneratedCode code = GeneratedCode.compile(work.resolve("six"), models("m6"), "com.acme", List.of("lwm2m/bad\u0000name.xml"), List.of())) {
      List<String> errors = code.messages(Diagnostic.Kind.ERROR);
      assertEquals(1, errors.size(), code.report());
      assertTrue(errors.get(0).contains("[model-file] 'lwm2m/bad\\0name.xml' is not a valid file or folder name"), errors.get(0));
      assertFalse(errors.get(0).contains("\tat "), "no stack trace");
    }
  }

  /** Defect 10: a range the Java type cannot hold was a warning in an interface, and the XML written carried it. */
  @Test
  void anInterfaceRangeThatDoesNotFitIsAnErrorAndNoXmlIsWritten() throws Exception {
    String valve = AnnotatedInterfaceTest.WATER_VALVE.replace("range = \"0..100\", units = \"%\"", "range = \"0..1.5\", units = \"%\"");
    try (GeneratedCode code = GeneratedCode.compile(work.resolve("seven"), models("m7"), "com.acme", List.of(), List.of(), valve)) {
      List<String> errors = code.messages(Diagnostic.Kind.ERROR);
      assertEquals(1, errors.size(), code.report());
      assertTrue(errors.get(0).startsWith("[interface-range] resource 6 (Level): range 0..1.5 does not fit Integer"), errors.get(0));
      assertFalse(Files.exists(code.classOutput().resolve("META-INF/lwm2m/32001-1_0.xml")), "no XML");
      assertEquals(List.of(), code.generatedSources());
    }
  }

  /** A models folder the file system refuses is an option error, not an exception out of the processor's init. */
  @Test
  void aModelsFolderTheFileSystemRefusesIsAnOptionError() throws Exception {
    try (GeneratedCode code = GeneratedCode.compile(work.resolve("eight"), models("m8"), "com.acme", List.of(), List.of("-Alwm2m.models=bad\u0000dir"))) {
      assertEquals(List.of("[option] lwm2m.models holds a folder that is not a valid path: 'bad\\0dir'"), code.messages(Diagnostic.Kind.ERROR), code.report());
    }
  }
}
