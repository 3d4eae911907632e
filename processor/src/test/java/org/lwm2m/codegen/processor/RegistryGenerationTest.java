package org.lwm2m.codegen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.eclipse.leshan.core.model.ObjectModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.LeshanModels;
import org.lwm2m.codegen.processor.testing.Registry;

/**
 * Binds each folder of the shared registry sample into one package (the version history holds
 * several versions of one object, and objects share names), compiles the result, and checks every
 * file: either its generated {@code MODEL} equals Leshan's reading of the file, field by field, or
 * the processor rejected it with an error naming the file, line, column and rule. Every file
 * Leshan's validating parser accepts must be generated.
 */
class RegistryGenerationTest {
  private static final Pattern FROM = Pattern.compile("from (\\S+\\.xml)\\. Do not edit");
  private static final Pattern LOCATED_ERROR = Pattern.compile("^([^:\\s]+\\.xml):(\\d+):(\\d+): \\[([a-z0-9-]+)\\] (.*)$", Pattern.DOTALL);

  @ParameterizedTest(name = "{0} with lwm2m.schema={1}")
  @CsvSource({"objects, strict", "objects, lenient", "version_history, strict", "version_history, lenient"})
  void everyFileIsGeneratedLikeLeshanReadsItOrRejectedWithALocation(String folder, String schemaMode, @org.junit.jupiter.api.io.TempDir Path work)
      throws Exception {
    Path registry = Registry.folder();
    List<Path> files;
    try (Stream<Path> s = Files.list(registry.resolve(folder))) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
    }
    String pkg = "org.omna." + folder.replace("_", "");
    Map<String, String> rejected = new TreeMap<>();
    try (GeneratedCode all =
        GeneratedCode.compile(work.resolve("all"), registry, pkg, List.of(folder + "/"), List.of("-Alwm2m.schema=" + schemaMode))) {
      for (String message : all.messages(Diagnostic.Kind.ERROR)) {
        Matcher m = LOCATED_ERROR.matcher(message);
        assertTrue(m.matches(), "every error names file:line:column and the rule: " + message);
        // Diagnostics name the absolute path read; the entry is its name under the registry folder.
        String entry = registry.toAbsolutePath().normalize().relativize(Path.of(m.group(1))).toString();
        rejected.putIfAbsent(entry, "[" + m.group(4) + "] line " + m.group(2) + ": " + m.group(5).replace('\n', ' '));
      }
      assertEquals(rejected.isEmpty(), all.success(), all.report());
    }
    // javac writes no class when the processor reports an error: bind the accepted files alone.
    List<String> accepted =
        files.stream().map(f -> folder + "/" + f.getFileName()).filter(e -> !rejected.containsKey(e)).collect(Collectors.toList());
    try (GeneratedCode code =
        GeneratedCode.compile(work.resolve("accepted"), registry, pkg, accepted, List.of("-Alwm2m.schema=" + schemaMode))) {
      assertTrue(code.success(), code.report());
      Map<String, String> generated = modelClasses(code);
      int leshanAccepts = 0;
      int comparedWithTrustingLeshan = 0;
      for (Path file : files) {
        String entry = folder + "/" + file.getFileName();
        List<ObjectModel> leshan = LeshanModels.parseValidating(file);
        if (leshan != null) {
          leshanAccepts++;
          assertTrue(generated.containsKey(entry), entry + " is accepted by Leshan but was not generated: " + rejected.get(entry));
        }
        if (generated.containsKey(entry)) {
          assertTrue(!rejected.containsKey(entry), entry + " was generated and rejected");
          if (leshan == null) {
            leshan = LeshanModels.parseTrusting(file);
            comparedWithTrustingLeshan++;
          }
          ObjectModel model = (ObjectModel) code.load(pkg + "." + generated.get(entry)).getField("MODEL").get(null);
          assertEquals(1, leshan.size(), entry);
          LeshanModels.assertSameModel(leshan.get(0), model, entry);
        } else {
          assertTrue(rejected.containsKey(entry), entry + " was neither generated nor rejected");
        }
      }
      System.out.printf(
          "%s (%s): %d files, %d generated (MODEL equals Leshan's; %d of them compared with Leshan's trusting parser"
              + " because its validating parser rejects them), %d rejected, Leshan accepts %d, %d warnings%n",
          folder, schemaMode, files.size(), generated.size(), comparedWithTrustingLeshan, rejected.size(), leshanAccepts,
          code.messages(Diagnostic.Kind.WARNING).size());
      rejected.forEach((file, why) -> System.out.println("  rejected " + file + " " + why));
      assertEquals(files.size(), generated.size() + rejected.size());
    }
  }

  /** Generated model class name by the registry file it came from (read from the generated header). */
  private static Map<String, String> modelClasses(GeneratedCode code) throws Exception {
    Map<String, String> result = new TreeMap<>();
    for (Path p : code.generatedSources()) {
      String name = p.getFileName().toString();
      if (name.endsWith("Model.java")) {
        Matcher m = FROM.matcher(code.source(p.toString()));
        if (m.find()) {
          result.put(m.group(1), name.substring(0, name.length() - ".java".length()));
        }
      }
    }
    return result;
  }
}
