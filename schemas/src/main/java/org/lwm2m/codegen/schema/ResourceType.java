package org.lwm2m.codegen.schema;

/** The data type of a resource, as spelled in the {@code Type} element. */
public enum ResourceType {
  STRING("String", false),
  INTEGER("Integer", false),
  UNSIGNED_INTEGER("Unsigned Integer", true),
  FLOAT("Float", false),
  BOOLEAN("Boolean", false),
  OPAQUE("Opaque", false),
  TIME("Time", false),
  OBJLNK("Objlnk", false),
  CORELNK("Corelnk", true),
  /** The empty value, used by executable resources. */
  NONE("", false);

  private final String xml;
  private final boolean sinceLwm2m11;

  ResourceType(String xml, boolean sinceLwm2m11) {
    this.xml = xml;
    this.sinceLwm2m11 = sinceLwm2m11;
  }

  public String xml() {
    return xml;
  }

  /** True for the types LwM2M 1.1 added ({@code Unsigned Integer}, {@code Corelnk}). */
  public boolean sinceLwm2m11() {
    return sinceLwm2m11;
  }

  public boolean numeric() {
    return this == INTEGER || this == UNSIGNED_INTEGER || this == FLOAT;
  }

  /** The type spelled {@code text} in XML, or null when there is none. */
  public static ResourceType fromXml(String text) {
    for (ResourceType t : values()) {
      if (t.xml.equals(text)) {
        return t;
      }
    }
    return null;
  }
}
