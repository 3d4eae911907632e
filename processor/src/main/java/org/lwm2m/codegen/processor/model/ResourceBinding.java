package org.lwm2m.codegen.processor.model;

import org.lwm2m.codegen.schema.Operations;
import org.lwm2m.codegen.schema.ResourceDefinition;
import org.lwm2m.codegen.schema.ResourceType;

/**
 * One resource as the generators see it: its definition, the Java names of its members and its
 * understood RangeEnumeration. For XML input every name is allocated here; for an annotated
 * interface the method names and value form are the user's.
 *
 * @param property the UpperCamel name validator checks are named after ({@code SensorValue})
 * @param constant the UPPER_SNAKE name of its ID constant and descriptor ({@code SENSOR_VALUE})
 * @param getter the getter's name (in-memory implementations have one for every value)
 * @param setter the setter's name (in-memory implementations have one for every value)
 * @param executeMethod the method of an executable resource, else null
 * @param executeTakesArguments whether that method takes Leshan's {@code Arguments}
 * @param form how the interface spells the value's Java type
 */
public record ResourceBinding(
    ResourceDefinition definition,
    String property,
    String constant,
    String getter,
    String setter,
    String executeMethod,
    boolean executeTakesArguments,
    JavaForm form,
    RangeSpec range) {

  /** How an interface spells a value type, where there is a choice. */
  public enum JavaForm {
    /** Primitives for Integer, Float and Boolean; {@code Instant} for Time. */
    STANDARD,
    /** {@code Long}, {@code Double}, {@code Boolean} instead of primitives. */
    BOXED,
    /** {@code java.util.Date} for Time. */
    DATE
  }

  public int id() {
    return definition.id();
  }

  public ResourceType type() {
    return definition.type();
  }

  public boolean multiple() {
    return definition.multiple();
  }

  public boolean mandatory() {
    return definition.mandatory();
  }

  /** Executable: a method, no value. */
  public boolean executable() {
    return definition.operations() == Operations.E;
  }

  /** Holds a value (every resource that is not executable). */
  public boolean hasValue() {
    return !executable();
  }

  /**
   * Has a getter in the object interface: readable resources, and resources with no operation
   * (only the device itself reads those).
   */
  public boolean hasGetter() {
    return hasValue() && (definition.operations() != Operations.W);
  }

  /** Has a setter in the object interface: writable resources. */
  public boolean hasSetter() {
    return hasValue() && definition.operations().writable();
  }
}
