package org.lwm2m.codegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.GeneratedCode;

/**
 * Generated sources compile clean under the strictest checks a user's build may turn on: javac's
 * {@code -Xdoclint:all} finds no error in the Javadoc made from the object's own descriptions
 * (defect 5: {@code {@link X}}, an unclosed {@code {@code}, block tags and HTML in a description),
 * and {@code -Xlint:all} finds nothing at all (an object without writable resources once left an
 * unused field).
 */
class GeneratedSourceLintTest {
  private static final Pattern MISSING = Pattern.compile("no (comment|@param|@return|@throws)");

  /** Descriptions that javadoc would read as tags or markup. */
  private static final String[] TAG_TEXTS = {
    "See {@link NoSuchType} for details.",
    "An unclosed {@code tag and {@literal another",
    "@param nothing documented here",
    "Ends with @return and @throws Foo and {@inheritDoc}",
    "Markup <b>bold</b> <script> & &amp; &#xZZ; a < b > c",
  };

  @Test
  void doclintAndLintFindNothingInGeneratedSources(@TempDir Path work) throws Exception {
    Path models = Files.createDirectories(work.resolve("models"));
    Files.writeString(models.resolve("26301.xml"), object(26301, "Tagged Texts", "RW"));
    Files.writeString(models.resolve("26302.xml"), object(26302, "Read Only Texts", "R"));
    try (GeneratedCode code =
        GeneratedCode.compile(work, models, "com.acme.lint", List.of("26301.xml", "26302.xml"),
            List.of("-Xdoclint:all", "-Xlint:all"))) {
      List<Diagnostic<? extends JavaFileObject>> generated =
          code.diagnostics().stream()
              .filter(d -> d.getSource() != null && !d.getSource().getName().endsWith("package-info.java"))
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                  || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
              // doclint's "missing" group (no comment, no @param, no @return) is style, never an error
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || !MISSING.matcher(d.getMessage(Locale.ROOT)).lookingAt())
              .collect(Collectors.toList());
      assertTrue(code.success(), code.report());
      assertEquals("", generated.stream()
          .map(d -> d.getKind() + " " + d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n")));
    }
  }

  /** An object whose name, descriptions, units and ranges carry {@link #TAG_TEXTS}. */
  private static String object(int id, String name, String operations) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < TAG_TEXTS.length; i++) {
      String text = TAG_TEXTS[i].replace("&", "&amp;").replace("<", "&lt;");
      items.append("<Item ID=\"").append(i).append("\"><Name>Text ").append(i).append("</Name>")
          .append("<Operations>").append(operations).append("</Operations>")
          .append("<MultipleInstances>").append(i % 2 == 0 ? "Single" : "Multiple").append("</MultipleInstances>")
          .append("<Mandatory>").append(i == 0 ? "Mandatory" : "Optional").append("</Mandatory>")
          .append("<Type>String</Type><RangeEnumeration></RangeEnumeration>")
          .append("<Units>").append(i == 4 ? "@" : "").append("</Units>")
          .append("<Description>").append(text).append("</Description></Item>\n");
    }
    String described = String.join(" ", TAG_TEXTS).replace("&", "&amp;").replace("<", "&lt;");
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<LWM2M xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xsi:noNamespaceSchemaLocation=\"http://www.openmobilealliance.org/tech/profiles/LWM2M-v1_1.xsd\">\n"
        + "<Object ObjectType=\"MODefinition\"><Name>" + name + "</Name>\n"
        + "<Description1>" + described + "</Description1>\n"
        + "<ObjectID>" + id + "</ObjectID><ObjectURN>urn:oma:lwm2m:x:" + id + "</ObjectURN>\n"
        + "<LWM2MVersion>1.1</LWM2MVersion><ObjectVersion>1.0</ObjectVersion>\n"
        + "<MultipleInstances>Multiple</MultipleInstances><Mandatory>Optional</Mandatory>\n"
        + "<Resources>\n" + items + "</Resources>\n"
        + "<Description2>" + described + "</Description2>\n"
        + "</Object></LWM2M>\n";
  }
}
