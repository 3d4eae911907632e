package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.leshan.core.model.ObjectModel;
import org.junit.jupiter.api.Test;

/** Every registry file, strict and lenient, against Leshan's validating parser. */
class RegistryReadTest {

  @Test
  void readsTheRegistryLikeLeshan() throws Exception {
    ObjectDefinitionReader strict = new ObjectDefinitionReader();
    ObjectDefinitionReader lenient = new ObjectDefinitionReader(ReaderOptions.lenientDefaults());
    int files = 0;
    int acceptedStrict = 0;
    int acceptedLenient = 0;
    int rejected = 0;
    int leshanAccepted = 0;
    List<String> failures = new ArrayList<>();
    List<String> lenientOnly = new ArrayList<>();
    List<String> rejectedFiles = new ArrayList<>();
    List<String> leshanRejects = new ArrayList<>();
    int withLicence = 0;

    for (Path file : Registry.files()) {
      files++;
      String label = Registry.label(file);
      byte[] content = Files.readAllBytes(file);
      ReadResult s = strict.read(label, content);
      ReadResult l = lenient.read(label, content);
      if (!s.hasErrors()) {
        acceptedStrict++;
        if (l.hasErrors() || !l.problems().equals(s.problems())) {
          failures.add(label + ": lenient differs from strict on a valid file");
        }
      } else if (!l.hasErrors()) {
        acceptedLenient++;
        lenientOnly.add(label);
      } else {
        rejected++;
        rejectedFiles.add(label + " " + firstError(l));
      }
      if (s.objects().isEmpty() && !s.hasErrors()) {
        failures.add(label + ": no objects and no error");
      }
      if (!s.objects().isEmpty() && s.objects().get(0).license() != null) {
        withLicence++;
      }

      List<ObjectModel> models = Leshan.parse(label, content);
      if (models != null) {
        leshanAccepted++;
        if (s.hasErrors()) {
          failures.add(label + ": Leshan accepts, we report " + s.problems());
        }
        List<String> diffs = Leshan.compare(s.objects(), models);
        if (!diffs.isEmpty()) {
          failures.add(label + ": differs from Leshan: " + diffs);
        }
      } else if (!s.hasErrors()) {
        leshanRejects.add(label);
      }
    }

    System.out.printf("Registry: %d files read, %d accepted strict, %d accepted only when lenient, "
        + "%d rejected; Leshan's validating parser accepts %d; %d with a licence comment%n",
        files, acceptedStrict, acceptedLenient, rejected, leshanAccepted, withLicence);
    System.out.println("  accepted only when lenient: " + lenientOnly);
    System.out.println("  schema-valid but rejected by Leshan's parser: " + leshanRejects);
    rejectedFiles.forEach(f -> System.out.println("  rejected: " + f));
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n",
        failures.subList(0, Math.min(20, failures.size()))));
  }

  private static String firstError(ReadResult result) {
    return result.problems().stream().filter(Problem::isError).findFirst()
        .map(Problem::toString).orElse("");
  }
}
