package org.lwm2m.codegen.processor.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lwm2m.codegen.processor.testing.GeneratedCode;

/**
 * {@link RemoteE2ETest} against bindings generated from the annotated interfaces that are the same
 * objects as 26241.xml and 26242.xml (see {@link GeneratedEnablerFromInterfacesE2ETest}).
 */
class RemoteFromInterfacesE2ETest extends RemoteE2ETest {
  @Override
  GeneratedCode compileBindings(Path work, String... implementations) throws Exception {
    Path interfaces = GeneratedEnablerFromInterfacesE2ETest.INTERFACES;
    List<String> sources = new ArrayList<>();
    sources.add(Files.readString(interfaces.resolve("AllTypes.java.txt")));
    sources.add(Files.readString(interfaces.resolve("TestThermometer.java.txt")));
    sources.addAll(List.of(implementations));
    return GeneratedCode.compile(work, GeneratedEnablerE2ETest.MODELS, PKG, List.of(), List.of(), sources.toArray(String[]::new));
  }
}
