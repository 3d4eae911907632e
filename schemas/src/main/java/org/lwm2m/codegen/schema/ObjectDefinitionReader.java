package org.lwm2m.codegen.schema;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import javax.xml.validation.ValidatorHandler;

/**
 * Reads object definition XML (DDF files) into {@link ObjectDefinition}s, securely, validating
 * against the schema the file names and reporting every problem with its line and column. Never
 * throws for bad input. Thread-safe and reusable: the schemas and the JAXB context are compiled
 * once per JVM and shared, and each reader keeps its idle validator handlers and unmarshallers.
 *
 * <p>Every file is read in one parse by the JDK's SAX parser, securely configured ({@link
 * SecureXml}), which feeds a well-formedness scan (DOCTYPE, depth, licence comment, declared
 * schema), then schema validation collecting every error, then JAXB binding with element
 * locations. What the parser refuses as not well-formed XML (namespaces included) is refused here.
 */
public final class ObjectDefinitionReader {

  private static final Comparator<Problem> BY_POSITION =
      Comparator.comparingInt((Problem p) -> p.location().line())
          .thenComparingInt(p -> p.location().column());

  private final ReaderOptions options;
  /** Validator handlers per schema and unmarshallers, reused by the reads of this reader. */
  private final Map<SchemaVersion, Pool<ValidatorHandler>> validatorHandlers = new EnumMap<>(SchemaVersion.class);
  private final Pool<Unmarshaller> unmarshallers = new Pool<>(() -> {
    try {
      return JaxbBinding.newUnmarshaller();
    } catch (JAXBException e) {
      throw new IllegalStateException("cannot create an unmarshaller", e);
    }
  });

  /** A strict reader with a 4 MiB limit. */
  public ObjectDefinitionReader() {
    this(ReaderOptions.defaults());
  }

  public ObjectDefinitionReader(ReaderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    for (SchemaVersion version : SchemaVersion.values()) {
      validatorHandlers.put(version, new Pool<>(() -> ValidatingBinder.newValidatorHandler(version)));
    }
  }

  public ReaderOptions options() {
    return options;
  }

  /**
   * Starts creating the JAXB context on another thread and returns: the first read then waits for
   * it only while it compiles its schema, instead of doing one after the other (in a fresh JVM
   * about 100 ms and 45 ms). Call it when reads are about to come; a failure shows in the read.
   */
  public void prepare() {
    ForkJoinPool.commonPool().execute(() -> {
      try {
        JaxbBinding.context();
      } catch (JAXBException | RuntimeException e) {
        // the first read creates the context again and reports why it cannot
      }
    });
  }

  /** Reads {@code file}; every Location names it as given ({@code file.toString()}). */
  public ReadResult read(Path file) {
    String name = file.toString();
    byte[] content;
    try {
      if (Files.size(file) > options.maxBytes()) {
        return tooLarge(name);
      }
      content = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      return new ReadResult(name, List.of(), List.of(
          Problem.error(SchemaRules.IO, Location.of(name), "cannot read the file: " + e)));
    }
    return read(name, content);
  }

  /**
   * Reads {@code content} (a whole document, any encoding XML allows, BOM or not).
   *
   * @param fileName the name used in every {@link Location}
   */
  public ReadResult read(String fileName, byte[] content) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
    if (content.length > options.maxBytes()) {
      return tooLarge(fileName);
    }
    List<Problem> problems = new ArrayList<>();
    List<ObjectDefinition> objects = List.of();
    ValidatingBinder binder = new ValidatingBinder(fileName, validatorHandlers, unmarshallers);
    DocumentScanner scan = DocumentScanner.scan(fileName, content, problems, binder);
    XmlLwm2m root = scan == null ? null : binder.root();
    binder.release(scan != null);
    if (scan != null) {
      SchemaVersion declared = SchemaVersion.fromLocation(scan.schemaLocation());
      if (declared == null) {
        problems.add(Problem.error(SchemaRules.SCHEMA_LOCATION, scan.rootLocation(),
            schemaLocationMessage(scan.schemaLocation())));
      }
      List<Problem> schemaProblems = binder.problems();
      if (binder.bindingFailure() != null) {
        problems.add(Problem.error(SchemaRules.XML, scan.rootLocation(),
            "cannot bind the document: " + binder.bindingFailure()));
      }
      if (options.lenient() && root != null && hasErrors(schemaProblems)
          && repairable(scan, root, fileName)) {
        schemaProblems = downgrade(schemaProblems);
      }
      problems.addAll(schemaProblems);
      if (root != null) {
        objects = new DefinitionMapper(fileName).map(root, declared, scan.licence());
      }
    }
    problems.sort(BY_POSITION);
    return new ReadResult(fileName, objects, problems);
  }

  /**
   * Whether lenient mode accepts the document: its structure is one reordering can fix, and
   * written back in schema order (with empty elements for missing RangeEnumeration, Units and
   * Description) it is valid against LWM2M-v1_1.xsd, whatever schema it declares.
   */
  private boolean repairable(DocumentScanner scan, XmlLwm2m root, String fileName) {
    if (scan.repairBlocker() != null) {
      return false;
    }
    byte[] canonical = CanonicalForm.write(root).getBytes(StandardCharsets.UTF_8);
    // Rare (lenient mode, a file with schema errors): a validator of its own is fine.
    return SchemaValidation.validate(SchemaVersion.V1_1, fileName, canonical).isEmpty();
  }

  private static List<Problem> downgrade(List<Problem> problems) {
    List<Problem> result = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      result.add(p.isError() && SchemaRules.SCHEMA.equals(p.rule())
          ? Problem.warning(SchemaRules.SCHEMA_LENIENT, p.location(),
              p.message() + " (accepted leniently: only element order, the declared schema "
                  + "version or missing RangeEnumeration/Units/Description are wrong)")
          : p);
    }
    return result;
  }

  private static boolean hasErrors(List<Problem> problems) {
    return problems.stream().anyMatch(Problem::isError);
  }

  private static String schemaLocationMessage(String location) {
    String expected = "expected xsi:noNamespaceSchemaLocation naming "
        + SchemaVersion.V1_0.fileName() + " or " + SchemaVersion.V1_1.fileName()
        + "; validated against " + SchemaVersion.V1_1.fileName();
    return location == null
        ? "the LWM2M element has no xsi:noNamespaceSchemaLocation: " + expected
        : "unknown schema '" + location + "': " + expected;
  }

  private ReadResult tooLarge(String fileName) {
    return new ReadResult(fileName, List.of(), List.of(Problem.error(SchemaRules.XML_TOO_LARGE,
        Location.of(fileName), "larger than " + options.maxBytes() + " bytes; not read")));
  }
}
