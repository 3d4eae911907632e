package org.lwm2m.codegen.processor.read;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.lwm2m.codegen.processor.model.UserMembers;
import org.lwm2m.codegen.schema.Location;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.Problem;

/**
 * What reading an {@code @LwM2mObject} interface gave: the object definition (null when the
 * interface cannot describe one), the user's members per resource, the problems found, and the
 * element each location stands for, so diagnostics land on the method at fault.
 */
public record AnnotatedObject(
    TypeElement type,
    ObjectDefinition definition,
    Map<Integer, UserMembers> members,
    List<Problem> problems,
    Map<Location, Element> elements) {

  /** The element a problem at {@code location} concerns: the method at fault, else the interface. */
  public Element elementAt(Location location) {
    return elements.getOrDefault(location, type);
  }
}
