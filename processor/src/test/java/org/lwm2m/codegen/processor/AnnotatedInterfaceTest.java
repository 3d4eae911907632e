package org.lwm2m.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.response.ReadResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.LeshanModels;
import org.lwm2m.codegen.runtime.ClassPathModels;
import org.lwm2m.codegen.schema.ObjectDefinitionReader;
import org.lwm2m.codegen.schema.ReadResult;

/** Annotated interface -> object XML and bindings (Input 2 of the contract). */
class AnnotatedInterfaceTest {
  static final String IMPORTS =
      "package com.acme;\n"
          + "import java.time.Instant; import java.util.Date; import java.util.Map;\n"
          + "import org.eclipse.leshan.core.link.Link; import org.eclipse.leshan.core.node.ObjectLink;\n"
          + "import org.eclipse.leshan.core.request.argument.Arguments; import org.eclipse.leshan.core.util.datatype.ULong;\n"
          + "import org.lwm2m.codegen.annotations.*;\n";

  /** Every type and shape an interface can declare. */
  static final String WATER_VALVE =
      IMPORTS
          + "@LwM2mObject(id = 32001, name = \"Water Valve\", description = \"A remotely operated valve.\",\n"
          + "    version = \"1.0\", lwm2mVersion = \"1.1\", multiple = true)\n"
          + "public interface WaterValve {\n"
          + "  @LwM2mResource(id = 0, name = \"Open\", operations = Operations.RW, mandatory = true, description = \"Whether it is open.\")\n"
          + "  boolean open();\n"
          + "  void setOpen(boolean open);\n"
          + "  @LwM2mResource(id = 1, name = \"Flow Rate\", operations = Operations.R, units = \"l/min\", range = \"0.0..500.0\")\n"
          + "  default double flowRate() { throw new org.lwm2m.codegen.runtime.ResourceNotProvidedException(1); }\n"
          + "  @LwM2mResource(id = 2, name = \"Flush\", operations = Operations.E)\n"
          + "  void flush(Arguments arguments);\n"
          + "  @LwM2mResource(id = 3, name = \"Stop\", operations = Operations.E)\n"
          + "  void stop();\n"
          + "  @LwM2mResource(id = 4, name = \"Label\", operations = Operations.RW, range = \"0..32 bytes\")\n"
          + "  String getLabel();\n"
          + "  void setLabel(String label);\n"
          + "  @LwM2mResource(id = 5, name = \"Counter\", operations = Operations.R)\n"
          + "  ULong counter();\n"
          + "  @LwM2mResource(id = 6, name = \"Level\", operations = Operations.RW, range = \"0..100\", units = \"%\")\n"
          + "  Long level();\n"
          + "  void setLevel(Long level);\n"
          + "  @LwM2mResource(id = 7, name = \"Firmware\", operations = Operations.W)\n"
          + "  void setFirmware(byte[] image);\n"
          + "  @LwM2mResource(id = 8, name = \"Installed\", operations = Operations.R)\n"
          + "  Instant installed();\n"
          + "  @LwM2mResource(id = 9, name = \"Last Flush\", operations = Operations.R)\n"
          + "  Date lastFlush();\n"
          + "  @LwM2mResource(id = 10, name = \"Controller\", operations = Operations.RW)\n"
          + "  ObjectLink controller();\n"
          + "  void setController(ObjectLink controller);\n"
          + "  @LwM2mResource(id = 11, name = \"Endpoints\", operations = Operations.R)\n"
          + "  Link[] endpoints();\n"
          + "  @LwM2mResource(id = 12, name = \"Pressures\", operations = Operations.R, units = \"Pa\")\n"
          + "  Map<Integer, Double> pressures();\n"
          + "  @LwM2mResource(id = 13, name = \"Names\", operations = Operations.RW)\n"
          + "  Map<Integer, String> names();\n"
          + "  void setNames(Map<Integer, String> names);\n"
          + "}\n";

  @TempDir Path work;

  private GeneratedCode compile(String dir) throws Exception {
    Path models = Files.createDirectories(work.resolve("none"));
    return GeneratedCode.compile(work.resolve(dir), models, "com.acme", List.of(), List.of(), WATER_VALVE);
  }

  @Test
  void writesSchemaValidXmlThatLeshanReadsAsTheInterfacesModel() throws Exception {
    try (GeneratedCode code = compile("a")) {
      assertTrue(code.success(), code.report());
      Path xml = code.classOutput().resolve("META-INF/lwm2m/32001-1_0.xml");
      assertTrue(Files.isRegularFile(xml), "XML written to the class output");
      List<ObjectModel> leshan = LeshanModels.parseValidating(xml);
      assertNotNull(leshan, "Leshan's validating parser accepts the XML:\n" + Files.readString(xml));
      ObjectModel model = (ObjectModel) code.load("com.acme.WaterValveModel").getField("MODEL").get(null);
      LeshanModels.assertSameModel(leshan.get(0), model, "32001");
      assertEquals("urn:oma:lwm2m:x:32001", model.urn, "URN derived from the ID range");
      ReadResult again = new ObjectDefinitionReader().read(xml);
      assertTrue(again.problems().isEmpty(), again.problems().toString());
      assertTrue(Files.readString(xml).contains("Redistribution and use in source and binary forms"), "BSD-3-Clause header");
      assertEquals(
          List.of(32001),
          ClassPathModels.load(code.loader()).stream().map(m -> m.id).filter(id -> id == 32001).toList(),
          "the runtime finds the XML on the class path");
    }
  }

  @Test
  void generatesTheSameBindingsWithTheUsersInterfaceAsN() throws Exception {
    try (GeneratedCode code = compile("b")) {
      assertTrue(code.success(), code.report());
      assertEquals(
          List.of("com/acme/WaterValveEnabler.java", "com/acme/WaterValveModel.java", "com/acme/WaterValveRemote.java",
              "com/acme/WaterValveValidator.java"),
          code.generatedSources().stream().map(p -> p.toString().replace('\\', '/')).toList());
      Class<?> enablerClass = code.load("com.acme.WaterValveEnabler");
      Object enabler = enablerClass.getMethod("inMemory", int.class).invoke(null, 0);
      ReadResponse read = (ReadResponse) enablerClass.getMethod("read", LwM2mServer.class).invoke(enabler, LwM2mServer.SYSTEM);
      assertTrue(read.isSuccess(), read.toString());
      LwM2mObjectInstance instance = (LwM2mObjectInstance) read.getContent();
      assertEquals(List.of(), code.load("com.acme.WaterValveValidator").getMethod("validate", LwM2mObjectInstance.class).invoke(null, instance));
      assertTrue(instance.getResource(9).getValue() instanceof java.util.Date, "Date resources read as Leshan Dates");
    }
  }

  @Test
  void twoBuildsWriteIdenticalXml() throws Exception {
    try (GeneratedCode first = compile("c1");
        GeneratedCode second = compile("c2")) {
      assertArrayEquals(
          Files.readAllBytes(first.classOutput().resolve("META-INF/lwm2m/32001-1_0.xml")),
          Files.readAllBytes(second.classOutput().resolve("META-INF/lwm2m/32001-1_0.xml")));
    }
  }

  // --- errors on the element at fault ---------------------------------------------------------

  private static Compilation compileInterface(String body) {
    String source = IMPORTS + "@LwM2mObject(id = 32002, name = \"Broken\", description = \"Broken.\", lwm2mVersion = \"1.1\")\npublic interface Broken {\n" + body + "}\n";
    return javac().withProcessors(new LwM2mProcessor()).compile(JavaFileObjects.forSourceString("com.acme.Broken", source));
  }

  /** Asserts one error with {@code [rule]}, reported on {@code line} of Broken.java (line 8 is the first body line; javac puts a method's diagnostics on its declaration, below the annotation). */
  private static void assertErrorAt(Compilation c, String rule, long line) {
    assertThat(c).failed();
    List<Diagnostic<?>> errors = new java.util.ArrayList<>();
    for (Diagnostic<?> d : c.errors()) {
      if (d.getMessage(Locale.ROOT).contains("[" + rule + "]")) {
        errors.add(d);
      }
    }
    assertEquals(1, errors.size(), c.diagnostics().toString());
    assertEquals(line, errors.get(0).getLineNumber(), errors.get(0).getMessage(Locale.ROOT));
  }

  @Test
  void anUnsupportedJavaType() {
    assertErrorAt(compileInterface("  @LwM2mResource(id = 0, name = \"Count\", operations = Operations.R)\n  int count();\n"), "interface-type", 9);
  }

  @Test
  void anRwResourceWithoutASetter() {
    assertErrorAt(compileInterface("  @LwM2mResource(id = 0, name = \"Level\", operations = Operations.RW)\n  long level();\n"), "interface-setter", 9);
  }

  @Test
  void aSetterOfTheWrongType() {
    assertErrorAt(
        compileInterface("  @LwM2mResource(id = 0, name = \"Level\", operations = Operations.RW)\n  long level();\n  void setLevel(String level);\n"),
        "interface-setter", 10);
  }

  /** Defect 10: only a warning, and the written XML carried the range. */
  @Test
  void aRangeThatDoesNotFitTheJavaType() {
    assertErrorAt(
        compileInterface("  @LwM2mResource(id = 0, name = \"Level\", operations = Operations.R, range = \"0..1.5\")\n  long level();\n"),
        "interface-range", 9);
  }

  /** The reader's mark for an unreadable ID is no free pass when an annotation holds it. */
  @Test
  void aResourceIdOfIntegerMinValue() {
    assertErrorAt(
        compileInterface("  @LwM2mResource(id = Integer.MIN_VALUE, name = \"Level\", operations = Operations.R)\n  long level();\n"),
        "resource-id-range", 9);
  }

  @Test
  void anExecuteMethodWithAResult() {
    assertErrorAt(compileInterface("  @LwM2mResource(id = 0, name = \"Go\", operations = Operations.E)\n  boolean go();\n"), "interface-execute", 9);
  }

  @Test
  void anAbstractMethodThatIsNotAResource() {
    assertErrorAt(compileInterface("  void helper();\n"), "interface-method", 8);
  }

  @Test
  void aTypeThatDoesNotFitTheJavaType() {
    assertErrorAt(
        compileInterface("  @LwM2mResource(id = 0, name = \"Name\", operations = Operations.R, type = \"Integer\")\n  String name();\n"),
        "interface-type", 9);
  }

  @Test
  void catalogueRulesLandOnTheMethod() {
    assertErrorAt(
        compileInterface(
            "  @LwM2mResource(id = 0, name = \"A\", operations = Operations.R)\n  long a();\n"
                + "  @LwM2mResource(id = 0, name = \"B\", operations = Operations.R)\n  long b();\n"),
        "resource-id-unique", 11);
  }

  @Test
  void onAClass() {
    Compilation c =
        javac().withProcessors(new LwM2mProcessor())
            .compile(JavaFileObjects.forSourceString("com.acme.Nope", IMPORTS + "@LwM2mObject(id = 32003, name = \"Nope\")\npublic class Nope {}\n"));
    assertErrorAt(c, "interface-target", 7);
  }
}
