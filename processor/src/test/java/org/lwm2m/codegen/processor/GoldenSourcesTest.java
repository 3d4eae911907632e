package org.lwm2m.codegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.codegen.processor.testing.GeneratedCode;

/**
 * The generated sources of one small object, compared with reviewed copies, to catch output that
 * is correct but odd. After an intended change to the generators, regenerate the copies with
 * {@code mvn -pl processor test -Dtest=GoldenSourcesTest -Dgolden.update=true} and review the diff.
 */
class GoldenSourcesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @ValueSource(strings = {"TestThermometer", "TestThermometerModel", "TestThermometerValidator", "TestThermometerEnabler", "TestThermometerRemote"})
  void generatedSourceEqualsTheReviewedCopy(String className, @TempDir Path work) throws Exception {
    try (GeneratedCode code =
        GeneratedCode.compile(work, GenerationSmokeTest.MODELS, "com.acme", List.of("26242.xml"), List.of())) {
      assertTrue(code.success(), code.report());
      String actual = code.source("com/acme/" + className + ".java");
      Path golden = GOLDEN.resolve(className + ".java.txt");
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, actual);
      }
      assertEquals(Files.readString(golden), actual, className + " differs from " + golden);
    }
  }
}
