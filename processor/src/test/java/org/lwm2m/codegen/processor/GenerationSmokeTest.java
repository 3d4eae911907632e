package org.lwm2m.codegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.GeneratedCode;

class GenerationSmokeTest {
  static final Path MODELS = Path.of("src/test/resources/models");

  @Test
  void generatesTheFiveClassesOfEachObject(@TempDir Path work) throws Exception {
    // five with Leshan's server on the class path, as here: N, NModel, NValidator, NEnabler, NRemote
    try (GeneratedCode code = GeneratedCode.compile(work, MODELS, "com.acme", List.of("26241.xml", "26242.xml"), List.of())) {
      assertTrue(code.success(), code.report());
      assertEquals(
          List.of(
              "com/acme/AllTypes.java", "com/acme/AllTypesEnabler.java", "com/acme/AllTypesModel.java",
              "com/acme/AllTypesRemote.java", "com/acme/AllTypesValidator.java", "com/acme/TestThermometer.java",
              "com/acme/TestThermometerEnabler.java", "com/acme/TestThermometerModel.java",
              "com/acme/TestThermometerRemote.java", "com/acme/TestThermometerValidator.java"),
          code.generatedSources().stream().map(p -> p.toString().replace('\\', '/')).toList());
      if (Boolean.getBoolean("smoke.print")) {
        System.out.println(code.source("com/acme/TestThermometerRemote.java"));
        System.out.println(code.source("com/acme/AllTypesRemote.java"));
      }
    }
  }
}
