package org.lwm2m.codegen.processor.e2e;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.lwm2m.codegen.processor.testing.GeneratedCode;

/** {@link GeneratedEnablerE2ETest} against bindings generated from 26241.xml and 26242.xml. */
class GeneratedEnablerFromXmlE2ETest extends GeneratedEnablerE2ETest {
  @Override
  GeneratedCode compileBindings(Path work, String... implementations) throws Exception {
    return GeneratedCode.compile(work, MODELS, PKG, List.of("26241.xml", "26242.xml"), List.of(), implementations);
  }

  // The groups of the suite, declared here so that test reports name this variant.
  @Nested class Read extends GeneratedEnablerE2ETest.Read {}
  @Nested class MissingOptionalResources extends GeneratedEnablerE2ETest.MissingOptionalResources {}
  @Nested class Write extends GeneratedEnablerE2ETest.Write {}
  @Nested class Execute extends GeneratedEnablerE2ETest.Execute {}
  @Nested class Observe extends GeneratedEnablerE2ETest.Observe {}
  @Nested class Create extends GeneratedEnablerE2ETest.Create {}
}
