package org.lwm2m.codegen.processor.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
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
  public static final String FOLDER = "META-INF/lwm2m/";
  /** Read by the runtime's {@code ClassPathModels.INDEX}; a test keeps the two equal. */
  public static final String INDEX = FOLDER + "index";

  private final Filer filer;
  private final ObjectDefinitionWriter writer = new ObjectDefinitionWriter();
  private final SortedSet<String> written = new TreeSet<>();

  public ObjectXmlWriter(Filer filer) {
    this.filer = filer;
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
  public void write(ObjectDefinition object, String license, Element origin) throws IOException {
    if (!written.add(fileName(object))) {
      return;
    }
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path(object), origin);
    try (OutputStream out = file.openOutputStream()) {
      out.write(writer.write(object, license).getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Writes the index of this build's files, plus the files an earlier build indexed that are still
   * in the class output: an IDE recompiles only some sources, and the objects of the others stay.
   * Does nothing when no object was bound.
   */
  public void writeIndex() throws IOException {
    SortedSet<String> names = new TreeSet<>(written);
    for (String earlier : earlierIndex()) {
      if (!names.contains(earlier) && exists(FOLDER + earlier)) {
        names.add(earlier);
      }
    }
    if (names.isEmpty()) {
      return;
    }
    FileObject index = filer.createResource(StandardLocation.CLASS_OUTPUT, "", INDEX);
    try (OutputStream out = index.openOutputStream()) {
      out.write((String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private SortedSet<String> earlierIndex() {
    SortedSet<String> names = new TreeSet<>();
    try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", INDEX).openInputStream()) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.endsWith(".xml") && line.indexOf('/') < 0) {
          names.add(line.strip());
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      // No earlier index (compilers signal a missing file differently): nothing to keep.
    }
    return names;
  }

  private boolean exists(String path) {
    try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path).openInputStream()) {
      return true;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }
}
