package org.lwm2m.codegen.processor.model;

import java.util.List;
import org.lwm2m.codegen.schema.ObjectDefinition;

/**
 * One object as the generators see it: its definition, the package and class names allocated for
 * it, and its resources in document order.
 *
 * @param name the object's interface {@code N}
 * @param classBase what the generated classes are named after ({@code NModel}, ...): {@code N},
 *     unless the user named an interface whose plain class names another object already took
 * @param userInterface true when {@code N} is the user's annotated interface (not generated)
 */
public record ObjectBinding(
    ObjectDefinition definition,
    String packageName,
    String name,
    String classBase,
    boolean userInterface,
    List<ResourceBinding> resources) {

  public ObjectBinding {
    resources = List.copyOf(resources);
  }

  public String modelName() {
    return classBase + "Model";
  }

  public String validatorName() {
    return classBase + "Validator";
  }

  public String enablerName() {
    return classBase + "Enabler";
  }

  /** The server side's class, generated when Leshan's server is on the class path. */
  public String remoteName() {
    return classBase + "Remote";
  }

  /** The file or interface it was made from, for "generated from" headers. */
  public String source() {
    return definition.sourceName();
  }
}
