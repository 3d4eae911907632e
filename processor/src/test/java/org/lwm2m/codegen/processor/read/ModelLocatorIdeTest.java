package org.lwm2m.codegen.processor.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;
import org.eclipse.leshan.core.model.ObjectModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lookup under a Filer that behaves as the Eclipse IDE's ({@code IdeFilerImpl} in
 * org.eclipse.jdt.apt.pluggable.core): {@code getResource} answers for the class output whether the
 * file exists or not, and refuses every other location with IllegalArgumentException, so the
 * compile class path cannot be read.
 */
class ModelLocatorIdeTest {
  @TempDir Path classOutput;

  /** IdeFilerImpl's reading side: CLASS_OUTPUT (and SOURCE_OUTPUT) only. */
  private final class IdeLikeFiler implements Filer {
    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName) {
      if (location != StandardLocation.CLASS_OUTPUT) {
        throw new IllegalArgumentException("Unsupported location: " + location);
      }
      Path file = classOutput.resolve(relativeName.toString());
      return new SimpleJavaFileObject(file.toUri(), JavaFileObject.Kind.OTHER) {
        @Override
        public InputStream openInputStream() throws IOException {
          return Files.newInputStream(file);
        }
      };
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }
  }

  private ModelLocator locator() {
    return new ModelLocator(new IdeLikeFiler(), List.of(), 4 * 1024 * 1024);
  }

  @Test
  void leshansModelsComeFromTheLeshanJarTheProcessorRunsWith() throws Exception {
    List<ModelFile> found = locator().find("models/3.xml");
    assertEquals(1, found.size());
    assertEquals("models/3.xml", found.get(0).name());
    Path leshan = Path.of(ObjectModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertEquals("jar:file:" + leshan + "!/models/3.xml", found.get(0).path());
    try (InputStream in = ObjectModel.class.getResourceAsStream("/models/3.xml")) {
      assertArrayEquals(in.readAllBytes(), found.get(0).content());
    }
  }

  @Test
  void anEntryOnlyTheClassPathHoldsSaysWhereToPutIt() {
    ModelLocator.NotFound e = assertThrows(ModelLocator.NotFound.class, () -> locator().find("vendor/valve.xml"));
    assertEquals(
        "'vendor/valve.xml' was not found in the lwm2m.models folders [] or the class output; this compiler does not"
            + " let processors read the class path (Eclipse IDE): copy the file into src/main/resources, or name a"
            + " folder holding it in -Alwm2m.models",
        e.getMessage());
  }

  @Test
  void aLeshanNameLeshanDoesNotHaveGetsTheSameAdvice() {
    ModelLocator.NotFound e = assertThrows(ModelLocator.NotFound.class, () -> locator().find("models/99999.xml"));
    assertEquals(
        "'models/99999.xml' was not found in the lwm2m.models folders [] or the class output; this compiler does not"
            + " let processors read the class path (Eclipse IDE): copy the file into src/main/resources, or name a"
            + " folder holding it in -Alwm2m.models",
        e.getMessage());
  }

  @Test
  void theClassOutputIsReadFilesAndFolders() throws Exception {
    Path folder = Files.createDirectories(classOutput.resolve("lwm2m"));
    Files.writeString(folder.resolve("b.xml"), "<b/>");
    Files.writeString(folder.resolve("a.xml"), "<a/>");
    Files.writeString(classOutput.resolve("one.xml"), "<one/>");
    List<ModelFile> files = locator().find("lwm2m/");
    assertEquals(List.of("lwm2m/a.xml", "lwm2m/b.xml"), files.stream().map(ModelFile::name).toList());
    assertEquals(List.of(folder.resolve("a.xml").toString(), folder.resolve("b.xml").toString()),
        files.stream().map(ModelFile::path).toList());
    List<ModelFile> one = locator().find("one.xml");
    assertEquals(classOutput.resolve("one.xml").toString(), one.get(0).path());
    assertArrayEquals("<one/>".getBytes(), one.get(0).content());
  }
}
