package org.lwm2m.codegen.processor.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Every file the processor writes goes through here, so that the compiler's refusals read the same
 * everywhere. javac replaces the outputs of an earlier build; ecj's batch Filer refuses to create a
 * source for a type that already exists (an IDE-style build that recompiles only the annotated file,
 * with the earlier class output on the class path). When the earlier output holds exactly what
 * would be written there is nothing to do; otherwise the failure says what to do, as a {@link
 * Failed} whose message is ready to print.
 */
public final class FilerOutput {
  private final Filer filer;

  public FilerOutput(Filer filer) {
    this.filer = filer;
  }

  /** The processor could not write a file: the message names it and says what to do. */
  public static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;

    Failed(String message) {
      super(message);
    }
  }

  /** Writes the source of type {@code qualifiedName} to the source output. */
  public void source(String qualifiedName, String text, Element origin) throws Failed {
    JavaFileObject file;
    try {
      file = filer.createSourceFile(qualifiedName, origin);
    } catch (FilerException refused) {
      int dot = qualifiedName.lastIndexOf('.');
      String pkg = dot < 0 ? "" : qualifiedName.substring(0, dot);
      String existing = existingText(StandardLocation.SOURCE_OUTPUT, pkg, qualifiedName.substring(dot + 1) + ".java");
      if (text.equals(existing)) {
        return; // an earlier build generated exactly this, and compiled it
      }
      throw stale(qualifiedName, existing != null, refused);
    } catch (IOException e) {
      throw cannotWrite(qualifiedName, e);
    }
    try (Writer w = file.openWriter()) {
      w.write(text);
    } catch (IOException e) {
      throw cannotWrite(qualifiedName, e);
    }
  }

  /** Writes {@code content} to the class output at {@code relativeName}. */
  public void resource(String relativeName, byte[] content, Element... origins) throws Failed {
    FileObject file;
    try {
      file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", relativeName, origins);
    } catch (FilerException refused) {
      byte[] existing = existing(relativeName);
      if (Arrays.equals(content, existing)) {
        return;
      }
      throw stale(relativeName, existing != null, refused);
    } catch (IOException e) {
      throw cannotWrite(relativeName, e);
    }
    try (OutputStream out = file.openOutputStream()) {
      out.write(content);
    } catch (IOException e) {
      throw cannotWrite(relativeName, e);
    }
  }

  private String existingText(StandardLocation location, String pkg, String name) {
    try {
      return filer.getResource(location, pkg, name).getCharContent(true).toString();
    } catch (IOException | RuntimeException e) {
      return null; // missing or unreadable: it cannot be shown to match
    }
  }

  /** The bytes of {@code relativeName} in the class output, or null when there is none to read. */
  public byte[] existing(String relativeName) {
    try (java.io.InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", relativeName).openInputStream()) {
      return in.readAllBytes();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Failed stale(String name, boolean compared, FilerException refused) {
    return new Failed(
        name + " is left from an earlier build and "
            + (compared ? "differs from what this build generates" : "cannot be compared with what this build generates")
            + "; this compiler does not let processors replace it (" + reason(refused)
            + "). Clean the build output (mvn clean; in Eclipse: Project > Clean) and build again");
  }

  private static Failed cannotWrite(String name, IOException e) {
    return new Failed("cannot write " + name + ": " + reason(e));
  }

  /** The compiler's own words, without exception class names (a wrapper's message is its cause's). */
  private static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t && String.valueOf(t.getMessage()).equals(t.getCause().toString())) {
      t = t.getCause();
    }
    String message = t.getMessage();
    return message == null || message.isBlank() ? "the compiler gave no reason" : message.strip();
  }
}
