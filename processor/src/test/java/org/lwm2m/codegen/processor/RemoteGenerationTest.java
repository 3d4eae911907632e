package org.lwm2m.codegen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code NRemote} is generated exactly when Leshan's server is visible to the compilation: a device
 * project without {@code leshan-lwm2m-server} could not compile it (the runtime declares the server
 * only as an optional dependency), so it must not get one. For XML input and annotated interfaces.
 */
class RemoteGenerationTest {
  private static final String XML_PACKAGE =
      "@org.lwm2m.codegen.annotations.LwM2mModels(\"models/26242.xml\")\npackage com.acme.device;\n";

  private static final String INTERFACE =
      "package com.acme.device;\n"
          + "import org.lwm2m.codegen.annotations.*;\n"
          + "@LwM2mObject(id = 32001, name = \"Water Valve\", description = \"A valve.\", version = \"1.0\", lwm2mVersion = \"1.1\")\n"
          + "public interface WaterValve {\n"
          + "  @LwM2mResource(id = 0, name = \"Open\", operations = Operations.RW, mandatory = true, description = \"Open.\")\n"
          + "  boolean open();\n"
          + "  void setOpen(boolean open);\n"
          + "}\n";

  /** A user interface with a getter named like one of the remote's own methods: no remote for it. */
  private static final String CLASHING =
      "package com.acme.device;\n"
          + "import org.lwm2m.codegen.annotations.*;\n"
          + "@LwM2mObject(id = 32002, name = \"Reader\", description = \"Reads.\", version = \"1.0\", lwm2mVersion = \"1.1\")\n"
          + "public interface Reader {\n"
          + "  @LwM2mResource(id = 0, name = \"Timeout\", operations = Operations.R, mandatory = true, description = \"A timeout.\")\n"
          + "  long timeout();\n"
          + "}\n";

  /** A plain default method (no resource) named like a remote's own: no remote either, and it compiles. */
  private static final String CLASHING_DEFAULT =
      "package com.acme.device;\n"
          + "import org.lwm2m.codegen.annotations.*;\n"
          + "@LwM2mObject(id = 32003, name = \"Router\", description = \"Routes.\", version = \"1.0\", lwm2mVersion = \"1.1\")\n"
          + "public interface Router {\n"
          + "  @LwM2mResource(id = 0, name = \"Hops\", operations = Operations.R, mandatory = true, description = \"Hops.\")\n"
          + "  long hops();\n"
          + "  default String path() { return \"/\"; }\n"
          + "}\n";

  /** The test class path without {@code leshan-lwm2m-server} (and what only it brings). */
  private static List<File> classPathWithoutLeshanServer() {
    List<File> files = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.contains("leshan-lwm2m-server") && !e.contains("leshan-tl-cf-server") && !e.contains("leshan-lwm2m-servers-shared"))
        .map(File::new)
        .collect(Collectors.toList());
    assertTrue(files.size() < System.getProperty("java.class.path").split(File.pathSeparator).length,
        "the test class path holds Leshan's server");
    return files;
  }

  private static Compilation compile(List<File> classPath) {
    return javac()
        .withProcessors(new LwM2mProcessor())
        .withClasspath(classPath)
        .withOptions("--release", "11", "-Xlint:-options")
        .compile(
            JavaFileObjects.forSourceString("com.acme.device.package-info", XML_PACKAGE),
            JavaFileObjects.forSourceString("com.acme.device.WaterValve", INTERFACE),
            JavaFileObjects.forSourceString("com.acme.device.Reader", CLASHING),
            JavaFileObjects.forSourceString("com.acme.device.Router", CLASHING_DEFAULT));
  }

  private static List<String> generatedRemotes(Compilation c) {
    return c.generatedSourceFiles().stream()
        .map(JavaFileObject::getName)
        .filter(n -> n.endsWith("Remote.java"))
        .map(n -> n.substring(n.lastIndexOf('/') + 1))
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void withoutLeshansServerNoRemoteIsGeneratedAndTheDeviceCompiles() {
    Compilation c = compile(classPathWithoutLeshanServer());
    assertThat(c).succeeded(); // (26242.xml lists its resources out of ID order: a guideline warning)
    assertEquals(List.of(), generatedRemotes(c));
    assertThat(c).generatedSourceFile("com.acme.device.TestThermometerEnabler");
    assertThat(c).generatedSourceFile("com.acme.device.WaterValveEnabler");
  }

  @Test
  void withLeshansServerEachObjectGetsItsRemote() {
    List<File> full = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(File::new).collect(Collectors.toList());
    Compilation c = compile(full);
    assertThat(c).succeeded(); // (26242.xml lists its resources out of ID order: a guideline warning)
    // Reader declares timeout(), a method of every remote: it gets none (its other classes are
    // generated), and a warning says why.
    assertEquals(List.of("TestThermometerRemote.java", "WaterValveRemote.java"), generatedRemotes(c));
    assertThat(c).hadWarningContaining("[interface-remote] no ReaderRemote is generated: the method timeout() has the name of a method every remote has");
    assertThat(c).hadWarningContaining("[interface-remote] no RouterRemote is generated: the method path() has the name of a method every remote has");
    assertThat(c).generatedSourceFile("com.acme.device.RouterEnabler");
    assertThat(c).generatedSourceFile("com.acme.device.ReaderEnabler");
    assertThat(c).generatedSourceFile("com.acme.device.WaterValveRemote")
        .contentsAsUtf8String()
        .contains("public final class WaterValveRemote extends RemoteInstance<WaterValveRemote> implements WaterValve");
  }
}
