package org.lwm2m.codegen.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares an interface as the Java side of an LwM2M object. */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface LwM2mObject {
  int id();

  String name();

  String description() default "";

  /** The second description (Description2) of object XML. */
  String description2() default "";

  /** Object version, {@code major.minor}. */
  String version() default "1.0";

  /** LwM2M version the object is written for: 1.0, 1.1 or 1.2. */
  String lwm2mVersion() default "1.0";

  /** The URN; derived from id and version when empty. */
  String urn() default "";

  boolean multiple() default false;

  boolean mandatory() default false;
}
