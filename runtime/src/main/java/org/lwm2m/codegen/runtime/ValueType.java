package org.lwm2m.codegen.runtime;

import java.time.Instant;
import java.util.Date;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.util.datatype.ULong;

/**
 * The value types of resources: the Leshan {@link Type}, the class Leshan uses for values of that
 * type (checked with {@code instanceof}, as Leshan does) and the class generated interfaces use.
 * Only Time differs between the two: interfaces use {@link Instant}, Leshan uses {@link Date}.
 */
public enum ValueType {
  STRING(Type.STRING, String.class, String.class),
  INTEGER(Type.INTEGER, Long.class, Long.class),
  UNSIGNED_INTEGER(Type.UNSIGNED_INTEGER, ULong.class, ULong.class),
  FLOAT(Type.FLOAT, Double.class, Double.class),
  BOOLEAN(Type.BOOLEAN, Boolean.class, Boolean.class),
  OPAQUE(Type.OPAQUE, byte[].class, byte[].class),
  TIME(Type.TIME, Date.class, Instant.class),
  OBJLNK(Type.OBJLNK, ObjectLink.class, ObjectLink.class),
  CORELNK(Type.CORELINK, Link[].class, Link[].class);

  private final Type leshanType;
  private final Class<?> leshanClass;
  private final Class<?> javaClass;

  ValueType(Type leshanType, Class<?> leshanClass, Class<?> javaClass) {
    this.leshanType = leshanType;
    this.leshanClass = leshanClass;
    this.javaClass = javaClass;
  }

  public Type leshanType() {
    return leshanType;
  }

  /** The class of values in Leshan nodes. */
  public Class<?> leshanClass() {
    return leshanClass;
  }

  /** The (boxed) class of values in generated interfaces. */
  public Class<?> javaClass() {
    return javaClass;
  }

  /** Converts a value of {@link #leshanClass()} to {@link #javaClass()}. */
  public Object toJava(Object leshanValue) {
    return this == TIME ? ((Date) leshanValue).toInstant() : leshanValue;
  }

  /** Converts a value of {@link #javaClass()} to {@link #leshanClass()}. */
  public Object toLeshan(Object javaValue) {
    return this == TIME ? Date.from((Instant) javaValue) : javaValue;
  }

  /** The value type of a Leshan type, or null for {@link Type#NONE}. */
  public static ValueType of(Type type) {
    for (ValueType v : values()) {
      if (v.leshanType == type) {
        return v;
      }
    }
    return null;
  }
}
