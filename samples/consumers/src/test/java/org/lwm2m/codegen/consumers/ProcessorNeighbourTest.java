package org.lwm2m.codegen.consumers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * lwm2m-codegen beside another annotation processor that brings its own, older JavaPoet (0.9.0)
 * and JAXB 2.3 under the artifact names of the JAXB 4 the processor runs. The neighbour is listed first
 * in {@code annotationProcessorPaths}, so Maven's version mediation hands its versions to the
 * whole path: a processor that ran those libraries under their own names would run on the
 * neighbour's. Both processors must run, each with its own libraries.
 */
class ProcessorNeighbourTest {
  private static final String NEIGHBOUR_PATH =
      "          <annotationProcessorPaths>\n"
          + "            <path>\n"
          + "              <groupId>org.lwm2m.codegen.test</groupId>\n"
          + "              <artifactId>neighbour-processor</artifactId>\n"
          + "              <version>1.0</version>\n"
          + "            </path>\n";

  @Test
  void bothProcessorsRunOnOnePath() throws Exception {
    Path root = Projects.fresh("neighbour");
    Path neighbour = copyNeighbour(root.resolve("neighbour"));
    MavenBuild maven = new MavenBuild(Toolchain.MAVEN_39, Toolchain.JDK_17);
    maven.run(neighbour, "install-neighbour", "install").succeeded();

    Path project = ReadmeProject.writeTo(Projects.readme(), root.resolve("project"));
    Path pom = project.resolve("pom.xml");
    String original = Files.readString(pom, StandardCharsets.UTF_8);
    String withNeighbour = original.replace("          <annotationProcessorPaths>\n", NEIGHBOUR_PATH);
    assertTrue(!withNeighbour.equals(original), "the README's pom has annotationProcessorPaths where this test expects it");
    Files.writeString(pom, withNeighbour, StandardCharsets.UTF_8);

    MavenBuild.Result result = maven.run(project, "compile-and-run", "compile", "exec:java").succeeded();

    Path mark = project.resolve("target/generated-sources/annotations/com/acme/neighbour/NeighbourMark.java");
    assertTrue(Files.isRegularFile(mark), "the neighbour processor ran:\n" + result.tail());
    String marked = Files.readString(mark, StandardCharsets.UTF_8);
    assertTrue(marked.contains("javapoet-0.9.0.jar") && marked.contains("jakarta.xml.bind-api-2.3.3.jar"),
        "the path holds the neighbour's JavaPoet 0.9.0 and JAXB API 2.3.3 (mediation chose them):\n" + marked);
    assertTrue(result.output().lines().anyMatch("device      valve open: true, flushes: 1"::equals),
        "the README's session runs to its end:\n" + result.tail());
    ReadmeProject.assertCompiledCleanly(project, result, "beside the neighbour");
  }

  /** The neighbour's sources, from this module's test resources. */
  private static Path copyNeighbour(Path target) throws IOException, URISyntaxException {
    Path source = Path.of(ProcessorNeighbourTest.class.getResource("/neighbour/pom.xml").toURI()).getParent();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    return target;
  }
}
