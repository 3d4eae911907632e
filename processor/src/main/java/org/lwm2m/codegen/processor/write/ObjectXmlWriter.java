package org.lwm2m.codegen.processor.write;

import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Element;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ObjectDefinitionWriter;

/**
 * Writes the object XML of an annotated interface to the class output, at {@code
 * META-INF/lwm2m/<ObjectID>-<major>_<minor>.xml}, where the runtime's class-path loader finds it.
 */
public final class ObjectXmlWriter {
  public static final String FOLDER = "META-INF/lwm2m/";

  private final FilerOutput output;
  private final ObjectDefinitionWriter writer = new ObjectDefinitionWriter();

  public ObjectXmlWriter(FilerOutput output) {
    this.output = output;
  }

  /** {@code META-INF/lwm2m/32001-1_0.xml}. */
  public static String path(ObjectDefinition object) {
    return FOLDER + object.objectId() + "-" + object.effectiveObjectVersion().replace('.', '_') + ".xml";
  }

  public void write(ObjectDefinition object, String license, Element origin) throws FilerOutput.Failed {
    output.resource(path(object), writer.write(object, license).getBytes(StandardCharsets.UTF_8), origin);
  }
}
