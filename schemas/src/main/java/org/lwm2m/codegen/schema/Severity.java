package org.lwm2m.codegen.schema;

/** How serious a {@link Problem} is. Errors stop generation for the object they concern. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE
}
