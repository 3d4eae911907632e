package org.lwm2m.codegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.eclipse.leshan.core.model.ObjectModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.LeshanModels;
import org.lwm2m.codegen.processor.testing.ObjectXml;
import org.lwm2m.codegen.processor.write.ObjectXmlWriter;
import org.lwm2m.codegen.runtime.ClassPathModels;

/**
 * A device library's objects reach a server through its jar: every object a build binds, from XML
 * or from an interface, is written under {@code META-INF/lwm2m/} with an index, and {@code
 * ClassPathModels.load()} finds them in the class output, in a jar, and in a jar without
 * directory entries (as shading tools make them), each model equal to the generated {@code MODEL}.
 */
class ClassPathModelsJarTest {
  @TempDir static Path work;
  static GeneratedCode code;
  static Map<Integer, ObjectModel> generated = new TreeMap<>();

  @BeforeAll
  static void compileALibrary() throws Exception {
    Path models = Files.createDirectories(work.resolve("models"));
    Files.writeString(models.resolve("26250.xml"),
        new ObjectXml().id(26250).name("Pump").resource(0, "Speed", "RW", false, "Integer", "0..3000", "1/min").toString());
    Files.writeString(models.resolve("26251.xml"),
        new ObjectXml().id(26251).name("Tank").resource(0, "Level", "R", false, "Float", "0..100", "%").toString());
    code = GeneratedCode.compile(work.resolve("build"), models, "com.acme.lib", List.of("26250.xml", "26251.xml"), List.of(),
        AnnotatedInterfaceTest.WATER_VALVE.replace("package com.acme;", "package com.acme.lib;"));
    assertTrue(code.success(), code.report());
    for (String type : List.of("PumpModel", "TankModel", "WaterValveModel")) {
      ObjectModel model = (ObjectModel) code.load("com.acme.lib." + type).getField("MODEL").get(null);
      generated.put(model.id, model);
    }
  }

  @Test
  void theIndexNamesEveryBoundObject() throws IOException {
    assertEquals(ClassPathModels.INDEX, ObjectXmlWriter.INDEX, "processor and runtime agree on the index");
    assertEquals(List.of("26250-1_0.xml", "26251-1_0.xml", "32001-1_0.xml"),
        Files.readAllLines(code.classOutput().resolve(ObjectXmlWriter.INDEX)));
  }

  @Test
  void loadsEveryModelFromTheClassOutput() throws Exception {
    try (URLClassLoader loader = loaderOf(code.classOutput())) {
      assertModels(ClassPathModels.load(loader));
    }
  }

  @Test
  void loadsEveryModelFromAJarWithDirectoryEntries() throws Exception {
    Path jar = jar("with-directories.jar", true);
    try (URLClassLoader loader = loaderOf(jar)) {
      assertTrue(loader.getResource(ClassPathModels.FOLDER) != null, "the jar lists its folder");
      assertModels(ClassPathModels.load(loader));
    }
  }

  @Test
  void loadsEveryModelFromAJarWithoutDirectoryEntries() throws Exception {
    Path jar = jar("without-directories.jar", false);
    try (URLClassLoader loader = loaderOf(jar)) {
      assertEquals(null, loader.getResource(ClassPathModels.FOLDER), "the jar has no folder entry to list");
      assertModels(ClassPathModels.load(loader));
    }
  }

  @Test
  void twoLibrariesGiveTheModelsOfBoth() throws Exception {
    try (URLClassLoader loader = loaderOf(jar("a.jar", false), code.classOutput())) {
      List<ObjectModel> models = ClassPathModels.load(loader);
      assertEquals(6, models.size(), "each library's three files, read once each: " + models);
    }
  }

  private static void assertModels(List<ObjectModel> loaded) {
    Map<Integer, ObjectModel> byId = new TreeMap<>();
    for (ObjectModel m : loaded) {
      assertEquals(null, byId.put(m.id, m), "object " + m.id + " is read once");
    }
    assertEquals(generated.keySet(), byId.keySet());
    generated.forEach((id, model) -> LeshanModels.assertSameModel(model, byId.get(id), "object " + id));
  }

  /** The class output as a jar, with or without the directory entries a jar tool writes. */
  private static Path jar(String name, boolean directoryEntries) throws IOException {
    Path jar = work.resolve(name);
    Path root = code.classOutput();
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = new ArrayList<>(walk.filter(p -> !p.equals(root)).sorted().toList());
    }
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (Path p : paths) {
        String entry = root.relativize(p).toString().replace('\\', '/');
        if (Files.isDirectory(p)) {
          if (directoryEntries) {
            out.putNextEntry(new JarEntry(entry + "/"));
            out.closeEntry();
          }
        } else {
          out.putNextEntry(new JarEntry(entry));
          Files.copy(p, out);
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  private static URLClassLoader loaderOf(Path... entries) throws IOException {
    URL[] urls = new URL[entries.length];
    for (int i = 0; i < entries.length; i++) {
      urls[i] = entries[i].toUri().toURL();
    }
    return new URLClassLoader(urls, null);
  }
}
