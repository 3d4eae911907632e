package org.lwm2m.codegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.write.InputsRecord;

/**
 * The record of what an element's bindings were read from, which lwm2m-codegen-maven-plugin reads
 * to recompile after an XML change (its format is parsed there; change both together).
 */
class InputsRecordTest {
  static final Path MODELS = Path.of("src/test/resources/models");

  static String fileLine(String name, Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return "file\t" + a.lastModifiedTime().toMillis() + "\t" + a.size() + "\t" + name + "\t" + file.toAbsolutePath().normalize();
  }

  @Test
  void recordsTheFolderItsFilesAndWhereALookupFoundNothing(@TempDir Path work) throws IOException {
    Path models = Files.createDirectories(work.resolve("models"));
    Path folder = Files.createDirectories(models.resolve("lwm2m"));
    Files.copy(MODELS.resolve("26241.xml"), folder.resolve("26241.xml"));
    Files.copy(MODELS.resolve("26242.xml"), folder.resolve("26242.xml"));
    Files.writeString(folder.resolve("notes.txt"), "not an object");
    // models/3.xml: not in the models folder, not in the class output, found in Leshan's jar.
    try (GeneratedCode code = GeneratedCode.compile(work, models, "com.acme", List.of("lwm2m/", "models/3.xml"), List.of())) {
      assertTrue(code.success(), code.report());
      Path classes = code.classOutput().toAbsolutePath().normalize();
      assertEquals(
          String.join(
              "\n",
              "lwm2m-codegen-inputs 1",
              "element\tcom.acme",
              "class\tcom/acme/package-info.class",
              "folder\tlwm2m/\t" + folder.toAbsolutePath().normalize() + "\t26241.xml/26242.xml",
              fileLine("lwm2m/26241.xml", folder.resolve("26241.xml")),
              fileLine("lwm2m/26242.xml", folder.resolve("26242.xml")),
              "absent\tmodels/3.xml\t" + models.toAbsolutePath().normalize().resolve("models/3.xml"),
              "absent\tmodels/3.xml\t" + classes.resolve("models/3.xml"),
              ""),
          code.source("lwm2m-codegen/com.acme.package-info.inputs"));
      assertTrue(Files.exists(classes.resolve("com/acme/package-info.class")), "the class the record names exists");
      assertFalse(Files.exists(classes.resolve("lwm2m-codegen")), "the record is not in the class output (not shipped)");
    }
  }

  @Test
  void aFileWithErrorsIsRecordedSoThatItsFixIsSeen(@TempDir Path work) throws IOException {
    Path models = Files.createDirectories(work.resolve("models"));
    Files.writeString(models.resolve("bad.xml"), "<LWM2M><Object></LWM2M>");
    try (GeneratedCode code = GeneratedCode.compile(work, models, "com.acme", List.of("bad.xml"), List.of())) {
      assertFalse(code.success());
      assertTrue(
          code.source("lwm2m-codegen/com.acme.package-info.inputs").contains(fileLine("bad.xml", models.resolve("bad.xml"))),
          code.source("lwm2m-codegen/com.acme.package-info.inputs"));
    }
  }

  @Test
  void anInterfaceRecordsItsClassAndTheLicenceFile(@TempDir Path work) throws IOException {
    Path license = Files.writeString(work.resolve("LICENSE.txt"), "Copyright (c) ACME.");
    try (GeneratedCode code =
        GeneratedCode.compile(work, MODELS, "com.acme", List.of("26241.xml"), List.of("-Alwm2m.license=" + license), AnnotatedInterfaceTest.WATER_VALVE)) {
      assertTrue(code.success(), code.report());
      assertEquals(
          String.join(
              "\n",
              "lwm2m-codegen-inputs 1",
              "element\tcom.acme.WaterValve",
              "class\tcom/acme/WaterValve.class",
              fileLine(license.toString(), license),
              ""),
          code.source("lwm2m-codegen/com.acme.WaterValve.inputs"));
      assertTrue(code.source("lwm2m-codegen/com.acme.package-info.inputs").contains(fileLine(license.toString(), license)));
    }
  }

  @Test
  void aFilerThatRefusesCostsNothingButTheRecord() {
    AtomicInteger asked = new AtomicInteger();
    Filer refusing =
        (Filer) Proxy.newProxyInstance(
            Filer.class.getClassLoader(),
            new Class<?>[] {Filer.class},
            (proxy, method, args) -> {
              asked.incrementAndGet();
              throw new FilerException("Source file already exists"); // what ecj says on a rebuild
            });
    InputsRecord record = new InputsRecord("com.acme", "com.acme.package-info", "com/acme/package-info.class");
    record.write(refusing, null); // returns normally: no exception reaches javac
    assertEquals(1, asked.get());
  }

  @Test
  void aNameNoLineCanHoldWritesNoRecord() {
    AtomicInteger asked = new AtomicInteger();
    Filer counting =
        (Filer) Proxy.newProxyInstance(
            Filer.class.getClassLoader(), new Class<?>[] {Filer.class}, (proxy, method, args) -> {
              asked.incrementAndGet();
              throw new FilerException("not expected");
            });
    InputsRecord record = new InputsRecord("com.acme", "com.acme.package-info", "com/acme/package-info.class");
    record.absent("odd\tname.xml", Path.of("odd\tname.xml"));
    record.write(counting, null);
    assertEquals(0, asked.get(), "a record the plugin would misread is not written");
  }
}
