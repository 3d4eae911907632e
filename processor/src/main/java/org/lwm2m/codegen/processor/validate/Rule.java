package org.lwm2m.codegen.processor.validate;

import org.lwm2m.codegen.schema.Severity;

/**
 * The catalogue of diagnostics: every rule's stable id, default severity and a one-line summary.
 * Code, tests and the README's rule table all use these.
 */
public enum Rule {
  XML("xml", Severity.ERROR, "well-formed XML, no DOCTYPE, bounded size and depth"),
  SCHEMA("schema", Severity.ERROR, "valid against the schema the file names"),
  SCHEMA_LOCATION("schema-location", Severity.ERROR, "the file names LWM2M.xsd or LWM2M-v1_1.xsd"),
  OBJECT_ID_RANGE("object-id-range", Severity.ERROR, "object ID in a valid, unreserved range"),
  RESOURCE_ID_UNIQUE("resource-id-unique", Severity.ERROR, "resource IDs unique in the object"),
  RESOURCE_ID_RANGE("resource-id-range", Severity.ERROR, "resource ID in 0-32768"),
  EXECUTABLE_RESOURCE("executable-resource", Severity.ERROR, "E resource: empty Type, no range, no units, single instance"),
  RESOURCE_TYPE("resource-type", Severity.ERROR, "non-executable resource has a Type"),
  LWM2M11_TYPES("lwm2m11-types", Severity.ERROR, "Unsigned Integer and Corelnk only in LwM2M 1.1 or later"),
  RANGE_ENUMERATION("range-enumeration", Severity.WARNING, "RangeEnumeration well formed for its Type"),
  DUPLICATE_OBJECT("duplicate-object", Severity.ERROR, "one object ID and version once per build"),
  MODEL_FILE("model-file", Severity.ERROR, "an @LwM2mModels entry names files that exist"),
  OPTION("option", Severity.ERROR, "lwm2m.* processor options have valid values"),
  INTERNAL("internal", Severity.ERROR, "the processor failed: a bug to report");

  private final String id;
  private final Severity severity;
  private final String summary;

  Rule(String id, Severity severity, String summary) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
  }

  public String id() {
    return id;
  }

  public Severity defaultSeverity() {
    return severity;
  }

  public String summary() {
    return summary;
  }
}
