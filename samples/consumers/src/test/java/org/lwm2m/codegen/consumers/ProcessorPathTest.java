package org.lwm2m.codegen.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a user's {@code annotationProcessorPaths} receives, read from the artifacts this build
 * installed: the processor jar and the annotations jar, nothing else, and no class in them outside
 * lwm2m-codegen's own packages (what the processor runs of JavaPoet and JAXB is relocated under
 * {@code org.lwm2m.codegen.processor.shaded}), so no other processor's libraries can replace them.
 */
class ProcessorPathTest {
  @Test
  void theProcessorPathIsTheProcessorAndTheAnnotations() throws Exception {
    assertEquals(List.of("org.lwm2m.codegen:lwm2m-codegen-annotations"), dependencies("lwm2m-codegen-processor"),
        "the processor's published pom needs only the annotations");
    assertEquals(List.of(), dependencies("lwm2m-codegen-annotations"), "the annotations have no dependencies");

    List<String> processor = classes("lwm2m-codegen-processor");
    List<String> annotations = classes("lwm2m-codegen-annotations");
    assertEquals(List.of(), processor.stream().filter(c -> !c.startsWith("org/lwm2m/codegen/")).toList(),
        "every class of the processor jar lies in lwm2m-codegen's packages");
    assertEquals(List.of(), annotations.stream().filter(c -> !c.startsWith("org/lwm2m/codegen/annotations/")).toList(),
        "the annotations jar holds the annotations only");
    assertTrue(processor.contains("org/lwm2m/codegen/processor/shaded/javapoet/JavaFile.class")
            && processor.contains("org/lwm2m/codegen/processor/shaded/jakarta/xml/bind/JAXBContext.class"),
        "JavaPoet and JAXB travel inside the processor, relocated");
    try (JarFile jar = new JarFile(artifact("lwm2m-codegen-processor", "jar").toFile())) {
      for (String xsd : List.of("schemas/LWM2M.xsd", "schemas/LWM2M-v1_1.xsd", "models/3.xml")) {
        assertTrue(jar.getEntry(xsd) != null, xsd + " from Leshan's core jar is in the processor jar");
      }
    }
    long bytes = Files.size(artifact("lwm2m-codegen-processor", "jar")) + Files.size(artifact("lwm2m-codegen-annotations", "jar"));
    System.out.printf(Locale.ROOT, "[processor path] 2 jars, %d classes, %d bytes%n", processor.size() + annotations.size(), bytes);
  }

  private static Path artifact(String artifactId, String extension) {
    String version = Projects.version();
    return Path.of(Toolchain.required("consumer.repo.local"), "org", "lwm2m", "codegen", artifactId, version,
        artifactId + "-" + version + "." + extension);
  }

  private static List<String> classes(String artifactId) throws Exception {
    try (JarFile jar = new JarFile(artifact(artifactId, "jar").toFile())) {
      return jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class"))
          .filter(n -> !n.startsWith("META-INF/versions/") || !n.endsWith("module-info.class"))
          .toList();
    }
  }

  /** The compile and runtime dependencies the installed pom declares, as groupId:artifactId. */
  private static List<String> dependencies(String artifactId) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element project = factory.newDocumentBuilder().parse(artifact(artifactId, "pom").toFile()).getDocumentElement();
    List<String> result = new ArrayList<>();
    for (Element dependencies : children(project, "dependencies")) {
      for (Element dependency : children(dependencies, "dependency")) {
        String scope = text(dependency, "scope");
        if ((scope.isEmpty() || scope.equals("compile") || scope.equals("runtime")) && !text(dependency, "optional").equals("true")) {
          result.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
        }
      }
    }
    return result;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> result = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getLocalName().equals(name)) {
        result.add(e);
      }
    }
    return result;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
  }
}
