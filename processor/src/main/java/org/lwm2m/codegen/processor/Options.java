package org.lwm2m.codegen.processor;

import java.io.File;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lwm2m.codegen.processor.validate.CommonResources;
import org.lwm2m.codegen.processor.validate.Rule;
import org.lwm2m.codegen.processor.write.Licenses;

/**
 * The processor's {@code -Alwm2m.*} options, parsed and checked in one place.
 *
 * <p>Every option is checked here, once, before anything is bound: a file an option names is read
 * here too, so a bad option is one error per build and never leaves part of an object written.
 *
 * @param licenseText the licence header {@code lwm2m.license} gives (read here when it names a
 *     file); null when the file could not be read (then {@link #problems()} says why)
 * @param commonResources the reusable resources of the Common.xml {@code lwm2m.registry} names,
 *     read once here; null when the option is absent or the file could not be read (then {@link
 *     #problems()} says why)
 */
public record Options(
    List<Path> modelFolders,
    boolean strict,
    Path registry,
    boolean lenientSchema,
    String license,
    String licenseText,
    Set<String> disabledRules,
    List<String> problems,
    CommonResources commonResources) {

  public static final String MODELS = "lwm2m.models";
  public static final String STRICT = "lwm2m.strict";
  public static final String REGISTRY = "lwm2m.registry";
  public static final String SCHEMA = "lwm2m.schema";
  public static final String LICENSE = "lwm2m.license";
  public static final String DISABLE = "lwm2m.disable";

  public static final Set<String> NAMES = Set.of(MODELS, STRICT, REGISTRY, SCHEMA, LICENSE, DISABLE);

  /** Parses the options; what is wrong goes to {@link #problems()} and the default is used. */
  public static Options parse(Map<String, String> raw) {
    List<String> problems = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    String models = raw.get(MODELS);
    if (models != null) {
      for (String part : models.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
        if (!part.isBlank()) {
          try {
            folders.add(Path.of(part.trim()));
          } catch (InvalidPathException e) {
            problems.add(MODELS + " holds a folder that is not a valid path: '" + part.trim().replace("\0", "\\0") + "'");
          }
        }
      }
    }
    boolean strict = bool(raw, STRICT, problems);
    String schema = raw.getOrDefault(SCHEMA, "strict").trim();
    if (!schema.equals("strict") && !schema.equals("lenient")) {
      problems.add(SCHEMA + " must be strict or lenient, not '" + schema + "'");
      schema = "strict";
    }
    String registry = raw.get(REGISTRY);
    Path registryPath = null;
    if (registry != null && !registry.isBlank()) {
      try {
        registryPath = Path.of(registry.trim());
      } catch (InvalidPathException e) {
        problems.add(REGISTRY + " is not a valid path: '" + registry + "'");
      }
    }
    CommonResources common = null;
    if (registryPath != null) {
      try {
        common = CommonResources.load(registryPath);
      } catch (CommonResources.LoadException e) {
        problems.add(REGISTRY + ": " + e.getMessage());
      }
    }
    String license = raw.getOrDefault(LICENSE, "BSD-3-Clause").trim();
    String licenseText = null;
    try {
      licenseText = Licenses.text(license);
    } catch (IOException | InvalidPathException e) {
      problems.add(LICENSE + ": cannot read the licence file '" + license + "' (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    Set<String> disabled = new TreeSet<>();
    String disable = raw.get(DISABLE);
    if (disable != null) {
      Arrays.stream(disable.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(disabled::add);
    }
    for (String id : disabled) {
      if (Rule.byId(id) == null) {
        problems.add(DISABLE + ": unknown rule id '" + id + "' (the README's rule table lists them)");
      }
    }
    return new Options(
        List.copyOf(folders),
        strict,
        registryPath,
        schema.equals("lenient"),
        license,
        licenseText,
        disabled,
        List.copyOf(problems),
        common);
  }

  private static boolean bool(Map<String, String> raw, String name, List<String> problems) {
    if (!raw.containsKey(name)) {
      return false;
    }
    String value = raw.get(name);
    if (value == null || value.isBlank()) {
      return true; // "-Alwm2m.strict" alone
    }
    if (value.trim().equalsIgnoreCase("true")) {
      return true;
    }
    if (!value.trim().equalsIgnoreCase("false")) {
      problems.add(name + " must be true or false, not '" + value + "'");
    }
    return false;
  }
}
