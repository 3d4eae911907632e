package org.lwm2m.codegen.schema;

/** The two object definition schemas, as named by {@code xsi:noNamespaceSchemaLocation}. */
public enum SchemaVersion {
  /** {@code LWM2M.xsd}: LwM2M 1.0. */
  V1_0("LWM2M.xsd", "http://www.openmobilealliance.org/tech/profiles/LWM2M.xsd"),
  /** {@code LWM2M-v1_1.xsd}: LwM2M 1.1, and 1.2 objects too (there is no 1.2 schema). */
  V1_1("LWM2M-v1_1.xsd", "http://www.openmobilealliance.org/tech/profiles/LWM2M-v1_1.xsd");

  private final String fileName;
  private final String location;

  SchemaVersion(String fileName, String location) {
    this.fileName = fileName;
    this.location = location;
  }

  /** The file name of the XSD, as found under {@code /schemas/} in Leshan's core jar. */
  public String fileName() {
    return fileName;
  }

  /** The canonical {@code xsi:noNamespaceSchemaLocation} value written for this schema. */
  public String location() {
    return location;
  }

  /**
   * The schema a {@code noNamespaceSchemaLocation} names, by its last path segment (so every
   * spelling of the host works), or null when it names neither.
   */
  public static SchemaVersion fromLocation(String schemaLocation) {
    if (schemaLocation == null) {
      return null;
    }
    String trimmed = schemaLocation.trim();
    String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    for (SchemaVersion v : values()) {
      if (v.fileName.equalsIgnoreCase(last)) {
        return v;
      }
    }
    return null;
  }
}
