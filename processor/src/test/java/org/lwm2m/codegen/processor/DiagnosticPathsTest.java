package org.lwm2m.codegen.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.codegen.processor.testing.ObjectXml.lineOfResource;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.DiskProject;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.ObjectXml;

/**
 * Diagnostics name a model file by a path a terminal or an IDE can open: the absolute path of a file
 * in an {@code lwm2m.models} folder, the {@code src/main/resources} file Maven copied into {@code
 * target/classes}, the {@code jar:file:} URL of a file in a jar. Generated sources keep the entry
 * name, so that two builds in two places give the same bytes.
 */
class DiagnosticPathsTest {
  @TempDir Path work;

  /** An object whose operations are invalid: one schema error at its resource's Operations. */
  private static final String BAD = new ObjectXml().resource(0, "Value", "X", "Integer").toString();
  private static final String BAD_AT = ":" + lineOfResource(0, 2) + ":27: [schema] ";

  private static String packageInfo(String entry) {
    return "@org.lwm2m.codegen.annotations.LwM2mModels(\"" + entry + "\")\npackage com.acme.objects;\n";
  }

  private static List<String> lines(DiskProject.Result r, String containing) {
    return r.output().lines().filter(l -> l.contains(containing)).collect(Collectors.toList());
  }

  @Test
  void aFileInAModelsFolderIsNamedByItsAbsolutePath() throws Exception {
    Path models = Files.createDirectories(work.resolve("models"));
    Files.writeString(models.resolve("bad.xml"), BAD);
    try (GeneratedCode code = GeneratedCode.compile(work.resolve("build"), models, "com.acme", List.of("bad.xml"), List.of())) {
      List<String> errors = code.messages(Diagnostic.Kind.ERROR);
      assertEquals(1, errors.size(), code.report());
      assertTrue(errors.get(0).startsWith(models.resolve("bad.xml") + BAD_AT), errors.get(0));
    }
  }

  @Test
  void aRelativeModelsFolderIsNamedAbsolutely() throws Exception {
    // lwm2m.models is resolved against the compiler's working directory, which is this module's.
    Path relative = Path.of("").toAbsolutePath().relativize(Files.createTempDirectory(Path.of("target").toAbsolutePath(), "models-"));
    try {
      Files.writeString(relative.resolve("bad.xml"), BAD);
      try (GeneratedCode code = GeneratedCode.compile(work.resolve("build"), relative, "com.acme", List.of("bad.xml"), List.of())) {
        List<String> errors = code.messages(Diagnostic.Kind.ERROR);
        assertEquals(1, errors.size(), code.report());
        assertTrue(errors.get(0).startsWith(relative.resolve("bad.xml").toAbsolutePath() + BAD_AT), errors.get(0));
      }
    } finally {
      Files.deleteIfExists(relative.resolve("bad.xml"));
      Files.deleteIfExists(relative);
    }
  }

  @Test
  void aCopiedResourceIsNamedByTheSourceItWasCopiedFrom() throws Exception {
    DiskProject p = new DiskProject(work.resolve("p"));
    Path info = p.source("com/acme/objects/package-info.java", packageInfo("lwm2m/bad.xml"));
    Path source = p.resource("lwm2m/bad.xml", BAD);
    p.copyResources();
    DiskProject.Result r = p.javac(List.of(info), List.of(), false);
    assertFalse(r.success(), r.output());
    assertEquals(List.of("ERROR: " + source + BAD_AT), lines(r, "[schema]").stream()
        .map(l -> l.substring(0, l.indexOf(BAD_AT) + BAD_AT.length())).collect(Collectors.toList()));
  }

  @Test
  void aCopyThatNoLongerMatchesItsSourceIsNamedWhereItWasRead() throws Exception {
    DiskProject p = new DiskProject(work.resolve("p"));
    Path info = p.source("com/acme/objects/package-info.java", packageInfo("lwm2m/bad.xml"));
    p.resource("lwm2m/bad.xml", BAD);
    p.copyResources();
    p.resource("lwm2m/bad.xml", BAD.replace("Value", "Fixed Later")); // edited after Maven copied it
    DiskProject.Result r = p.javac(List.of(info), List.of(), false);
    assertFalse(r.success(), r.output());
    List<String> schema = lines(r, "[schema]");
    assertEquals(1, schema.size(), r.output());
    assertTrue(schema.get(0).startsWith("ERROR: " + p.classes.resolve("lwm2m/bad.xml") + BAD_AT), schema.get(0));
  }

  @Test
  void aFileInAJarIsNamedByItsUrlUnderBothCompilers() throws Exception {
    Path jar = work.resolve("vendor-objects.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
      j.putNextEntry(new JarEntry("vendor/bad.xml"));
      j.write(BAD.getBytes(StandardCharsets.UTF_8));
      j.closeEntry();
    }
    String expected = "jar:file:" + jar + "!/vendor/bad.xml" + BAD_AT;
    for (String compiler : List.of("javac", "ecj")) {
      DiskProject p = new DiskProject(work.resolve(compiler));
      p.classPath.add(jar);
      Path info = p.source("com/acme/objects/package-info.java", packageInfo("vendor/bad.xml"));
      DiskProject.Result r = compiler.equals("javac") ? p.javac(List.of(info), List.of(), false) : p.ecj(List.of(info), List.of(), false);
      assertFalse(r.success(), r.output());
      List<String> schema = lines(r, "[schema]");
      assertEquals(1, schema.size(), compiler + ": " + r.output());
      assertTrue(schema.get(0).contains(expected), compiler + ": " + schema.get(0));
    }
  }

  @Test
  void generatedSourcesNameTheEntrySoBuildsInTwoPlacesAreIdentical() throws Exception {
    // A warning (a range with no check) names the path; the sources name the entry.
    String xml = new ObjectXml().resource(0, "Count", "R", false, "Integer", "2 Instances", "").toString();
    Path here = Files.createDirectories(work.resolve("here/models/lwm2m"));
    Path there = Files.createDirectories(work.resolve("there/elsewhere/lwm2m"));
    Files.writeString(here.resolve("count.xml"), xml);
    Files.writeString(there.resolve("count.xml"), xml);
    try (GeneratedCode a = GeneratedCode.compile(work.resolve("a"), here.getParent(), "com.acme", List.of("lwm2m/count.xml"), List.of());
        GeneratedCode b = GeneratedCode.compile(work.resolve("b"), there.getParent(), "com.acme", List.of("lwm2m/count.xml"), List.of())) {
      assertTrue(a.success() && b.success(), a.report() + b.report());
      assertTrue(a.messages(Diagnostic.Kind.WARNING).get(0).startsWith(here.resolve("count.xml") + ":"), a.report());
      assertTrue(b.messages(Diagnostic.Kind.WARNING).get(0).startsWith(there.resolve("count.xml") + ":"), b.report());
      assertEquals(a.generatedSources(), b.generatedSources());
      for (Path f : a.generatedSources()) {
        assertArrayEquals(a.source(f.toString()).getBytes(StandardCharsets.UTF_8), b.source(f.toString()).getBytes(StandardCharsets.UTF_8), f.toString());
      }
      assertTrue(a.source("com/acme/TestObjectModel.java").startsWith("// Generated by lwm2m-codegen from lwm2m/count.xml. Do not edit."));
    }
  }
}
