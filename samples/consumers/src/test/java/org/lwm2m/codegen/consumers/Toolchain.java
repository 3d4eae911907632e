package org.lwm2m.codegen.consumers;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Maven installations and JDKs the consumer builds run on. Maven 3.8.7 and 3.9.9 are unpacked
 * from Maven Central by this module's pom, so the builds do not depend on the mvn on PATH. A JDK
 * that is missing fails the test under CI and is skipped, with one line saying so, elsewhere.
 */
enum Toolchain {
  MAVEN_38("Maven 3.8.7", "consumer.maven38.home", "bin/m2.conf"),
  MAVEN_39("Maven 3.9.9", "consumer.maven39.home", "bin/m2.conf"),
  JDK_17("JDK 17", "consumer.jdk17.home", "bin/java"),
  JDK_25("JDK 25", "consumer.jdk25.home", "bin/java");

  private static final Set<Toolchain> REPORTED = ConcurrentHashMap.newKeySet();

  private final String label;
  private final String property;
  private final String probe;

  Toolchain(String label, String property, String probe) {
    this.label = label;
    this.property = property;
    this.probe = probe;
  }

  String label() {
    return label;
  }

  /** Where it is installed; aborts the test (or fails it under CI) when it is missing. */
  Path home() {
    String value = System.getProperty(property, "");
    Path home = value.isEmpty() ? null : Path.of(value);
    boolean present = home != null && Files.exists(home.resolve(probe));
    if (!present) {
      String why = label + " not found at '" + value + "' (set -D" + property + "=...)";
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(why + ": CI must run every consumer build");
      }
      if (REPORTED.add(this)) {
        System.out.println("[skipped] consumer builds on " + label + ": " + why);
      }
      assumeTrue(false, why);
    }
    return home;
  }

  static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("system property " + property + " is not set: run these tests through Maven");
    }
    return value;
  }
}
