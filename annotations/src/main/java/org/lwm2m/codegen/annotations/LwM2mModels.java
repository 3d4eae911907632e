package org.lwm2m.codegen.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds LwM2M object definition XML files at compile time. Each entry is a file, or a folder
 * (ending in {@code /}) whose {@code *.xml} files are all taken. Entries are looked up in the
 * folders of the {@code lwm2m.models} processor option, then in the class output, then on the
 * compile class path. The bindings are generated into the annotated package (or the annotated
 * type's package).
 */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface LwM2mModels {
  /**
   * The folder of the class output (so of the jar) where the processor writes the XML of every
   * object a build binds, with an {@code index} of them; the runtime's {@code ClassPathModels}
   * reads it. Defined here, the one artifact both depend on.
   */
  String XML_FOLDER = "META-INF/lwm2m/";

  /** Files and folders ({@code lwm2m/3303.xml}, {@code lwm2m/vendor/}). */
  String[] value();
}
