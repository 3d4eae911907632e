package org.lwm2m.codegen.schema;

/** The operations of a resource, as spelled in the {@code Operations} element. */
public enum Operations {
  R("R"),
  W("W"),
  RW("RW"),
  E("E"),
  /** The empty value: no operation at all. */
  NONE("");

  private final String xml;

  Operations(String xml) {
    this.xml = xml;
  }

  public String xml() {
    return xml;
  }

  public boolean readable() {
    return this == R || this == RW;
  }

  public boolean writable() {
    return this == W || this == RW;
  }

  public boolean executable() {
    return this == E;
  }

  /** The value spelled {@code text} in XML, or null when there is none. */
  public static Operations fromXml(String text) {
    for (Operations o : values()) {
      if (o.xml.equals(text)) {
        return o;
      }
    }
    return null;
  }
}
