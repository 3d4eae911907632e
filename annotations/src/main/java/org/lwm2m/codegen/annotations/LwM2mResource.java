package org.lwm2m.codegen.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a method of an {@link LwM2mObject} interface as a resource: the getter of an R or RW
 * resource, the setter of a W resource, or the method of an E resource.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface LwM2mResource {
  int id();

  String name();

  Operations operations();

  boolean mandatory() default false;

  /** The object XML type name ({@code "Unsigned Integer"}...); inferred from the Java type when empty. */
  String type() default "";

  String range() default "";

  String units() default "";

  String description() default "";
}
