package org.lwm2m.codegen.processor.generate;

import org.lwm2m.codegen.processor.model.ObjectBinding;
import org.lwm2m.codegen.processor.model.ResourceBinding;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ResourceDefinition;

/** Javadoc texts of generated types and members, from the object's own descriptions. */
final class Docs {
  private Docs() {}

  static String object(ObjectBinding object) {
    ObjectDefinition d = object.definition();
    StringBuilder b = new StringBuilder();
    b.append(Javadoc.safe(d.name())).append(" (object ").append(d.objectId())
        .append(", version ").append(d.effectiveObjectVersion())
        .append(", LwM2M ").append(d.effectiveLwm2mVersion())
        .append(d.multiple() ? ", multiple instances" : ", single instance")
        .append(d.mandatory() ? ", mandatory" : "").append(").\n");
    String description = Javadoc.safe(d.description1());
    if (!description.isEmpty()) {
      b.append("\n<p>").append(description).append('\n');
    }
    String description2 = Javadoc.safe(d.description2());
    if (!description2.isEmpty()) {
      b.append("\n<p>").append(description2).append('\n');
    }
    return b.toString();
  }

  /** {@code Sensor Value (5700): R, Float, single, mandatory; range 0..100; units Cel.} and the description. */
  static String resource(ResourceBinding r) {
    StringBuilder b = summaryLine(r);
    String description = Javadoc.safe(r.definition().description());
    if (!description.isEmpty()) {
      b.append("\n\n<p>").append(description);
    }
    return b.append('\n').toString();
  }

  /**
   * The first line of {@link #resource} only: members that repeat a resource (descriptors, setters,
   * checks) leave the description to the interface and the model constant, since every copy is
   * text javac and the processor handle on each build.
   */
  static String summary(ResourceBinding r) {
    return summaryLine(r).append('\n').toString();
  }

  private static StringBuilder summaryLine(ResourceBinding r) {
    ResourceDefinition d = r.definition();
    StringBuilder b = new StringBuilder();
    b.append(Javadoc.safe(d.name())).append(" (resource ").append(d.id()).append("): ");
    b.append(d.operations() == null || d.operations().xml().isEmpty() ? "no operation" : d.operations().xml());
    if (r.hasValue()) {
      b.append(", ").append(d.type() == null ? "no type" : d.type().xml());
      b.append(d.multiple() ? ", multiple instances" : ", single instance");
    }
    b.append(d.mandatory() ? ", mandatory" : ", optional");
    appendIfPresent(b, "range", d.rangeEnumeration());
    appendIfPresent(b, "units", d.units());
    return b.append('.');
  }

  private static void appendIfPresent(StringBuilder b, String label, String value) {
    String safe = Javadoc.safe(value);
    if (!safe.isEmpty()) {
      b.append("; ").append(label).append(' ').append(safe.replace('\n', ' '));
    }
  }
}
