package org.lwm2m.codegen.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A newcomer's project, assembled from the README's snippets alone, built and run with real Maven
 * on every supported Maven and JDK: it generates the bindings, compiles without a single warning
 * (its pom sets {@code lwm2m.strict}, so a guideline warning would fail it), and its {@code main()}
 * runs a session against a Leshan server.
 */
class ReadmeProjectTest {
  static Stream<Arguments> toolchains() {
    return Stream.of(
        Arguments.of(Toolchain.MAVEN_38, Toolchain.JDK_17),
        Arguments.of(Toolchain.MAVEN_38, Toolchain.JDK_25),
        Arguments.of(Toolchain.MAVEN_39, Toolchain.JDK_17),
        Arguments.of(Toolchain.MAVEN_39, Toolchain.JDK_25));
  }

  @Test
  void theReadmeNamesACompleteProject() throws Exception {
    Map<String, String> files = ReadmeProject.files(Projects.readme());
    assertEquals(
        List.of(
            "pom.xml",
            "src/main/resources/lwm2m/32101.xml",
            "src/main/java/com/acme/device/objects/package-info.java",
            "src/main/java/com/acme/device/objects/WaterValve.java",
            "src/main/java/com/acme/device/Main.java",
            "src/main/resources/simplelogger.properties"),
        List.copyOf(files.keySet()));
    assertTrue(files.get("pom.xml").contains("<version>" + Projects.version() + "</version>")
            || files.get("pom.xml").contains("<lwm2m-codegen.version>" + Projects.version() + "</lwm2m-codegen.version>"),
        "the README's pom names this build's version " + Projects.version());
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("toolchains")
  void buildsWithoutWarningsAndRuns(Toolchain maven, Toolchain jdk) throws Exception {
    Path project = ReadmeProject.writeTo(Projects.readme(), Projects.fresh("readme-" + maven + "-" + jdk).resolve("project"));
    MavenBuild.Result result = new MavenBuild(maven, jdk).run(project, "compile-and-run", "compile", "exec:java");
    result.succeeded();

    String out = result.output();
    for (String generated : List.of("GreenhouseVent", "GreenhouseVentModel", "GreenhouseVentValidator",
        "GreenhouseVentEnabler", "GreenhouseVentRemote", "WaterValveModel", "WaterValveValidator", "WaterValveEnabler",
        "WaterValveRemote")) {
      assertTrue(Files.isRegularFile(project.resolve("target/classes/com/acme/device/objects/" + generated + ".class")),
          generated + " was generated and compiled");
    }
    List<String> warnings = out.lines().filter(l -> l.startsWith("[WARNING]")).toList();
    assertEquals(List.of(), warnings, "the README's project builds without a warning");
    assertTrue(!out.contains("SLF4J"), "a logging binding is configured: SLF4J prints no warning");

    List<String> session = List.of(
        "registered  acme-device",
        "read        /32101/0/0  Opening = 0",
        "write 40    /32101/0/0  done, the vent now opens 40 %",
        "write 140   /32101/0/0  not sent: resource 0 (Opening): 140 is outside the range 0..100 [range]",
        "write true  /32001/0/0  done",
        "read        /32001/0/1  not provided: the device answered 4.04",
        "execute     /32001/0/2  done",
        "device      valve open: true, flushes: 1");
    assertEquals(session, out.lines().filter(ReadmeProjectTest::printedByMain).toList(),
        "the run prints the session the README shows, and nothing else (no log lines):\n" + result.tail());
    assertTrue(readmeShows(session), "the README shows this session");
  }

  /** Not Maven's own lines, nor the JVM's warnings about Maven's libraries on JDK 25. */
  private static boolean printedByMain(String line) {
    return !line.isBlank() && !line.matches("\\[(INFO|WARNING|ERROR)\\].*") && !line.startsWith("WARNING:");
  }

  private static boolean readmeShows(List<String> session) throws java.io.IOException {
    return Files.readString(Projects.readme()).contains("```\n" + String.join("\n", session) + "\n```\n");
  }

}
