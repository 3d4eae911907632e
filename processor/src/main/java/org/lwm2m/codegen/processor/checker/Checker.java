package org.lwm2m.codegen.processor.checker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lwm2m.codegen.processor.validate.CommonResources;
import org.lwm2m.codegen.processor.validate.Diagnostics;
import org.lwm2m.codegen.processor.validate.Message;
import org.lwm2m.codegen.processor.validate.ObjectValidator;
import org.lwm2m.codegen.processor.validate.Rule;
import org.lwm2m.codegen.schema.Location;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ObjectDefinitionReader;
import org.lwm2m.codegen.schema.Problem;
import org.lwm2m.codegen.schema.ReadResult;
import org.lwm2m.codegen.schema.ReaderOptions;
import org.lwm2m.codegen.schema.Severity;

/**
 * The command-line checker: the processor's rules for object XML kept outside a Java build.
 *
 * <pre>
 * java -jar lwm2m-codegen-processor-VERSION-checker.jar check [options] FILE|FOLDER...
 * </pre>
 *
 * <p>A folder stands for the {@code *.xml} files directly in it (as in {@code @LwM2mModels}). One
 * line per problem, {@code file:line:column: severity: [rule] message}, in file order and, within
 * a file, in line order; then {@code N files, N objects, N errors, N warnings}. Exit status 1 when
 * there is an error, 2 for a usage error, 0 otherwise. All files given are one build: the same
 * object ID and version twice is an error ({@code duplicate-object}), and the reusable-resource
 * note is given once.
 *
 * <p>{@link #check(List)} is the same thing as an API, for tests and tools.
 */
public final class Checker {
  static final String USAGE =
      String.join(
          "\n",
          "usage: check [options] FILE|FOLDER...",
          "       rules",
          "",
          "Checks LwM2M object definition XML (DDF files) against every rule of lwm2m-codegen.",
          "A FOLDER stands for the *.xml files directly in it.",
          "",
          "options:",
          "  --strict           warnings become errors",
          "  --lenient          accept files whose only schema problems are element order or the",
          "                     declared schema version (reported as warnings)",
          "  --registry PATH    the OMA registry's Common.xml (or a folder holding it): check",
          "                     reusable resources (IDs 2048-26240) against it",
          "  --disable IDS      comma-separated rule ids to silence (see: rules)",
          "  --help             this text",
          "",
          "'rules' lists every rule id with its default severity.",
          "Exit status: 1 when there is an error, 2 for a usage error, 0 otherwise.");

  /** How to check: the checker's options, the same as the processor's {@code lwm2m.*} options. */
  public record Settings(boolean strict, boolean lenient, Path registry, Set<String> disabled) {
    public Settings {
      disabled = Set.copyOf(disabled);
    }

    public static Settings defaults() {
      return new Settings(false, false, null, Set.of());
    }
  }

  /** What one run found. {@code problems} are after the options (disabled rules, strict mode). */
  public record Result(int files, int objects, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public long errors() {
      return count(Severity.ERROR);
    }

    public long warnings() {
      return count(Severity.WARNING);
    }

    private long count(Severity s) {
      return problems.stream().filter(p -> p.severity() == s).count();
    }

    /** {@code N files, N objects, N errors, N warnings}. */
    public String summary() {
      return files + " files, " + objects + " objects, " + errors() + " errors, " + warnings() + " warnings";
    }

    /** The process exit status: 1 with errors, else 0. */
    public int exitStatus() {
      return errors() > 0 ? 1 : 0;
    }
  }

  /** Wrong arguments: the message says what, and the exit status is 2. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  private static final Comparator<Problem> BY_POSITION =
      Comparator.comparingInt((Problem p) -> p.location().line())
          .thenComparingInt(p -> p.location().column());

  private final Settings settings;
  private final CommonResources common;
  private final ObjectDefinitionReader reader;

  private Checker(Settings settings, CommonResources common) {
    this.settings = settings;
    this.common = common;
    this.reader =
        new ObjectDefinitionReader(
            new ReaderOptions(settings.lenient(), ReaderOptions.DEFAULT_MAX_BYTES));
  }

  /**
   * A checker for {@code settings}.
   *
   * @throws UsageException when a disabled rule id is unknown or the registry cannot be read
   */
  public static Checker create(Settings settings) throws UsageException {
    Objects.requireNonNull(settings, "settings");
    for (String id : settings.disabled()) {
      if (Rule.byId(id) == null) {
        throw new UsageException("unknown rule id '" + id + "' in --disable (see: rules)");
      }
    }
    CommonResources common = null;
    if (settings.registry() != null) {
      try {
        common = CommonResources.load(settings.registry());
      } catch (CommonResources.LoadException e) {
        throw new UsageException("--registry: " + e.getMessage());
      }
    }
    return new Checker(settings, common);
  }

  /** Checks every file and folder in {@code paths} as one build. Never throws for bad input. */
  public Result check(List<Path> paths) {
    Diagnostics diagnostics = new Diagnostics(settings.strict(), settings.disabled());
    ObjectValidator validator = new ObjectValidator(common, settings.lenient());
    List<Problem> all = new ArrayList<>();
    int files = 0;
    int objects = 0;
    for (Path path : paths) {
      for (Path file : expand(path, diagnostics, all)) {
        files++;
        Diagnostics found = new Diagnostics(settings.strict(), settings.disabled());
        ReadResult result;
        try {
          result = reader.read(file);
        } catch (RuntimeException e) {
          // The reader never throws for bad input: this is a bug, reported like the processor does.
          found.report(Rule.INTERNAL, Location.of(file.toString()), "the checker failed on this file: " + e);
          all.addAll(found.problems());
          continue;
        }
        result.problems().forEach(found::add);
        for (ObjectDefinition object : result.objects()) {
          objects++;
          try {
            validator.validate(object, found);
          } catch (RuntimeException e) {
            found.report(Rule.INTERNAL, object.location(), "the checker failed on this object: " + e);
          }
        }
        List<Problem> sorted = new ArrayList<>(found.problems());
        sorted.sort(BY_POSITION);
        all.addAll(sorted);
      }
    }
    return new Result(files, objects, all);
  }

  /** The files {@code path} stands for; a problem (and no file) when there is none. */
  private static List<Path> expand(Path path, Diagnostics diagnostics, List<Problem> all) {
    Location at = Location.of(path.toString());
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    Diagnostics found = new Diagnostics(false, Set.of());
    List<Path> files = List.of();
    if (!Files.isDirectory(path)) {
      found.report(Rule.MODEL_FILE, at, "'" + path + "' was not found");
    } else {
      try (Stream<Path> s = Files.list(path)) {
        files =
            s.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p))
                .sorted()
                .collect(Collectors.toList());
      } catch (IOException | SecurityException e) {
        found.report(Rule.MODEL_FILE, at, "cannot list folder '" + path + "': " + e);
      }
      if (files.isEmpty() && found.problems().isEmpty()) {
        found.report(Message.FOLDER_EMPTY, at, path);
      }
    }
    for (Problem p : found.problems()) {
      Problem kept = diagnostics.add(p);
      if (kept != null) {
        all.add(kept);
      }
    }
    return files;
  }

  // ---- command line ----

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length == 0) {
        throw new UsageException("no command");
      }
      switch (args[0]) {
        case "check":
          return check(args, out);
        case "rules":
          printRules(out);
          return 0;
        case "--help":
        case "-h":
        case "help":
          out.println(USAGE);
          return 0;
        default:
          throw new UsageException("unknown command '" + args[0] + "'");
      }
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
  }

  private static int check(String[] args, PrintStream out) throws UsageException {
    boolean strict = false;
    boolean lenient = false;
    Path registry = null;
    Set<String> disabled = new TreeSet<>();
    List<Path> paths = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        value = a.substring(eq + 1);
        a = a.substring(0, eq);
      }
      switch (a) {
        case "--strict":
          strict = noValue(a, value);
          break;
        case "--lenient":
          lenient = noValue(a, value);
          break;
        case "--registry":
          if (value == null) {
            value = next(args, ++i, a);
          }
          registry = path(value);
          break;
        case "--disable":
          if (value == null) {
            value = next(args, ++i, a);
          }
          for (String id : value.split(",")) {
            if (!id.isBlank()) {
              disabled.add(id.strip());
            }
          }
          break;
        case "--help":
        case "-h":
          out.println(USAGE);
          return 0;
        case "--":
          for (i++; i < args.length; i++) {
            paths.add(path(args[i]));
          }
          break;
        default:
          if (a.startsWith("-")) {
            throw new UsageException("unknown option '" + args[i] + "'");
          }
          paths.add(path(a));
      }
    }
    if (paths.isEmpty()) {
      throw new UsageException("no FILE or FOLDER to check");
    }
    Checker checker = create(new Settings(strict, lenient, registry, disabled));
    Result result = checker.check(paths);
    for (Problem p : result.problems()) {
      out.println(p);
    }
    out.println(result.summary());
    return result.exitStatus();
  }

  private static boolean noValue(String option, String value) throws UsageException {
    if (value != null) {
      throw new UsageException(option + " takes no value");
    }
    return true;
  }

  private static String next(String[] args, int i, String option) throws UsageException {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static Path path(String s) throws UsageException {
    try {
      return Path.of(s);
    } catch (InvalidPathException e) {
      throw new UsageException("not a valid path: '" + s + "'");
    }
  }

  private static void printRules(PrintStream out) {
    for (Rule r : Rule.values()) {
      out.println(
          r.id() + "\t" + r.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT) + "\t" + r.summary());
    }
  }
}
