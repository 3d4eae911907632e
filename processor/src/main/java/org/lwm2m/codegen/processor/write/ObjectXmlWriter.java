package org.lwm2m.codegen.processor.write;

import java.nio.charset.StandardCharsets;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import org.lwm2m.codegen.annotations.LwM2mModels;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ObjectDefinitionWriter;

/**
 * Writes the XML of every object a build binds, from XML or from an annotated interface, to the
 * class output at {@code META-INF/lwm2m/<ObjectID>-<major>_<minor>.xml}, and at the end of the
 * build the index {@code META-INF/lwm2m/index} naming those files. The runtime's {@code
 * ClassPathModels} reads them: a server that adds a device library's jar gets its models, also from
 * a jar without directory entries (which cannot be listed), through the index.
 */
public final class ObjectXmlWriter {
  public static final String FOLDER = LwM2mModels.XML_FOLDER;
  /** Read by the runtime's {@code ClassPathModels.INDEX}; a test keeps the two equal. */
  public static final String INDEX = FOLDER + "index";

  private final FilerOutput output;
  private final ObjectDefinitionWriter writer = new ObjectDefinitionWriter();
  private final SortedSet<String> written = new TreeSet<>();

  public ObjectXmlWriter(FilerOutput output) {
    this.output = output;
  }

  /** {@code META-INF/lwm2m/32001-1_0.xml}. */
  public static String path(ObjectDefinition object) {
    return FOLDER + fileName(object);
  }

  private static String fileName(ObjectDefinition object) {
    return object.objectId() + "-" + object.effectiveObjectVersion().replace('.', '_') + ".xml";
  }

  /**
   * Writes {@code object} in the schema's canonical form with {@code license} as its header comment
   * (null: none). The rules allow one object ID and version per build; should a second one still
   * arrive, the first is kept.
   */
  public void write(ObjectDefinition object, String license, Element origin) throws FilerOutput.Failed {
    if (written.add(fileName(object))) {
      output.resource(path(object), writer.write(object, license).getBytes(StandardCharsets.UTF_8), origin);
    }
  }

  /**
   * Writes the index of this build's files, plus the files an earlier build indexed that are still
   * in the class output: an IDE recompiles only some sources, and the objects of the others stay.
   * Does nothing when no object was bound.
   */
  public void writeIndex() throws FilerOutput.Failed {
    SortedSet<String> names = new TreeSet<>(written);
    byte[] earlier = output.existing(INDEX);
    if (earlier != null) {
      for (String line : new String(earlier, StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (name.endsWith(".xml") && name.indexOf('/') < 0 && output.existing(FOLDER + name) != null) {
          names.add(name);
        }
      }
    }
    if (!names.isEmpty()) {
      output.resource(INDEX, (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
