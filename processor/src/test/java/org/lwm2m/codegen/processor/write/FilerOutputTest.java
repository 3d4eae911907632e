package org.lwm2m.codegen.processor.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every write goes through {@link FilerOutput}: a Filer's refusal to replace an earlier output is
 * nothing when that output is what would be written, else one message that says what to do; other
 * write failures name the file and the compiler's reason, never an exception class.
 */
class FilerOutputTest {
  /** Files of an earlier build, by location and name; creating any of them is refused, as ecj does. */
  private final Map<String, byte[]> earlier = new HashMap<>();
  /** What was written, by name. */
  private final Map<String, ByteArrayOutputStream> written = new HashMap<>();
  private IOException failOnOpen;

  private final Filer filer =
      new Filer() {
        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
          String path = name.toString().replace('.', '/') + ".java";
          if (earlier.containsKey("SOURCE_OUTPUT/" + path)) {
            throw new FilerException("Source file already exists : " + name);
          }
          return file(path, JavaFileObject.Kind.SOURCE);
        }

        @Override
        public FileObject createResource(
            JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName, Element... originatingElements)
            throws IOException {
          if (earlier.containsKey(location.getName() + "/" + relativeName)) {
            throw new FilerException("Resource already created : " + location + "//" + relativeName);
          }
          return file(relativeName.toString(), JavaFileObject.Kind.OTHER);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
            throws IOException {
          String key = location.getName() + "/" + (pkg.length() == 0 ? "" : pkg.toString().replace('.', '/') + "/") + relativeName;
          byte[] content = earlier.get(key);
          if (content == null) {
            throw new FileNotFoundException("Resource does not exist : " + key);
          }
          return new SimpleJavaFileObject(URI.create("mem:///" + key), JavaFileObject.Kind.OTHER) {
            @Override
            public InputStream openInputStream() {
              return new ByteArrayInputStream(content);
            }

            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return new String(content, StandardCharsets.UTF_8);
            }
          };
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
          throw new UnsupportedOperationException();
        }
      };

  private JavaFileObject file(String path, JavaFileObject.Kind kind) {
    return new SimpleJavaFileObject(URI.create("mem:///" + path), kind) {
      @Override
      public OutputStream openOutputStream() throws IOException {
        if (failOnOpen != null) {
          throw failOnOpen;
        }
        return written.computeIfAbsent(path, p -> new ByteArrayOutputStream());
      }

      @Override
      public java.io.Writer openWriter() throws IOException {
        return new java.io.OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
      }
    };
  }

  private final FilerOutput output = new FilerOutput(filer);

  @Test
  void aNewSourceIsWritten() throws Exception {
    output.source("com.acme.ValveModel", "class ValveModel {}\n", null);
    assertEquals("class ValveModel {}\n", written.get("com/acme/ValveModel.java").toString(StandardCharsets.UTF_8));
  }

  @Test
  void anEarlierSourceWithTheSameTextIsLeftAsItIs() throws Exception {
    earlier.put("SOURCE_OUTPUT/com/acme/ValveModel.java", "class ValveModel {}\n".getBytes(StandardCharsets.UTF_8));
    output.source("com.acme.ValveModel", "class ValveModel {}\n", null);
    assertEquals(Map.of(), written);
  }

  @Test
  void anEarlierSourceThatDiffersIsOneMessageSayingWhatToDo() {
    earlier.put("SOURCE_OUTPUT/com/acme/ValveModel.java", "class ValveModel { int old; }\n".getBytes(StandardCharsets.UTF_8));
    FilerOutput.Failed e = assertThrows(FilerOutput.Failed.class, () -> output.source("com.acme.ValveModel", "class ValveModel {}\n", null));
    assertEquals(
        "com.acme.ValveModel is left from an earlier build and differs from what this build generates; this compiler"
            + " does not let processors replace it (Source file already exists : com.acme.ValveModel). Clean the"
            + " build output (mvn clean; in Eclipse: Project > Clean) and build again",
        e.getMessage());
  }

  @Test
  void aRefusalWhoseEarlierOutputCannotBeReadIsTheSameAdvice() throws Exception {
    // The class of an earlier build is there, its generated source is gone: nothing to compare.
    Filer refusing = new Filer() {
      @Override
      public JavaFileObject createSourceFile(CharSequence name, Element... e) throws IOException {
        throw new FilerException("Source file already exists : " + name);
      }

      @Override
      public JavaFileObject createClassFile(CharSequence name, Element... e) {
        throw new UnsupportedOperationException();
      }

      @Override
      public FileObject createResource(JavaFileManager.Location l, CharSequence p, CharSequence n, Element... e) {
        throw new UnsupportedOperationException();
      }

      @Override
      public FileObject getResource(JavaFileManager.Location l, CharSequence p, CharSequence n) throws IOException {
        return filer.getResource(l, p, n);
      }
    };
    FilerOutput.Failed e = assertThrows(FilerOutput.Failed.class, () -> new FilerOutput(refusing).source("com.acme.ValveModel", "x", null));
    assertEquals(
        "com.acme.ValveModel is left from an earlier build and cannot be compared with what this build generates;"
            + " this compiler does not let processors replace it (Source file already exists : com.acme.ValveModel)."
            + " Clean the build output (mvn clean; in Eclipse: Project > Clean) and build again",
        e.getMessage());
  }

  @Test
  void resourcesAreHandledTheSameWay() throws Exception {
    byte[] xml = "<LWM2M/>".getBytes(StandardCharsets.UTF_8);
    output.resource("META-INF/lwm2m/32001-1_0.xml", xml, null);
    assertArrayEquals(xml, written.get("META-INF/lwm2m/32001-1_0.xml").toByteArray());

    written.clear();
    earlier.put("CLASS_OUTPUT/META-INF/lwm2m/32001-1_0.xml", xml);
    output.resource("META-INF/lwm2m/32001-1_0.xml", xml, null);
    assertEquals(Map.of(), written, "the same bytes: nothing to do");

    FilerOutput.Failed e = assertThrows(FilerOutput.Failed.class,
        () -> output.resource("META-INF/lwm2m/32001-1_0.xml", "<LWM2M></LWM2M>".getBytes(StandardCharsets.UTF_8), null));
    assertEquals(
        "META-INF/lwm2m/32001-1_0.xml is left from an earlier build and differs from what this build generates; this"
            + " compiler does not let processors replace it (Resource already created : CLASS_OUTPUT//META-INF/lwm2m/32001-1_0.xml)."
            + " Clean the build output (mvn clean; in Eclipse: Project > Clean) and build again",
        e.getMessage());
  }

  @Test
  void aFailedWriteNamesTheFileAndTheReasonWithoutExceptionNames() {
    failOnOpen = new IOException(new AccessDeniedException("/project/target/classes/META-INF/lwm2m/32001-1_0.xml"));
    FilerOutput.Failed e = assertThrows(FilerOutput.Failed.class,
        () -> output.resource("META-INF/lwm2m/32001-1_0.xml", new byte[1], null));
    assertEquals("cannot write META-INF/lwm2m/32001-1_0.xml: /project/target/classes/META-INF/lwm2m/32001-1_0.xml", e.getMessage());
  }
}
