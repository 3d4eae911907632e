package org.lwm2m.codegen.processor.validate;

import java.util.Locale;
import org.lwm2m.codegen.schema.Location;
import org.lwm2m.codegen.schema.Problem;

/**
 * The wording of every diagnostic the rules give, beside the {@link Rule} each belongs to (and so
 * its one severity): reviewing or rewording messages happens here, not in the rule code. The
 * arguments are filled in with {@link String#format}; the reader's own messages (the XML parser's,
 * the schema validator's) come from the schemas module.
 */
public enum Message {
  // ---- the object ----
  OBJECT_TOO_LARGE(Rule.OBJECT_SIZE, "%s has %s resources; bindings are generated for at most %s"),
  VERSION_FORMAT(Rule.VERSION_FORMAT, "%s %s is not <major>.<minor> (such as 1.0 or 2.1)"),
  LWM2M_VERSION_UNKNOWN(Rule.LWM2M_VERSION, "LWM2MVersion %s is not 1.0, 1.1 or 1.2"),
  LWM2M_VERSION_SCHEMA(Rule.LWM2M_VERSION, "%s"),
  LWM2M_VERSION_SCHEMA_LENIENT(Rule.LWM2M_VERSION_LENIENT, "%s (accepted leniently)"),
  OBJECT_ID_RANGE(Rule.OBJECT_ID_RANGE, "object ID %s is reserved or out of range (valid: 0-1023, 2048-42800)"),
  OBJECT_ID_TEST_RANGE(Rule.OBJECT_ID_TEST_RANGE, "object ID %s is in the test range 42769-42800: never use it in production"),
  OBJECT_URN_MISSING(Rule.OBJECT_URN, "the object has no ObjectURN; expected %s"),
  OBJECT_URN_WRONG(Rule.OBJECT_URN, "ObjectURN %s should be '%s': %s"),
  OBJECT_URN_VERSION(Rule.OBJECT_URN_VERSION, "ObjectURN %s should be '%s': version 1.0 objects have no version part"),
  OBJECT_NAME(Rule.OBJECT_NAME, "%s has no name"),
  OBJECT_NAME_CASE(Rule.OBJECT_NAME_CASE, "object name %s: %s"),
  OBJECT_DESCRIPTION_MISSING(Rule.OBJECT_DESCRIPTION, "%s has no Description1"),
  OBJECT_DESCRIPTION_LONG(Rule.OBJECT_DESCRIPTION,
      "Description1 has %s characters; the OMA guideline allows at most %s (move details to Description2)"),
  MANDATORY_OBJECT(Rule.MANDATORY_OBJECT,
      "%s is Mandatory, but only OMA objects (ID 0-1023) may be (every client would have to implement it); make it Optional"),
  LICENSE_MISSING(Rule.LICENSE,
      "no licence comment before <LWM2M>: object definitions carry their licence (such as BSD-3-Clause) in a comment at the top of the file"),
  LICENSE_UNNAMED(Rule.LICENSE,
      "the comment before <LWM2M> names no licence (no licence name such as BSD-3-Clause, nor 'License', 'Copyright' or 'SPDX-License-Identifier')"),
  DUPLICATE_OBJECT(Rule.DUPLICATE_OBJECT, "object %s version %s is already bound from %s"),

  // ---- resources ----
  RESOURCE_ID_RANGE(Rule.RESOURCE_ID_RANGE,
      "resource ID %s is outside 0-32768 (0-2047 object specific, 2048-26240 reusable, 26241-32768 private)"),
  RESOURCE_ID_UNIQUE(Rule.RESOURCE_ID_UNIQUE, "resource ID %s is used twice in %s"),
  RESOURCE_ID_ORDER(Rule.RESOURCE_ID_ORDER, "%s is listed after %s: list resources in ascending ID order"),
  RESOURCE_NAME(Rule.RESOURCE_NAME, "resource %s has no name"),
  RESOURCE_NAME_CASE(Rule.RESOURCE_NAME_CASE, "resource %s name %s: %s"),
  RESOURCE_DESCRIPTION(Rule.RESOURCE_DESCRIPTION, "%s has no description"),
  EXECUTABLE_TYPE(Rule.EXECUTABLE_RESOURCE, "%s is executable and must have an empty Type, not %s"),
  EXECUTABLE_MULTIPLE(Rule.EXECUTABLE_RESOURCE_FIELDS, "%s is executable and must be single-instance"),
  EXECUTABLE_UNITS(Rule.EXECUTABLE_RESOURCE_FIELDS, "%s is executable and must have no units"),
  EXECUTABLE_RANGE(Rule.EXECUTABLE_RESOURCE_FIELDS, "%s is executable and must have no range"),
  RESOURCE_TYPE(Rule.RESOURCE_TYPE, "%s is not executable and must have a Type"),
  LWM2M11_TYPE(Rule.LWM2M11_TYPES, "%s has type %s, which needs LwM2M 1.1 or later (the object is LwM2M 1.0)"),
  RANGE_NOT_UNDERSTOOD(Rule.RANGE_ENUMERATION, "%s: %s"),
  INTERFACE_RANGE(Rule.INTERFACE_RANGE, "%s (an interface's range must be understood: the object's XML carries it)"),
  UNITS_ON_TYPE(Rule.UNITS, "%s has units %s, which have no meaning on a %s resource"),
  UNITS_NOT_SENML(Rule.UNITS, "%s: units %s are not a SenML unit (nor Ws or TBD)%s"),
  REUSABLE_UNCHECKED(Rule.REUSABLE_RESOURCE_UNCHECKED,
      "%s has a reusable ID (2048-26240); reusable resources were not checked against the registry: set lwm2m.registry"
          + " (checker: --registry) to the registry's Common.xml to check them (this note is given once)"),
  REUSABLE_UNDEFINED(Rule.REUSABLE_RESOURCE,
      "%s has a reusable ID (2048-26240), but %s does not define it: reusable IDs are allocated by OMNA; use an"
          + " object-specific (0-2047) or private (26241-32768) ID"),
  REUSABLE_CHANGED(Rule.REUSABLE_RESOURCE,
      "%s is the reusable resource %s of %s, but its %s %s differs from %s there: a reusable resource's name,"
          + " operations, type, range, units and description must not be changed"),

  // ---- the build ----
  FOLDER_EMPTY(Rule.MODEL_FILE, "folder '%s' holds no .xml file"),

  // ---- annotated interfaces ----
  INTERFACE_NOT_INTERFACE(Rule.INTERFACE_TARGET, "@LwM2mObject belongs on an interface, not on a %s"),
  INTERFACE_NESTED(Rule.INTERFACE_TARGET, "@LwM2mObject interfaces must be top-level, not nested in another type"),
  INTERFACE_METHOD(Rule.INTERFACE_METHOD,
      "abstract method %s is not a resource: annotate it with @LwM2mResource or make it default"),
  EXECUTE_RESULT(Rule.INTERFACE_EXECUTE, "execute method %s must return void"),
  EXECUTE_PARAMETERS(Rule.INTERFACE_EXECUTE, "execute method %s takes no parameter or one Arguments"),
  WRITE_ONLY_SHAPE(Rule.INTERFACE_SETTER, "the W resource %s must be a void method with one parameter"),
  GETTER_SHAPE(Rule.INTERFACE_SETTER, "the getter %s must return the value and take no parameter"),
  SETTER_MISSING(Rule.INTERFACE_SETTER, "RW resource %s needs a setter void %s(value)"),
  SETTER_TYPE(Rule.INTERFACE_SETTER, "%s must take one %s, the type of %s()"),
  JAVA_TYPE(Rule.INTERFACE_TYPE,
      "%s: %s is not a resource type (use String, long, ULong, double, boolean, byte[], Instant, Date, ObjectLink,"
          + " Link[], or Map<Integer, T> of those for a multiple resource)"),
  NO_REMOTE(Rule.INTERFACE_REMOTE,
      "no %s is generated: the method %s() has the name of a method every remote has; rename it to get the remote"),
  TYPE_NAME(Rule.INTERFACE_TYPE, "'%s' is not an LwM2M type name"),
  TYPE_MISMATCH(Rule.INTERFACE_TYPE, "type '%s' does not fit the Java type %s (%s)");

  private final Rule rule;
  private final String format;

  Message(Rule rule, String format) {
    this.rule = rule;
    this.format = format;
  }

  public Rule rule() {
    return rule;
  }

  /** The text with {@code args} filled in. */
  public String text(Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  /** The problem this message reports at {@code at}, with the rule's severity. */
  public Problem at(Location at, Object... args) {
    return new Problem(rule.id(), rule.defaultSeverity(), text(args), at);
  }
}
