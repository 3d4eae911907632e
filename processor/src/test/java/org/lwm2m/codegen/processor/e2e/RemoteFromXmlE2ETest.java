package org.lwm2m.codegen.processor.e2e;

import java.nio.file.Path;
import java.util.List;
import org.lwm2m.codegen.processor.testing.GeneratedCode;

/** {@link RemoteE2ETest} against bindings generated from 26241.xml and 26242.xml. */
class RemoteFromXmlE2ETest extends RemoteE2ETest {
  @Override
  GeneratedCode compileBindings(Path work, String... implementations) throws Exception {
    return GeneratedCode.compile(work, GeneratedEnablerE2ETest.MODELS, PKG, List.of("26241.xml", "26242.xml"), List.of(), implementations);
  }
}
