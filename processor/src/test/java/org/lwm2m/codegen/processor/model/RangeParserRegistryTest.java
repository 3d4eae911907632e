package org.lwm2m.codegen.processor.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.lwm2m.codegen.processor.model.RangeParser.ParsedRange;
import org.lwm2m.codegen.processor.testing.Registry;
import org.lwm2m.codegen.schema.ResourceType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Parses every RangeEnumeration of the registry sample ({@code ../shared/lwm2m-registry}, or the
 * folder in the system property {@code lwm2m.registry.dir}) and prints what came out. It asserts
 * only that nothing throws: the registry is a corpus to look at, not a list of answers.
 */
class RangeParserRegistryTest {

  @Test
  void everyRegistryRangeParses() throws Exception {
    List<Path> files = Registry.allObjectFiles(); // skips, saying so, without the registry

    DocumentBuilder builder = secureBuilder();
    Map<String, Integer> outcomes = new TreeMap<>();
    for (String outcome : new String[] {"None", "Numeric", "Lengths", "Strings", "warning"}) {
      outcomes.put(outcome, 0);
    }
    Map<String, Integer> warnings = new TreeMap<>();
    int unreadable = 0;
    for (Path file : files) {
      Document document;
      try {
        document = builder.parse(file.toFile());
      } catch (IOException | org.xml.sax.SAXException e) {
        unreadable++;
        continue;
      }
      NodeList items = document.getElementsByTagName("Item");
      for (int i = 0; i < items.getLength(); i++) {
        Element item = (Element) items.item(i);
        String range = childText(item, "RangeEnumeration");
        if (range == null) {
          outcomes.merge("(no RangeEnumeration element)", 1, Integer::sum);
          continue;
        }
        String typeText = childText(item, "Type");
        ResourceType type = ResourceType.fromXml(typeText == null ? "" : typeText.trim());
        ParsedRange parsed = assertDoesNotThrow(() -> RangeParser.parse(range, type), range);
        String outcome =
            parsed.warning() != null ? "warning" : parsed.spec().getClass().getSimpleName();
        outcomes.merge(outcome, 1, Integer::sum);
        if (parsed.warning() != null) {
          warnings.merge(parsed.warning(), 1, Integer::sum);
        }
      }
    }

    System.out.println(
        "RangeEnumeration outcomes over "
            + files.size()
            + " files"
            + (unreadable > 0 ? " (" + unreadable + " not well-formed, skipped)" : "")
            + ":");
    outcomes.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    System.out.println("distinct warnings (" + warnings.size() + "):");
    System.out.println(
        warnings.entrySet().stream()
            .map(e -> "  " + e.getValue() + " x " + e.getKey())
            .collect(Collectors.joining("\n")));
    assertTrue(outcomes.values().stream().mapToInt(Integer::intValue).sum() > 0);
  }

  private static DocumentBuilder secureBuilder() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder;
  }

  /** The text of {@code parent}'s first child element named {@code name}, or null. */
  private static String childText(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE && n.getNodeName().equals(name)) {
        return n.getTextContent();
      }
    }
    return null;
  }
}
