package org.lwm2m.codegen.processor.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.lwm2m.codegen.processor.LwM2mProcessor;

/**
 * Runs the processor as javac does in a real build (files on disk, {@code --release 11} as device
 * code), then loads what it generated. For tests that use the generated classes.
 */
public final class GeneratedCode implements AutoCloseable {
  private final boolean success;
  private final List<Diagnostic<? extends JavaFileObject>> diagnostics;
  private final Path sources;
  private final URLClassLoader loader;
  private final String output;
  private final Path classes;

  private GeneratedCode(
      boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path sources, Path classes, String output) {
    this.success = success;
    this.diagnostics = diagnostics;
    this.sources = sources;
    this.output = output;
    this.classes = classes;
    try {
      this.loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedCode.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles a {@code package-info.java} binding {@code entries} into {@code packageName}, looking
   * them up in {@code modelsFolder}, plus any extra sources, in a new folder under {@code work}.
   */
  public static GeneratedCode compile(
      Path work, Path modelsFolder, String packageName, List<String> entries, List<String> options, String... extraSources)
      throws IOException {
    Path src = Files.createDirectories(work.resolve("src"));
    Path gen = Files.createDirectories(work.resolve("generated"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path pkgDir = Files.createDirectories(src.resolve(packageName.replace('.', '/')));
    String quoted = entries.stream().map(e -> '"' + e.replace("\\", "\\\\") + '"').collect(Collectors.joining(", "));
    Files.writeString(
        pkgDir.resolve("package-info.java"),
        "@org.lwm2m.codegen.annotations.LwM2mModels({" + quoted + "})\npackage " + packageName + ";\n");
    List<Path> files = new ArrayList<>();
    files.add(pkgDir.resolve("package-info.java"));
    for (int i = 0; i < extraSources.length; i++) {
      // A file named after its first public type, as javac wants it.
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("public\\s+(?:final\\s+|abstract\\s+)*(?:class|interface|enum|record)\\s+(\\w+)").matcher(extraSources[i]);
      Path extra = pkgDir.resolve((m.find() ? m.group(1) : "Extra" + i) + ".java");
      Files.writeString(extra, extraSources[i]);
      files.add(extra);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
    List<String> args = new ArrayList<>(List.of(
        "--release", "11", "-proc:full", "-d", classes.toString(), "-s", gen.toString(),
        "-classpath", System.getProperty("java.class.path"), "-Xlint:-options", "-Xmaxerrs", "10000",
        "-Alwm2m.models=" + modelsFolder));
    args.addAll(options);
    if (Runtime.version().feature() < 21) {
      args.remove("-proc:full"); // javac 17 has no -proc:full; it runs processors by default
    }
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(collected, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(out, fm, collected, args, null, fm.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new LwM2mProcessor()));
      boolean ok = task.call();
      return new GeneratedCode(ok, new ArrayList<>(collected.getDiagnostics()), gen, classes, out.toString());
    }
  }

  public boolean success() {
    return success;
  }

  public List<Diagnostic<? extends JavaFileObject>> diagnostics() {
    return diagnostics;
  }

  /** The messages of the diagnostics of {@code kind}. */
  public List<String> messages(Diagnostic.Kind kind) {
    return diagnostics.stream().filter(d -> d.getKind() == kind).map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
  }

  /** Everything javac said, for assertion messages. */
  public String report() {
    return diagnostics.stream()
            .map(d -> d.getKind() + ": " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n"))
        + output;
  }

  public Class<?> load(String qualifiedName) throws ClassNotFoundException {
    return Class.forName(qualifiedName, true, loader);
  }

  /** The class output folder (classes and resources the processor wrote). */
  public Path classOutput() {
    return classes;
  }

  public ClassLoader loader() {
    return loader;
  }

  /** The generated source files, relative to the generated sources folder. */
  public List<Path> generatedSources() throws IOException {
    try (Stream<Path> s = Files.walk(sources)) {
      return s.filter(p -> p.toString().endsWith(".java")).map(sources::relativize).sorted().collect(Collectors.toList());
    }
  }

  public String source(String relativePath) throws IOException {
    return Files.readString(sources.resolve(relativePath));
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
