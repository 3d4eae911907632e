package org.lwm2m.codegen.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edit loop a user lives in, on a real Maven: edit an object XML, run a plain {@code mvn
 * compile} (no clean), and the bindings and diagnostics follow the XML. Without the {@code
 * lwm2m-codegen-maven-plugin}'s {@code refresh} goal the compiler plugin says "Nothing to compile"
 * and every step after the first keeps the old bindings.
 */
class EditLoopTest {
  static final String OBJECT = "src/main/resources/lwm2m/32010.xml";
  static final String RECOMPILING = ": recompiling com.acme.objects";

  static Stream<Arguments> toolchains() {
    return Stream.of(Arguments.of(Toolchain.MAVEN_38, Toolchain.JDK_17), Arguments.of(Toolchain.MAVEN_39, Toolchain.JDK_17));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("toolchains")
  void aPlainCompileFollowsEveryXmlEdit(Toolchain maven, Toolchain jdk) throws Exception {
    Path project = Projects.fresh("edit-loop-" + maven + "-" + jdk).resolve("project");
    writeProject(project);
    MavenBuild mvn = new MavenBuild(maven, jdk);

    MavenBuild.Result first = mvn.run(project, "1-first", "compile").succeeded();
    assertEquals("150 is outside the range 0..100", check(project, 150), first.tail());
    assertEquals(List.of(), refreshLines(first), "the first build has nothing to refresh");

    MavenBuild.Result unchanged = mvn.run(project, "2-unchanged", "compile").succeeded();
    assertTrue(unchanged.output().contains("Nothing to compile"), unchanged.tail());
    assertEquals(List.of(), refreshLines(unchanged), "quiet when nothing changed");

    edit(project, "<RangeEnumeration>0..100</RangeEnumeration>", "<RangeEnumeration>0..200</RangeEnumeration>");
    MavenBuild.Result ranged = mvn.run(project, "3-range", "compile").succeeded();
    assertEquals("accepted", check(project, 150), "the new range is checked:\n" + ranged.tail());
    assertEquals(List.of("[INFO] lwm2m/32010.xml changed" + RECOMPILING), refreshLines(ranged));
    assertEquals("250 is outside the range 0..200", check(project, 250));

    edit(project, "<Item ID=\"0\">", "<Item ID=\"40000\">");
    int line = lineOf(project, "<Item ID=\"40000\">");
    MavenBuild.Result broken = mvn.run(project, "4-guideline-error", "compile").failed();
    assertEquals(List.of("[INFO] lwm2m/32010.xml changed" + RECOMPILING), refreshLines(broken));
    assertTrue(broken.output().contains("lwm2m/32010.xml:" + line + ":"), "the error names the file and line " + line + ":\n" + broken.tail());
    assertTrue(broken.output().contains("[resource-id-range] resource ID 40000 is outside 0-32768"), broken.tail());

    MavenBuild.Result stillBroken = mvn.run(project, "5-not-fixed", "compile").failed();
    assertTrue(stillBroken.output().contains("[resource-id-range]"), "a failed build is not forgotten:\n" + stillBroken.tail());

    edit(project, "<Item ID=\"40000\">", "<Item ID=\"0\">");
    MavenBuild.Result fixed = mvn.run(project, "6-fixed", "compile").succeeded();
    assertEquals("accepted", check(project, 150), fixed.tail());

    Path added = project.resolve("src/main/resources/lwm2m/32011.xml");
    Files.writeString(added, object(32011, "Pump State", "0..10"), StandardCharsets.UTF_8);
    MavenBuild.Result grown = mvn.run(project, "7-file-added", "compile").succeeded();
    assertEquals(List.of("[INFO] lwm2m/32011.xml added" + RECOMPILING), refreshLines(grown));
    assertTrue(Files.exists(classes(project).resolve("com/acme/objects/PumpStateValidator.class")), grown.tail());
    assertEquals(List.of("32010-1_0.xml", "32011-1_0.xml"), Files.readAllLines(classes(project).resolve("META-INF/lwm2m/index")),
        "a server finds the new object in the jar");

    Files.delete(added);
    MavenBuild.Result shrunk = mvn.run(project, "8-file-deleted", "compile").succeeded();
    assertEquals(List.of("[INFO] lwm2m/32011.xml deleted" + RECOMPILING), refreshLines(shrunk));
    assertFalse(Files.exists(classes(project).resolve("com/acme/objects/PumpStateValidator.class")), "its bindings are gone:\n" + shrunk.tail());
    assertFalse(Files.exists(classes(project).resolve("lwm2m/32011.xml")), "and so is the copy the resources plugin left");
    assertFalse(Files.exists(classes(project).resolve("META-INF/lwm2m/32011-1_0.xml")), "and its model for servers");
    assertEquals(List.of("32010-1_0.xml"), Files.readAllLines(classes(project).resolve("META-INF/lwm2m/index")));
    assertEquals("accepted", check(project, 150));
  }

  /** The plugin's INFO lines: one per element it made recompile. */
  static List<String> refreshLines(MavenBuild.Result result) {
    return result.output().lines().filter(l -> l.endsWith(RECOMPILING)).toList();
  }

  /** What the compiled {@code TankLevelValidator.checkLevel} says of {@code value}. */
  static String check(Path project, long value) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes(project).toUri().toURL()}, EditLoopTest.class.getClassLoader())) {
      Class<?> validator = loader.loadClass("com.acme.objects.TankLevelValidator");
      Optional<?> problem = (Optional<?>) validator.getMethod("checkLevel", long.class).invoke(null, value);
      return problem.map(p -> p.toString().replaceAll("^resource 0 \\(Level\\): | \\[range\\]$", "")).orElse("accepted");
    }
  }

  static Path classes(Path project) {
    return project.resolve("target/classes");
  }

  static void edit(Path project, String from, String to) throws IOException {
    Path file = project.resolve(OBJECT);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  static int lineOf(Path project, String text) throws IOException {
    List<String> lines = Files.readAllLines(project.resolve(OBJECT), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + OBJECT);
  }

  static void writeProject(Path project) throws IOException {
    write(project, "pom.xml", pom());
    write(project, "src/main/java/com/acme/objects/package-info.java",
        "@LwM2mModels(\"lwm2m/\")\npackage com.acme.objects;\n\nimport org.lwm2m.codegen.annotations.LwM2mModels;\n");
    write(project, OBJECT, object(32010, "Tank Level", "0..100"));
  }

  static void write(Path project, String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static String object(int id, String name, String range) {
    return String.join(
        "\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<!-- SPDX-License-Identifier: BSD-3-Clause -->",
        "<LWM2M xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"http://www.openmobilealliance.org/tech/profiles/LWM2M-v1_1.xsd\">",
        "  <Object ObjectType=\"MODefinition\">",
        "    <Name>" + name + "</Name>",
        "    <Description1>A test object of the edit loop.</Description1>",
        "    <ObjectID>" + id + "</ObjectID>",
        "    <ObjectURN>urn:oma:lwm2m:x:" + id + "</ObjectURN>",
        "    <LWM2MVersion>1.1</LWM2MVersion>",
        "    <ObjectVersion>1.0</ObjectVersion>",
        "    <MultipleInstances>Single</MultipleInstances>",
        "    <Mandatory>Optional</Mandatory>",
        "    <Resources>",
        "      <Item ID=\"0\">",
        "        <Name>Level</Name>",
        "        <Operations>RW</Operations>",
        "        <MultipleInstances>Single</MultipleInstances>",
        "        <Mandatory>Mandatory</Mandatory>",
        "        <Type>Integer</Type>",
        "        <RangeEnumeration>" + range + "</RangeEnumeration>",
        "        <Units>%</Units>",
        "        <Description>How full it is.</Description>",
        "      </Item>",
        "    </Resources>",
        "    <Description2></Description2>",
        "  </Object>",
        "</LWM2M>",
        "");
  }

  /** A user's pom: the processor in annotationProcessorPaths, and the plugin's one execution. */
  static String pom() {
    return String.join(
        "\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        "         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd\">",
        "  <modelVersion>4.0.0</modelVersion>",
        "  <groupId>com.acme</groupId>",
        "  <artifactId>edit-loop</artifactId>",
        "  <version>1.0-SNAPSHOT</version>",
        "  <properties>",
        "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>",
        "    <maven.compiler.release>17</maven.compiler.release>",
        "    <lwm2m-codegen.version>" + Projects.version() + "</lwm2m-codegen.version>",
        "  </properties>",
        "  <dependencies>",
        "    <dependency>",
        "      <groupId>org.lwm2m.codegen</groupId>",
        "      <artifactId>lwm2m-codegen-runtime</artifactId>",
        "      <version>${lwm2m-codegen.version}</version>",
        "    </dependency>",
        "  </dependencies>",
        "  <build>",
        "    <plugins>",
        "      <plugin>",
        "        <groupId>org.apache.maven.plugins</groupId>",
        "        <artifactId>maven-compiler-plugin</artifactId>",
        "        <version>3.13.0</version>",
        "        <configuration>",
        "          <annotationProcessorPaths>",
        "            <path>",
        "              <groupId>org.lwm2m.codegen</groupId>",
        "              <artifactId>lwm2m-codegen-processor</artifactId>",
        "              <version>${lwm2m-codegen.version}</version>",
        "            </path>",
        "          </annotationProcessorPaths>",
        "        </configuration>",
        "      </plugin>",
        "      <plugin>",
        "        <groupId>org.lwm2m.codegen</groupId>",
        "        <artifactId>lwm2m-codegen-maven-plugin</artifactId>",
        "        <version>${lwm2m-codegen.version}</version>",
        "        <executions>",
        "          <execution>",
        "            <goals><goal>refresh</goal></goals>",
        "          </execution>",
        "        </executions>",
        "      </plugin>",
        "    </plugins>",
        "  </build>",
        "</project>",
        "");
  }
}
