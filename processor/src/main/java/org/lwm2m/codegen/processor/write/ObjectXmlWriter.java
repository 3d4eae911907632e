package org.lwm2m.codegen.processor.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ObjectDefinitionWriter;

/**
 * Writes the object XML of an annotated interface to the class output, at {@code
 * META-INF/lwm2m/<ObjectID>-<major>_<minor>.xml}, where the runtime's class-path loader finds it.
 */
public final class ObjectXmlWriter {
  public static final String FOLDER = "META-INF/lwm2m/";

  private final Filer filer;
  private final ObjectDefinitionWriter writer = new ObjectDefinitionWriter();

  public ObjectXmlWriter(Filer filer) {
    this.filer = filer;
  }

  /** {@code META-INF/lwm2m/32001-1_0.xml}. */
  public static String path(ObjectDefinition object) {
    return FOLDER + object.objectId() + "-" + object.effectiveObjectVersion().replace('.', '_') + ".xml";
  }

  public void write(ObjectDefinition object, String license, Element origin) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path(object), origin);
    try (OutputStream out = file.openOutputStream()) {
      out.write(writer.write(object, license).getBytes(StandardCharsets.UTF_8));
    }
  }
}
