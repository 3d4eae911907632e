package org.lwm2m.codegen.processor.write;

import com.palantir.javapoet.JavaFile;
import javax.lang.model.element.Element;

/** Writes generated sources through the Filer ({@link FilerOutput}), naming the element they come from. */
public final class SourceWriter {
  private final FilerOutput output;

  public SourceWriter(FilerOutput output) {
    this.output = output;
  }

  public void write(JavaFile file, Element origin) throws FilerOutput.Failed {
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    output.source(name, file.toString(), origin);
  }
}
