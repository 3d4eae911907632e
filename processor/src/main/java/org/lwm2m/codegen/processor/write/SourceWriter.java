package org.lwm2m.codegen.processor.write;

import javax.lang.model.element.Element;
import org.lwm2m.codegen.processor.generate.SourceTexts;

/** Writes generated sources through the Filer ({@link FilerOutput}), naming the element they come from. */
public final class SourceWriter {
  private final FilerOutput output;

  public SourceWriter(FilerOutput output) {
    this.output = output;
  }

  public void write(SourceTexts.Source source, Element origin) throws FilerOutput.Failed {
    output.source(source.qualifiedName(), source.text(), origin);
  }
}
