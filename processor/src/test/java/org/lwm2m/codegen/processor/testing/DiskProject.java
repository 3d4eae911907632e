package org.lwm2m.codegen.processor.testing;

import java.io.IOException;
import java.io.PrintWriter;
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
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.batch.Main;
import org.lwm2m.codegen.processor.LwM2mProcessor;

/**
 * A user's project on disk, laid out as Maven lays it out ({@code src/main/java}, {@code
 * src/main/resources}, {@code target/classes}, {@code target/generated-sources/annotations}), built
 * by the Eclipse compiler's batch front end in this JVM, or by javac, with the processor on the
 * processor path. An IDE-style incremental build passes only some sources and puts the class output
 * of the earlier build on the class path.
 */
public final class DiskProject {
  public final Path base;
  public final Path sources;
  public final Path resources;
  public final Path classes;
  public final Path generated;
  /** More class-path entries (jars the test made), before the test's own class path. */
  public final List<Path> classPath = new ArrayList<>();

  public DiskProject(Path base) throws IOException {
    this.base = base;
    this.sources = Files.createDirectories(base.resolve("src/main/java"));
    this.resources = Files.createDirectories(base.resolve("src/main/resources"));
    this.classes = Files.createDirectories(base.resolve("target/classes"));
    this.generated = Files.createDirectories(base.resolve("target/generated-sources/annotations"));
  }

  /** Writes a source file under {@code src/main/java}. */
  public Path source(String relative, String text) throws IOException {
    Path file = sources.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Writes a file under {@code src/main/resources}. */
  public Path resource(String relative, String text) throws IOException {
    Path file = resources.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Copies {@code src/main/resources} into {@code target/classes}, as Maven does before compiling. */
  public void copyResources() throws IOException {
    try (Stream<Path> s = Files.walk(resources)) {
      for (Path p : s.filter(Files::isRegularFile).collect(Collectors.toList())) {
        Path target = classes.resolve(resources.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** What a build printed, and whether it succeeded. */
  public record Result(boolean success, String output) {}

  /**
   * Compiles {@code files} with ecj's batch compiler. {@code -cp} comes before {@code
   * -processorpath}: the other order makes batch ecj take processors from the class path (ecj bug
   * 573833).
   */
  public Result ecj(List<Path> files, List<String> options, boolean classOutputOnClassPath) {
    List<String> args = new ArrayList<>(List.of(
        "--release", "11", "-encoding", "UTF-8", "-Xemacs", // one line per problem: file:line: error: message
        "-cp", classPath(classOutputOnClassPath),
        "-processorpath", System.getProperty("java.class.path"),
        "-processor", LwM2mProcessor.class.getName(),
        "-d", classes.toString(), "-s", generated.toString()));
    args.addAll(options);
    files.forEach(f -> args.add(f.toString()));
    StringWriter out = new StringWriter();
    boolean ok;
    try (PrintWriter w = new PrintWriter(out)) {
      ok = new Main(w, w, false, null, null).compile(args.toArray(new String[0]));
    }
    return new Result(ok, out.toString());
  }

  /** Compiles {@code files} with javac and the processor, on the same layout. */
  public Result javac(List<Path> files, List<String> options, boolean classOutputOnClassPath) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of(
        "--release", "11", "-encoding", "UTF-8", "-Xlint:-options",
        "-classpath", classPath(classOutputOnClassPath),
        "-d", classes.toString(), "-s", generated.toString()));
    args.addAll(options);
    DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(collected, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(out, fm, collected, args, null, fm.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new LwM2mProcessor()));
      boolean ok = task.call();
      String text = collected.getDiagnostics().stream()
          .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
      return new Result(ok, text + out);
    }
  }

  private String classPath(boolean withClassOutput) {
    List<String> entries = new ArrayList<>();
    if (withClassOutput) {
      entries.add(classes.toString());
    }
    classPath.forEach(p -> entries.add(p.toString()));
    entries.add(System.getProperty("java.class.path"));
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** Loads a class from the class output (a new loader each time: classes may have been rebuilt). */
  public Class<?> load(String name) throws ReflectiveOperationException {
    try {
      URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, DiskProject.class.getClassLoader());
      return Class.forName(name, true, loader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files under {@code target/generated-sources/annotations}, relative, sorted. */
  public List<String> generatedSources() throws IOException {
    try (Stream<Path> s = Files.walk(generated)) {
      return s.filter(Files::isRegularFile).map(p -> generated.relativize(p).toString()).sorted().collect(Collectors.toList());
    }
  }
}
