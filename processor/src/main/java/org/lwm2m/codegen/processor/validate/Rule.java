package org.lwm2m.codegen.processor.validate;

import org.lwm2m.codegen.schema.SchemaRules;
import org.lwm2m.codegen.schema.Severity;

/**
 * The catalogue of diagnostics: every rule's stable id, its severity, a one-line summary and a
 * one-line example of what it reports; the wording of each message is beside it, in {@link
 * Message}. Code, tests, the command-line checker and the README's
 * rule table all use these. The ids are a public contract ({@code lwm2m.disable} and {@code
 * --disable} name them): add rules, never rename one.
 *
 * <p>{@link #guideline()} numbers a rule after the row of issue 3's table it implements (0 for
 * the rules of the build itself: model files, options, internal errors).
 *
 * <p>Each rule has one severity (before {@code lwm2m.strict} makes warnings errors). Where a
 * guideline is an error in one case and a warning in another, it is two rules: the {@code
 * -lenient} ones for what {@code lwm2m.schema=lenient} accepts, {@link #EXECUTABLE_RESOURCE_FIELDS}
 * and {@link #OBJECT_URN_VERSION} where published registry objects break the guideline and Leshan
 * still accepts them, {@link #REUSABLE_RESOURCE_UNCHECKED} when the reusable-resource rule cannot
 * run.
 */
public enum Rule {
  XML(SchemaRules.XML, 1, Severity.ERROR,
      "well-formed XML",
      "`<Name>Value</Nam>`: not well-formed XML"),
  XML_DOCTYPE(SchemaRules.XML_DOCTYPE, 1, Severity.ERROR,
      "no DOCTYPE (DTDs and entities are refused for safety)",
      "`<!DOCTYPE LWM2M [...]>`"),
  XML_TOO_LARGE(SchemaRules.XML_TOO_LARGE, 1, Severity.ERROR,
      "at most 4 MiB",
      "a 5 MB file is refused without parsing"),
  XML_TOO_DEEP(SchemaRules.XML_TOO_DEEP, 1, Severity.ERROR,
      "elements nested at most 64 deep",
      "65 nested elements"),
  IO(SchemaRules.IO, 1, Severity.ERROR,
      "the file can be read",
      "a file without read permission"),
  SCHEMA(SchemaRules.SCHEMA, 1, Severity.ERROR,
      "valid against the schema the file names",
      "`<Operations>X</Operations>`: value not in the enumeration"),
  SCHEMA_LENIENT(SchemaRules.SCHEMA_LENIENT, 1, Severity.WARNING,
      "with lwm2m.schema=lenient, the schema problems accepted: element order, the declared schema"
          + " version, a missing RangeEnumeration, Units or Description in an Item (and any warning"
          + " of the schema validator)",
      "`<Type>` before `<Operations>`, with lwm2m.schema=lenient"),
  SCHEMA_LOCATION(SchemaRules.SCHEMA_LOCATION, 1, Severity.ERROR,
      "the file names LWM2M.xsd or LWM2M-v1_1.xsd in xsi:noNamespaceSchemaLocation",
      "`xsi:noNamespaceSchemaLocation=\"LWM2M-v1_2.xsd\"`"),
  LWM2M_VERSION("lwm2m-version", 2, Severity.ERROR,
      "LWM2MVersion is 1.0, 1.1 or 1.2 and agrees with the schema named (LWM2M.xsd: 1.0;"
          + " LWM2M-v1_1.xsd: 1.1 or 1.2)",
      "`<LWM2MVersion>1.1</LWM2MVersion>` in a file naming LWM2M.xsd"),
  LWM2M_VERSION_LENIENT("lwm2m-version-lenient", 2, Severity.WARNING,
      "with lwm2m.schema=lenient, an LWM2MVersion that disagrees with the schema named",
      "`<LWM2MVersion>1.1</LWM2MVersion>` in a file naming LWM2M.xsd, with lwm2m.schema=lenient"),
  OBJECT_ID_RANGE("object-id-range", 3, Severity.ERROR,
      "object ID in 0-1023 or 2048-42800 (1024-2047 and 42801-65535 are reserved)",
      "`<ObjectID>1500</ObjectID>`"),
  OBJECT_ID_TEST_RANGE("object-id-test-range", 4, Severity.WARNING,
      "object ID not in the test range 42769-42800 (never in production)",
      "`<ObjectID>42770</ObjectID>`"),
  OBJECT_URN("object-urn", 5, Severity.ERROR,
      "ObjectURN is urn:oma:lwm2m:{kind}:{ObjectID}[:{ObjectVersion}], the kind (oma, ext or x)"
          + " from the ID range, the version part when ObjectVersion is not 1.0",
      "`urn:oma:lwm2m:oma:3303` for object 3303 (kind must be ext)"),
  OBJECT_URN_VERSION("object-urn-version", 5, Severity.WARNING,
      "no :1.0 version part in the ObjectURN of a version 1.0 object (a warning: a registry object"
          + " has one and Leshan accepts it)",
      "`urn:oma:lwm2m:x:26250:1.0`"),
  VERSION_FORMAT("version-format", 6, Severity.ERROR,
      "ObjectVersion and LWM2MVersion are <major>.<minor>",
      "`<ObjectVersion>1</ObjectVersion>`"),
  OBJECT_NAME("object-name", 7, Severity.ERROR,
      "the object has a name",
      "`<Name></Name>`"),
  OBJECT_NAME_CASE("object-name-case", 7, Severity.WARNING,
      "each word of the object name is capitalised (joining words such as and, of, for may stay"
          + " lower-case after the first word)",
      "`<Name>oA Device</Name>`"),
  OBJECT_DESCRIPTION("object-description", 8, Severity.WARNING,
      "Description1 is present and at most 134 characters (whitespace runs count as one)",
      "a 200-character Description1"),
  MANDATORY_OBJECT("mandatory-object", 9, Severity.WARNING,
      "only OMA objects (ID 0-1023) are Mandatory",
      "object 26250 with `<Mandatory>Mandatory</Mandatory>`"),
  RESOURCE_ID_UNIQUE("resource-id-unique", 10, Severity.ERROR,
      "resource IDs unique in the object",
      "two `<Item ID=\"0\">`"),
  RESOURCE_ID_RANGE("resource-id-range", 11, Severity.ERROR,
      "resource ID in 0-32768 (0-2047 object specific, 2048-26240 reusable, 26241-32768 private)",
      "`<Item ID=\"40000\">`"),
  RESOURCE_ID_ORDER("resource-id-order", 12, Severity.WARNING,
      "resources listed in ascending ID order",
      "resource 1 listed after resource 2"),
  RESOURCE_NAME("resource-name", 13, Severity.ERROR,
      "every resource has a name",
      "`<Name> </Name>` in an Item"),
  RESOURCE_NAME_CASE("resource-name-case", 13, Severity.WARNING,
      "each word of a resource name is capitalised, as for object names (not checked on reusable"
          + " resources: Common.xml fixes their names)",
      "`<Name>Sensor value</Name>`"),
  RESOURCE_DESCRIPTION("resource-description", 14, Severity.WARNING,
      "every resource has a description",
      "`<Description></Description>` in an Item"),
  EXECUTABLE_RESOURCE("executable-resource", 15, Severity.ERROR,
      "an E resource has an empty Type",
      "`<Operations>E</Operations>` with `<Type>Integer</Type>`"),
  EXECUTABLE_RESOURCE_FIELDS("executable-resource-fields", 15, Severity.WARNING,
      "an E resource is single-instance, with no range and no units (a warning: a published"
          + " registry object has a multiple E resource that Leshan accepts)",
      "`<Operations>E</Operations>` with `<Units>s</Units>`"),
  RESOURCE_TYPE("resource-type", 16, Severity.ERROR,
      "a resource that is not executable has a Type",
      "`<Operations>R</Operations>` with `<Type></Type>`"),
  LWM2M11_TYPES("lwm2m11-types", 17, Severity.ERROR,
      "Unsigned Integer and Corelnk only in LwM2M 1.1 or later",
      "`<Type>Corelnk</Type>` in an LwM2M 1.0 object"),
  RANGE_ENUMERATION("range-enumeration", 18, Severity.WARNING,
      "RangeEnumeration is understood for the Type (numbers fit the type, min <= max, lengths on"
          + " String and Opaque, enumerations of the right type); what is not understood gets no"
          + " runtime check",
      "`<RangeEnumeration>2 Instances</RangeEnumeration>`"),
  UNITS("units", 19, Severity.WARNING,
      "Units are a SenML unit, Ws, TBD or blank; none on String, Boolean, Opaque, Objlnk or"
          + " Corelnk resources",
      "`<Units>Celsius</Units>` (SenML says Cel)"),
  REUSABLE_RESOURCE("reusable-resource", 20, Severity.ERROR,
      "a reusable resource (ID 2048-26240) is in the registry's Common.xml with the same name,"
          + " operations, type, range, units and description (needs lwm2m.registry)",
      "resource 5700 named `Value` (Common.xml: `Sensor Value`)"),
  REUSABLE_RESOURCE_UNCHECKED("reusable-resource-unchecked", 20, Severity.NOTE,
      "without lwm2m.registry, reusable resources are not checked: one note per build",
      "resource 5700 in a build without lwm2m.registry"),
  LICENSE("license", 21, Severity.WARNING,
      "object XML starts with a licence comment",
      "no `<!-- ... License ... -->` before `<LWM2M>`"),
  DUPLICATE_OBJECT("duplicate-object", 22, Severity.ERROR,
      "one object ID and version once per build",
      "3303.xml and 3303-copy.xml both define object 3303 version 1.2"),
  MODEL_FILE("model-file", 0, Severity.ERROR,
      "each @LwM2mModels entry (or checker argument) names files that exist",
      "`@LwM2mModels(\"lwm2m/missing.xml\")`"),
  OPTION("option", 0, Severity.ERROR,
      "lwm2m.* processor options have valid values (lwm2m.registry names a readable Common.xml)",
      "`-Alwm2m.schema=sloppy`"),
  OUTPUT("output", 0, Severity.ERROR,
      "the processor can write its outputs; the Eclipse compiler (ecj) does not let it replace an"
          + " earlier build's output that differs from this build's: clean and build again",
      "an IDE rebuilds only package-info.java after an object XML changed"),
  OBJECT_SIZE("object-size", 0, Severity.ERROR,
      "at most 500 resources (a generated class's static initializer holds at most 64 KB of code)",
      "an object with 1,500 resources"),
  INTERFACE_TARGET("interface-target", 0, Severity.ERROR,
      "@LwM2mObject is on a top-level interface",
      "`@LwM2mObject(...) class Valve`"),
  INTERFACE_TYPE("interface-type", 0, Severity.ERROR,
      "a resource method's Java type is a resource type, and fits an explicit `type`",
      "`int count()` (use long), or `type = \"Integer\"` on a String"),
  INTERFACE_SETTER("interface-setter", 0, Severity.ERROR,
      "an RW getter has its setter (`set` + name without get/is) of the same type; W is a one-argument setter",
      "`long level()` as RW without `void setLevel(long)`"),
  INTERFACE_EXECUTE("interface-execute", 0, Severity.ERROR,
      "an E method returns void and takes nothing or one Arguments",
      "`boolean reboot()`"),
  INTERFACE_RANGE("interface-range", 0, Severity.ERROR,
      "a resource method's range is understood for its type, as range-enumeration says (an error"
          + " here: the interface's author writes it, and the object's XML would carry it)",
      "`range = \"0..1.5\"` on `long level()`"),
  INTERFACE_REMOTE("interface-remote", 0, Severity.WARNING,
      "on a server's class path an interface gets NRemote, unless a method without parameters takes"
          + " a name of the remote's own (read, readInstance, timeout, contentFormat, endpoint,"
          + " instanceId, path, descriptor, node): it then gets none, and this warning",
      "`@LwM2mResource(...) long timeout()` in a build with leshan-lwm2m-server"),
  INTERFACE_METHOD("interface-method", 0, Severity.ERROR,
      "every abstract method of the interface is a resource (or the setter of one)",
      "`void helper();` without @LwM2mResource"),
  INTERNAL("internal", 0, Severity.ERROR,
      "the processor failed: a bug to report",
      "a stack trace on the annotated element");

  private final String id;
  private final int guideline;
  private final Severity severity;
  private final String summary;
  private final String example;

  Rule(String id, int guideline, Severity severity, String summary, String example) {
    this.id = id;
    this.guideline = guideline;
    this.severity = severity;
    this.summary = summary;
    this.example = example;
  }

  public String id() {
    return id;
  }

  /** The row of issue 3's rule table this rule implements; 0 for rules of the build itself. */
  public int guideline() {
    return guideline;
  }

  public Severity defaultSeverity() {
    return severity;
  }

  public String summary() {
    return summary;
  }

  /** A one-line example of an input the rule reports (Markdown, for the README's table). */
  public String example() {
    return example;
  }

  /** The rule with {@code id}, or null. */
  public static Rule byId(String id) {
    for (Rule r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    return null;
  }
}
