package org.lwm2m.codegen.processor.write;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/** Writes generated sources through the Filer, naming the element they come from. */
public final class SourceWriter {
  private final Filer filer;

  public SourceWriter(Filer filer) {
    this.filer = filer;
  }

  public void write(JavaFile file, Element origin) throws IOException {
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    JavaFileObject source = filer.createSourceFile(name, origin);
    try (Writer w = source.openWriter()) {
      w.write(file.toString());
    }
  }
}
