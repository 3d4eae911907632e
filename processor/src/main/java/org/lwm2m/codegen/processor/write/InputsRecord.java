package org.lwm2m.codegen.processor.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.lwm2m.codegen.processor.read.ModelLocator;

/**
 * What one annotated element's bindings were made from, written to the source output (never
 * shipped in the jar) as {@code lwm2m-codegen/<binary name>.inputs}. Maven recompiles only when a
 * Java source changed; lwm2m-codegen-maven-plugin reads these records before compiling and, when
 * an input changed, deletes {@link #classFile} so that the compiler sees a stale source.
 *
 * <p>Format, one tab-separated line each (the plugin parses exactly this; change both together):
 *
 * <pre>
 * lwm2m-codegen-inputs 1
 * element  com.acme.objects
 * class    com/acme/objects/package-info.class      (relative to the class output)
 * file     MTIME_MILLIS  SIZE  NAME  ABSOLUTE_PATH   (MTIME and SIZE -1 when it could not be read)
 * folder   NAME  ABSOLUTE_PATH  A.xml/B.xml          (the *.xml files it held, '/'-separated)
 * absent   NAME  ABSOLUTE_PATH                       (looked for there, not found)
 * </pre>
 */
public final class InputsRecord implements ModelLocator.Inputs {
  public static final String FOLDER = "lwm2m-codegen/";
  public static final String HEADER = "lwm2m-codegen-inputs 1";

  private final String binaryName;
  private final String classFile;
  private final Set<String> lines = new LinkedHashSet<>();
  private boolean expressible = true;

  /**
   * @param element the element's qualified name, as the plugin names it in its log
   * @param binaryName names the record; unique per annotated element
   * @param classFile the class file compiled from the element's source, relative to the class output
   */
  public InputsRecord(String element, String binaryName, String classFile) {
    this.binaryName = binaryName;
    this.classFile = classFile;
    add("element", element);
    add("class", classFile);
  }

  /** The record of {@code element}: a package with {@code @LwM2mModels}, or an annotated type. */
  public static InputsRecord of(Element element, Elements elements) {
    if (element.getKind() == ElementKind.PACKAGE) {
      String name = ((PackageElement) element).getQualifiedName().toString();
      String info = name.isEmpty() ? "package-info" : name + ".package-info";
      return new InputsRecord(name, info, info.replace('.', '/') + ".class");
    }
    TypeElement type = (TypeElement) element;
    TypeElement top = type;
    while (top.getEnclosingElement() instanceof TypeElement) {
      top = (TypeElement) top.getEnclosingElement();
    }
    // The compiler plugin maps Foo.java to Foo.class: the top-level type's file.
    String classFile = elements.getBinaryName(top).toString().replace('.', '/') + ".class";
    return new InputsRecord(type.getQualifiedName().toString(), elements.getBinaryName(type).toString(), classFile);
  }

  public String classFile() {
    return classFile;
  }

  @Override
  public void file(String name, Path file) {
    Path path = file.toAbsolutePath().normalize();
    long mtime = -1;
    long size = -1;
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      mtime = attributes.lastModifiedTime().toMillis();
      size = attributes.size();
    } catch (IOException | SecurityException e) {
      // recorded as unreadable: the plugin then sees a change and the processor reports the problem
    }
    add("file", Long.toString(mtime), Long.toString(size), name, path.toString());
  }

  @Override
  public void folder(String name, Path dir, List<String> xmlFiles) {
    add("folder", name, dir.toAbsolutePath().normalize().toString(), String.join("/", xmlFiles));
  }

  @Override
  public void absent(String name, Path path) {
    add("absent", name, path.toAbsolutePath().normalize().toString());
  }

  private void add(String... fields) {
    for (String field : fields) {
      // A name with a tab or line break cannot be recorded: then there is no record at all, and
      // the element's bindings are refreshed by a clean build only, as without the plugin.
      expressible &= field.indexOf('\t') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0;
    }
    lines.add(String.join("\t", fields));
  }

  /** The record's text. */
  public String text() {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  /**
   * Writes the record. A Filer that refuses (ecj will not recreate a file left by an earlier build)
   * costs only the faster edit loop, so nothing is reported and the build goes on.
   */
  public void write(Filer filer, Element origin) {
    if (!expressible) {
      return;
    }
    try {
      FileObject file = filer.createResource(StandardLocation.SOURCE_OUTPUT, "", FOLDER + binaryName + ".inputs", origin);
      try (Writer w = file.openWriter()) {
        w.write(text());
      }
    } catch (IOException | RuntimeException e) {
      // skipped on purpose, see above
    }
  }
}
