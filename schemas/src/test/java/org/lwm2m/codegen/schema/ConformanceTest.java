package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;
import org.junit.jupiter.api.Test;

/**
 * Soundness: the reader refuses, with one located well-formedness error, exactly the documents a
 * second, independent conformant parser (Woodstox, namespace-aware) refuses, DOCTYPEs counted as
 * refused; the one known difference, encoding names only Woodstox takes, is counted apart. Inputs are documents this test writes, mutated with a fixed seed; the registry's files
 * are mutated too when it is present.
 */
class ConformanceTest {

  private static final Set<String> NOT_WELL_FORMED =
      Set.of(SchemaRules.XML, SchemaRules.XML_DOCTYPE, SchemaRules.XML_TOO_DEEP);
  private static final String XSI_URI = "http://www.w3.org/2001/XMLSchema-instance";

  private final ObjectDefinitionReader reader = new ObjectDefinitionReader();
  private final XMLInputFactory woodstox = newWoodstox();

  /** How a document was mutated: each kind must give refused and accepted documents. */
  enum Kind { DECLARATION, NAMESPACE, INSERTION, DELETION, LINES }

  private static XMLInputFactory newWoodstox() {
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
    return factory;
  }

  /** Whether Woodstox reads the whole document without error and without a DOCTYPE. */
  private boolean woodstoxAccepts(byte[] content) {
    try {
      XMLStreamReader r = woodstox.createXMLStreamReader(new ByteArrayInputStream(content));
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          return false;
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          for (int i = 0; i < r.getAttributeCount(); i++) {
            r.getAttributeValue(i);
          }
        } else if (r.hasText()) {
          r.getText();
        }
      }
      r.close();
      return true;
    } catch (XMLStreamException | RuntimeException e) {
      return false;
    }
  }

  /** The documents this test starts from: plain and awkward valid files of both schemas. */
  static List<String> ownDocuments() {
    String v11 = Ddf.document(Ddf.V11, Ddf.object(32000,
        "    <LWM2MVersion>1.1</LWM2MVersion>\n    <ObjectVersion>1.2</ObjectVersion>\n",
        Ddf.item(0, "Counter", "RW", "Unsigned Integer") + Ddf.item(1, "Links", "R", "Corelnk")));
    String awkward = Ddf.valid10()
        .replace("<Description>A value.</Description>",
            "<Description><![CDATA[a < b & c]]> &amp; &#x41;&#66; \u00e9 \ud83d\ude00</Description>")
        .replace("<Units>Cel</Units>", "<Units/>")
        .replace("\"MODefinition\"", "'MODefinition'")
        .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<?xml version='1.0' encoding='utf-8' standalone='yes'?>");
    return List.of(Ddf.valid10(), v11, awkward, Ddf.valid10().replace("\n", "\r\n"));
  }

  @Test
  void refusesExactlyWhatAConformantParserRefuses() throws Exception {
    List<String> documents = new ArrayList<>(ownDocuments());
    int own = documents.size();
    List<Path> registry = Registry.filesIfPresent("registry documents as extra mutation inputs");
    for (int i = 0; i < registry.size(); i += 10) {
      documents.add(Files.readString(registry.get(i), StandardCharsets.UTF_8));
    }
    Random random = new Random(Long.getLong("conformance.seed", 20261201L));
    int count = Integer.getInteger("conformance.mutants", 3000);
    Map<Kind, int[]> outcomes = new EnumMap<>(Kind.class); // refused, accepted
    List<String> disagreements = new ArrayList<>();
    int laxEncodings = 0;
    for (int i = 0; i < count; i++) {
      Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
      String mutant = mutate(documents.get(random.nextInt(documents.size())), kind, random);
      byte[] bytes = mutant.getBytes(StandardCharsets.UTF_8);
      boolean conformant = woodstoxAccepts(bytes);
      ReadResult ours = reader.read("m.xml", bytes);
      List<Problem> refusals = ours.problems().stream()
          .filter(p -> NOT_WELL_FORMED.contains(p.rule())).toList();
      if (conformant && !refusals.isEmpty() && refusals.get(0).message().contains("encoding")) {
        // Woodstox is lax on encoding names ("UTF-8 ", "UTF_8"), which XML or the JDK refuse.
        laxEncodings++;
      } else if (conformant == !refusals.isEmpty()) {
        disagreements.add((conformant ? "Woodstox accepts, we refuse " + refusals
            : "Woodstox refuses, we accept " + ours.problems()) + ":\n" + mutant);
      } else if (!refusals.isEmpty()) {
        assertEquals(1, ours.problems().size(), ours.problems().toString());
        assertTrue(refusals.get(0).location().line() > 0, refusals.toString());
        assertEquals(List.of(), ours.objects());
      }
      outcomes.computeIfAbsent(kind, k -> new int[2])[conformant ? 1 : 0]++;
    }
    StringBuilder counts = new StringBuilder();
    outcomes.forEach((kind, n) -> counts.append(' ').append(kind).append(' ').append(n[0])
        .append('/').append(n[1]));
    System.out.printf("[conformance] %d mutants of %d own and %d registry documents, refused/accepted"
        + " by kind:%s; %d disagreements; %d encoding names only Woodstox takes%n", count, own,
        documents.size() - own, counts, disagreements.size(), laxEncodings);
    assertEquals(List.of(), disagreements.subList(0, Math.min(5, disagreements.size())));
    // Meaningful only if every kind of mutation gives both outcomes.
    for (Kind kind : Kind.values()) {
      int[] n = outcomes.get(kind);
      assertTrue(n != null && n[0] > 10 && n[1] > 10, kind + ": " + counts);
    }
  }

  private static final String[] DECLARATION_VERSIONS = {
    "1.0", "1.0", "1.1", "1&#46;0", "1.0 ", " 1.0", "2.0", "", "1.", "1.0&#32;",
  };
  private static final String[] DECLARATION_ENCODINGS = {
    null, "UTF-8", "UTF-8", "utf-8", "UTF&#45;8", "ISO-8859-1", "US-ASCII", "UTF-16", "bogus", "",
    "UTF-8 ", "UTF_8", "8UTF",
  };
  private static final String[] DECLARATION_STANDALONES = {
    null, null, "yes", "no", "&#121;es", "YES", "", "true",
  };

  /** A new XML declaration from pieces, sometimes in the wrong order or with odd spacing. */
  private static String declaration(Random random) {
    List<String> parts = new ArrayList<>();
    String quote = random.nextInt(4) == 0 ? "'" : "\"";
    if (random.nextInt(8) != 0) {
      parts.add("version=" + quote + pick(DECLARATION_VERSIONS, random) + quote);
    }
    String encoding = pick(DECLARATION_ENCODINGS, random);
    if (encoding != null) {
      parts.add("encoding=" + quote + encoding + quote);
    }
    String standalone = pick(DECLARATION_STANDALONES, random);
    if (standalone != null) {
      parts.add("standalone=" + quote + standalone + quote);
    }
    if (parts.size() > 1 && random.nextInt(8) == 0) {
      parts.add(parts.remove(0));
    }
    String space = random.nextInt(8) == 0 ? "\n" : random.nextInt(8) == 0 ? "" : " ";
    return "<?xml" + (parts.isEmpty() ? "" : " ") + String.join(space.isEmpty() ? " " : space, parts)
        + (random.nextInt(8) == 0 ? " " : "") + "?>";
  }

  private static final String[] PREFIXES = {
    "xsi", "xsi", "", "xml", "xmlns", "a:b", "XSI", "x-y", "1a", "_a", "a.b", "\u00e9", "a:", ":a",
  };
  private static final String[] NAMESPACE_URIS = {
    XSI_URI, XSI_URI, "", "&#104;ttp://www.w3.org/2001/XMLSchema-instance",
    "http://www.w3.org/XML/1998/namespace", "http://www.w3.org/2000/xmlns/", "urn:x",
  };
  private static final String[] EXTRA_DECLARATIONS = {
    "", "", " xmlns=\"urn:x\"", " xmlns=\"\"", " xmlns:xsi=\"" + XSI_URI + "\"", " xmlns:a=\"\"",
    " xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"", " b:c=\"d\"", " xml:lang=\"en\"",
  };

  /** The root's namespace declaration and schema location, with other prefixes and URIs. */
  private static String namespaces(String document, Random random) {
    String declared = pick(PREFIXES, random);
    String used = random.nextInt(3) == 0 ? pick(PREFIXES, random) : declared;
    String root = "<LWM2M xmlns" + (declared.isEmpty() && random.nextBoolean() ? "" : ":") + declared
        + "=\"" + pick(NAMESPACE_URIS, random) + "\"" + pick(EXTRA_DECLARATIONS, random)
        + " " + used + ":noNamespaceSchemaLocation=";
    String mutated = document.replaceFirst(
        "<LWM2M xmlns:xsi=\"[^\"]*\" xsi:noNamespaceSchemaLocation=", java.util.regex.Matcher.quoteReplacement(root));
    if (random.nextInt(4) == 0) {
      // A declaration on a nested element too.
      mutated = mutated.replaceFirst("<Resources>",
          "<Resources xmlns:" + pick(PREFIXES, random) + "=\"" + pick(NAMESPACE_URIS, random) + "\">");
    }
    return mutated;
  }

  /**
   * No character beyond the BMP: XML 1.0's fifth edition allows them in names, Woodstox follows
   * it, the JDK's parser follows the fourth edition (the own documents have one in a text).
   */
  private static final String[] SNIPPETS = {
    " ", "\r\n", "\r", "\t", "<!-- note -->", "<!-- a -- b -->", "&amp;", "&lt;", "&#x41;", "&#65;",
    "&#0;", "&#xD800;", "&bogus;", "&", "<", ">", "]]>", "<![CDATA[x < y]]>", "<![CDATA[", "\u0000",
    "\u0001", "\uFFFE", "\u00e9", "<?pi x?>", "<?xml version=\"1.0\"?>",
    "<!DOCTYPE LWM2M>", " xmlns=\"urn:x\"", " xmlns:p=\"urn:p\"", " xmlns:p=\"\"", " p:a=\"b\"",
    " a=\"b\"", " a=\"b\" a=\"c\"", " ID=\"1\"", "/", "--", "'", "\"", "<p:x/>", "<x:y xmlns:x=\"urn:x\"/>",
    "</Item>", "<Name>x</Name>",
  };

  static String mutate(String s, Kind kind, Random random) {
    int at = s.isEmpty() ? 0 : random.nextInt(s.length());
    switch (kind) {
      case DECLARATION:
        return s.startsWith("<?xml") ? declaration(random) + s.substring(s.indexOf("?>") + 2)
            : declaration(random) + "\n" + s;
      case NAMESPACE:
        return namespaces(s, random);
      case INSERTION:
        return s.substring(0, at) + pick(SNIPPETS, random) + s.substring(at);
      case DELETION:
        return s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(20)));
      default: {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        int l = random.nextInt(Math.max(1, lines.size() - 1));
        if (random.nextBoolean()) {
          lines.add(l, lines.get(l));
        } else if (l + 1 < lines.size()) {
          lines.add(l + 1, lines.remove(l));
        }
        return String.join("\n", lines);
      }
    }
  }

  private static String pick(String[] values, Random random) {
    return values[random.nextInt(values.length)];
  }
}
