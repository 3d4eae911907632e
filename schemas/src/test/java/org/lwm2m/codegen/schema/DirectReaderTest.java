package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass reader must be sound: whatever it accepts, the thorough read accepts without a
 * problem and bind to an equal result (texts, IDs, licence and every element position). It must
 * also be useful: it accepts the plainly written registry files.
 */
class DirectReaderTest {

  private final ObjectDefinitionReader reader = new ObjectDefinitionReader();

  /** The outcome of one document: whether the direct reader accepted it; fails on disagreement. */
  private boolean agree(String name, byte[] content) {
    DirectReader.Parsed direct = DirectReader.read(name, content);
    if (direct == null) {
      return false;
    }
    ReadResult thorough = reader.readThoroughly(name, content);
    assertEquals(List.of(), thorough.problems(), name + ": accepted directly, but the thorough read reports problems");
    List<ObjectDefinition> mapped = new DefinitionMapper(name).map(direct.root(), direct.schema(), direct.licence());
    assertEquals(thorough.objects(), mapped, name + ": the direct binding differs");
    assertEquals(new ReadResult(name, mapped, List.of()), reader.read(name, content), name);
    return true;
  }

  @Test
  void acceptsThePlainRegistryFilesAndBindsThemAsTheThoroughReadDoes() throws Exception {
    int files = 0;
    int clean = 0;
    int accepted = 0;
    for (Path file : Registry.files()) {
      byte[] content = Files.readAllBytes(file);
      files++;
      boolean isClean = reader.readThoroughly(Registry.label(file), content).problems().isEmpty();
      clean += isClean ? 1 : 0;
      accepted += agree(Registry.label(file), content) ? 1 : 0;
    }
    System.out.printf("[direct] registry: %d files, %d read cleanly by the thorough read, %d of them accepted directly%n",
        files, clean, accepted);
    // Useful: nearly every clean registry file takes the one-pass route.
    assertTrue(accepted >= clean * 0.95, accepted + " of " + clean + " clean files accepted directly");
  }

  /**
   * Mutated registry files (seeded): insertions of XML constructs and hostile characters, deletions,
   * duplicated and swapped lines, truncations. Every mutant the direct reader accepts must agree.
   */
  @Test
  void everyMutantItAcceptsTheThoroughReadAcceptsAlike() throws Exception {
    List<Path> files = Registry.files();
    Random random = new Random(Long.getLong("direct.seed", 20261125L));
    int cases = 0;
    int accepted = 0;
    int count = Integer.getInteger("direct.mutants", 4000);
    for (int i = 0; i < count; i++) {
      Path file = files.get(random.nextInt(files.size()));
      String mutant = mutate(Files.readString(file, StandardCharsets.UTF_8), random);
      cases++;
      accepted += agree(Registry.label(file) + "#" + i, mutant.getBytes(StandardCharsets.UTF_8)) ? 1 : 0;
    }
    System.out.printf("[direct] mutants: %d cases, %d accepted directly (each agreed with the thorough read)%n", cases, accepted);
    // Meaningful only if many mutants are still valid and take the direct route.
    assertTrue(accepted > cases / 10, accepted + " of " + cases);
  }

  private static final String[] SNIPPETS = {
    " ", "\r\n", "\r", "\t", "\n\n", "<!-- note -->", "<!-- a -- b -->", "&amp;", "&lt;", "&#x41;", "&#65;",
    "&#0;", "&#xD800;", "&bogus;", "&", "<", ">", "]]>", "<![CDATA[x < y]]>", "<![CDATA[", "\u0000", "\u0001",
    "\uFFFE", "\u00e9", "\ud83d\ude00", "\u2028", "<?pi x?>", "<!DOCTYPE LWM2M>", " xmlns=\"urn:x\"",
    " a=\"b\"", " ID=\"1\"", "/", "--", "'", "\"", "Single", " Single", "Multiple", "R", "RW", "Float",
    "Unsigned Integer", "Corelnk", "65535", "65536", "+1", "-0", "<Units/>", "<Units></Units>", "</Item>",
    "<Item ID=\"99\">", "<Name>x</Name>",
  };

  private static String mutate(String s, Random random) {
    int at = s.isEmpty() ? 0 : random.nextInt(s.length());
    switch (random.nextInt(6)) {
      case 0:
      case 1:
        return s.substring(0, at) + SNIPPETS[random.nextInt(SNIPPETS.length)] + s.substring(at);
      case 2:
        return s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(20)));
      case 3: {
        String[] lines = s.split("\n", -1);
        int l = random.nextInt(lines.length);
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(l, lines[l]);
        return String.join("\n", out);
      }
      case 4: {
        String[] lines = s.split("\n", -1);
        int l = random.nextInt(Math.max(1, lines.length - 1));
        if (l + 1 < lines.length) {
          String t = lines[l];
          lines[l] = lines[l + 1];
          lines[l + 1] = t;
        }
        return String.join("\n", lines);
      }
      default:
        // Whitespace in a place SAX reports positions for (shifts columns), or CR LF line ends.
        return random.nextBoolean() ? s.replace("\n", "\r\n") : s.substring(0, at) + "\t " + s.substring(at);
    }
  }

  /** Constructs the direct reader handles itself: each must give what the thorough read gives. */
  @ParameterizedTest
  @ValueSource(strings = {
    "<Name>A &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#x41;&#66; \u00e9 \ud83d\ude00</Name>",
    "<Name><![CDATA[<raw> & ]]>text<![CDATA[]]></Name>",
    "<Name>line one\r\nline two\nline three</Name>",
    "<!-- before --><Name>x</Name><!-- after -->",
    "<Name\n>spaced</Name\n>",
    "<Name>   </Name>",
    "<Name/>",
  })
  void acceptsAndAgreesOn(String name) {
    String doc = Ddf.document(Ddf.V11, Ddf.object(32000, "", Ddf.item(1, "Level", "RW", "Integer")).replace("<Name>Test Object</Name>", name));
    assertTrue(agree("case.xml", doc.getBytes(StandardCharsets.UTF_8)), "declined: " + name);
  }

  @Test
  void acceptsABomCrLfSingleQuotesAndAnEmptyUnitsElement() {
    String doc = Ddf.document(Ddf.V10, Ddf.object(32000, "", Ddf.item(1, "Level", "RW", "Integer")))
        .replaceAll("<Units>[^<]*</Units>", "<Units/>")
        .replace("\"MODefinition\"", "'MODefinition'").replace("\n", "\r\n");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = doc.getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, content, 0, 3);
    System.arraycopy(body, 0, content, 3, body.length);
    assertTrue(agree("bom.xml", content), doc);
  }

  /** Declined: the thorough read reads these (and reports the invalid ones). */
  @ParameterizedTest
  @ValueSource(strings = {
    "<!DOCTYPE LWM2M>", "<?pi?>", "encoding=\"ISO-8859-1\"", "xmlns=\"urn:x\"", "<Extra/>", "bad-enum",
    "cdata-end", "nul-ref", "no-version", "empty-declaration",
  })
  void declines(String what) {
    String doc = Ddf.document(Ddf.V11, Ddf.object(32000, "", Ddf.item(1, "Level", "RW", "Integer")));
    doc = switch (what) {
      case "<!DOCTYPE LWM2M>" -> doc.replace("<!-- Licence", "<!DOCTYPE LWM2M>\n<!-- Licence");
      case "<?pi?>" -> doc.replace("<!-- Licence", "<?pi?>\n<!-- Licence");
      case "encoding=\"ISO-8859-1\"" -> doc.replace("UTF-8", "ISO-8859-1");
      case "xmlns=\"urn:x\"" -> doc.replace("<LWM2M ", "<LWM2M xmlns=\"urn:x\" ");
      case "<Extra/>" -> doc.replace("<Description2>", "<Extra/><Description2>");
      case "bad-enum" -> doc.replace("<Mandatory>Optional</Mandatory>", "<Mandatory> Optional</Mandatory>");
      case "cdata-end" -> doc.replace("A test object.", "a ]]> b");
      case "no-version" -> doc.replace("<?xml version=\"1.0\" encoding", "<?xml encoding");
      case "empty-declaration" -> doc.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml?>");
      default -> doc.replace("A test object.", "a &#0; b");
    };
    byte[] content = doc.getBytes(StandardCharsets.UTF_8);
    assertNull(DirectReader.read("declined.xml", content), what);
    // Declining loses nothing: the valid ones still read cleanly, the invalid ones report why.
    ReadResult result = reader.read("declined.xml", content);
    boolean valid = what.equals("<?pi?>") || what.startsWith("encoding=");
    assertEquals(valid, result.problems().isEmpty(), what + ": " + result.problems());
    if (valid) {
      assertEquals(1, result.objects().size(), what);
    }
  }
}
