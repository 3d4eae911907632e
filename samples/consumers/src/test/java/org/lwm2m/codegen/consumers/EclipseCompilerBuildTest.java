package org.lwm2m.codegen.consumers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's project compiled by the Eclipse compiler (ecj, what Eclipse IDE and VS Code compile
 * with) through Maven's {@code plexus-compiler-eclipse}, on Maven 3.9.9 (its 2.14+ adapters do not
 * load under Maven 3.8.7). The folder entry {@code "lwm2m/"} lies in the class output, which ecj's
 * Filer answers differently from javac's.
 */
class EclipseCompilerBuildTest {
  static final String ECJ_COMPILER =
      "        <version>3.13.0</version>\n"
          + "        <dependencies>\n"
          + "          <dependency>\n"
          + "            <groupId>org.codehaus.plexus</groupId>\n"
          + "            <artifactId>plexus-compiler-eclipse</artifactId>\n"
          + "            <version>2.15.0</version>\n"
          + "          </dependency>\n"
          + "          <dependency>\n"
          + "            <groupId>org.eclipse.jdt</groupId>\n"
          + "            <artifactId>ecj</artifactId>\n"
          + "            <version>3.40.0</version>\n"
          + "          </dependency>\n"
          + "        </dependencies>\n";

  @Test
  void theReadmeProjectBuildsAndRunsWithEcj() throws Exception {
    Path project = ReadmeProject.writeTo(Projects.readme(), Projects.fresh("ecj-maven").resolve("project"));
    Path pom = project.resolve("pom.xml");
    String original = Files.readString(pom, StandardCharsets.UTF_8);
    String ecj = original
        .replace("        <version>3.13.0</version>\n", ECJ_COMPILER)
        .replace("        <configuration>\n          <annotationProcessorPaths>",
            "        <configuration>\n          <compilerId>eclipse</compilerId>\n          <annotationProcessorPaths>");
    assertTrue(!ecj.equals(original) && ecj.contains("<compilerId>eclipse</compilerId>") && ecj.contains("plexus-compiler-eclipse"),
        "the README's compiler plugin block is where this test expects it");
    Files.writeString(pom, ecj, StandardCharsets.UTF_8);

    MavenBuild.Result result = new MavenBuild(Toolchain.MAVEN_39, Toolchain.JDK_17).run(project, "compile-and-run", "compile", "exec:java");
    result.succeeded();
    assertTrue(result.output().contains("Compiling") && result.output().contains("with eclipse"),
        "ecj compiled the sources:\n" + result.tail());
    assertTrue(result.output().lines().anyMatch("write 140   /32101/0/0  not sent: resource 0 (Opening): 140 is outside the range 0..100 [range]"::equals),
        "the session runs as with javac:\n" + result.tail());
    ReadmeProject.assertCompiledCleanly(project, result, "by ecj");
  }
}
