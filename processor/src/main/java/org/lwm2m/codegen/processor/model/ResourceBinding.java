package org.lwm2m.codegen.processor.model;

import org.lwm2m.codegen.schema.Operations;
import org.lwm2m.codegen.schema.ResourceDefinition;
import org.lwm2m.codegen.schema.ResourceType;

/**
 * One resource as the generators see it: its definition, the Java names allocated for it and its
 * understood RangeEnumeration.
 *
 * @param property the UpperCamel name getters and setters are made of ({@code SensorValue})
 * @param constant the UPPER_SNAKE name of its ID constant and descriptor ({@code SENSOR_VALUE})
 * @param executeMethod the method name of an executable resource ({@code reboot}), else null
 */
public record ResourceBinding(
    ResourceDefinition definition, String property, String constant, String executeMethod, RangeSpec range) {

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
    return hasValue() && !definition.operations().writable() || definition.operations() == Operations.RW;
  }

  /** Has a setter in the object interface: writable resources. */
  public boolean hasSetter() {
    return hasValue() && definition.operations().writable();
  }

  public String getter() {
    return "get" + property;
  }

  public String setter() {
    return "set" + property;
  }
}
