package org.lwm2m.codegen.processor.robustness;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.lwm2m.codegen.processor.testing.GeneratedCode;

/**
 * One run of the processor over model files, in two javac steps so that every kind of problem is
 * seen whatever else goes wrong:
 *
 * <ol>
 *   <li>{@link GeneratedCode#compile} with {@code -proc:only}: the real processor in real javac;
 *       its diagnostics (on the {@code package-info.java}) and any javac complaint about a
 *       generated file while it is parsed between rounds;
 *   <li>the generated sources alone, compiled with {@code -proc:none}: any error here is an error
 *       in generated code (javac stops before attribution after a processor error, so a single
 *       compilation would hide errors in the sources generated for the valid files of a run that
 *       also rejects some).
 * </ol>
 *
 * A javac crash (an exception out of the compiler) is caught and kept, never thrown.
 */
final class ProcessorRun implements AutoCloseable {
  /** {@code file.xml:line:column: [rule] message}, the processor's form (line and column optional). */
  static final Pattern LOCATED = Pattern.compile("^(?<file>[^\\n]+?\\.xml)(?::(?<line>\\d+)(?::(?<col>\\d+))?)?: \\[(?<rule>[a-z0-9-]+)\\] ", Pattern.DOTALL);

  /** A qualified exception or error class name, as a stack trace or {@code e.toString()} prints. */
  private static final Pattern QUALIFIED_THROWABLE = Pattern.compile("\\b[a-z][\\w$]*(?:\\.[\\w$]+)+(?:Exception|Error)\\b");

  final Path work;
  final Path generated;
  final Path classes;
  /** The processor's diagnostics and javac's on files that are not generated (step 1). */
  final List<Diagnostic<? extends JavaFileObject>> processorDiagnostics = new ArrayList<>();
  /** Errors javac reported inside generated sources (steps 1 and 2). */
  final List<Diagnostic<? extends JavaFileObject>> generatedErrors = new ArrayList<>();
  /** javac's own printed output of both steps (crash reports land here). */
  final StringBuilder output = new StringBuilder();
  /** An exception out of javac, or null. */
  Throwable crash;
  /** Whether the generated sources compiled (true when there were none). */
  boolean generatedCompiled = true;
  long processMillis;
  long compileMillis;
  private URLClassLoader loader;

  private ProcessorRun(Path work) {
    this.work = work;
    this.generated = work.resolve("generated");
    this.classes = work.resolve("classes-generated");
  }

  /** Runs both steps; never throws for what the compiler does. */
  static ProcessorRun run(Path work, Path models, String packageName, List<String> entries, List<String> options)
      throws IOException {
    ProcessorRun run = new ProcessorRun(work);
    List<String> args = new ArrayList<>(options);
    args.add("-proc:only");
    long t0 = System.nanoTime();
    try (GeneratedCode code = GeneratedCode.compile(work, models, packageName, entries, args)) {
      for (Diagnostic<? extends JavaFileObject> d : code.diagnostics()) {
        if (run.isGenerated(d)) {
          if (d.getKind() == Diagnostic.Kind.ERROR) {
            run.generatedErrors.add(d);
          }
        } else {
          run.processorDiagnostics.add(d);
        }
      }
      run.output.append(rawOutput(code));
    } catch (RuntimeException | Error e) {
      run.crash = e;
      run.output.append(stackTrace(e));
    }
    run.processMillis = (System.nanoTime() - t0) / 1_000_000;
    long t1 = System.nanoTime();
    if (run.crash == null) {
      run.compileGenerated();
    }
    run.compileMillis = (System.nanoTime() - t1) / 1_000_000;
    return run;
  }

  private void compileGenerated() throws IOException {
    List<Path> sources = generatedSources();
    if (sources.isEmpty()) {
      return;
    }
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    List<String> args = List.of("--release", "11", "-proc:none", "-encoding", "UTF-8", "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path"), "-Xlint:-options", "-Xmaxerrs", "100000", "-nowarn");
    try (StandardJavaFileManager fm = javac.getStandardFileManager(collected, Locale.ROOT, StandardCharsets.UTF_8)) {
      generatedCompiled = javac.getTask(out, fm, collected, args, null, fm.getJavaFileObjectsFromPaths(sources)).call();
    } catch (RuntimeException | Error e) {
      crash = e;
      output.append(stackTrace(e));
      generatedCompiled = false;
    }
    output.append(out);
    for (Diagnostic<? extends JavaFileObject> d : collected.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        generatedErrors.add(d);
      }
    }
    if (!generatedCompiled && generatedErrors.isEmpty() && crash == null) {
      output.append("\njavac failed on the generated sources without an error diagnostic");
    }
  }

  /**
   * What javac printed besides its diagnostics ({@link GeneratedCode#report()} is the diagnostics,
   * one per line, then that output).
   */
  private static String rawOutput(GeneratedCode code) {
    String report = code.report();
    String diagnostics = code.diagnostics().stream()
        .map(d -> d.getKind() + ": " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
    return report.startsWith(diagnostics) ? report.substring(diagnostics.length()) : report;
  }

  boolean isGenerated(Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null) {
      return false;
    }
    try {
      return Path.of(d.getSource().toUri()).normalize().startsWith(generated.normalize());
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The generated source files (absolute), sorted. */
  List<Path> generatedSources() throws IOException {
    if (!Files.isDirectory(generated)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(generated)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  /** Generated source → the model file it came from ({@code @Generated(comments = "from X")}). */
  Map<Path, String> sourceOrigins() throws IOException {
    Map<Path, String> origins = new TreeMap<>();
    Pattern from = Pattern.compile("comments = \"from ([^\"]*)\"");
    for (Path p : generatedSources()) {
      Matcher m = from.matcher(Files.readString(p));
      origins.put(p, m.find() ? m.group(1) : "?");
    }
    return origins;
  }

  List<String> messages(Diagnostic.Kind kind) {
    return processorDiagnostics.stream().filter(d -> d.getKind() == kind).map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
  }

  /** Every message of the run, in one text, for searching and reports. */
  String everything() {
    StringBuilder b = new StringBuilder(output);
    for (Diagnostic<? extends JavaFileObject> d : processorDiagnostics) {
      b.append('\n').append(d.getKind()).append(": ").append(d.getMessage(Locale.ROOT));
    }
    for (Diagnostic<? extends JavaFileObject> d : generatedErrors) {
      b.append('\n').append(describe(d));
    }
    return b.toString();
  }

  static String describe(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
        + d.getMessage(Locale.ROOT);
  }

  /**
   * What in {@code text} shows the processor failing rather than reporting: an {@code [internal]}
   * diagnostic, a stack trace line, a qualified exception class name, or the word Exception when
   * {@code input} does not contain it (so that an echoed input cannot trigger this). Null when
   * clean.
   */
  static String failureSign(String text, String input) {
    if (text.contains("[internal]")) {
      return "[internal] diagnostic";
    }
    if (text.contains("\tat ") || text.contains("\n  at ") || text.contains("An exception has occurred in the compiler")) {
      return "stack trace";
    }
    Matcher m = QUALIFIED_THROWABLE.matcher(text);
    if (m.find() && (input == null || !input.contains(m.group()))) {
      return "exception class name " + m.group();
    }
    if (text.contains("Exception") && (input == null || !input.contains("Exception"))) {
      return "the word Exception";
    }
    return null;
  }

  /** A class loader over the classes compiled from the generated sources. */
  ClassLoader loader() throws IOException {
    if (loader == null) {
      loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ProcessorRun.class.getClassLoader());
    }
    return loader;
  }

  /** The binary names of the compiled generated classes (nested ones too), sorted. */
  List<String> compiledClassNames() throws IOException {
    if (!Files.isDirectory(classes)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(classes)) {
      return s.filter(p -> p.toString().endsWith(".class"))
          .map(p -> classes.relativize(p).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", ""))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  static String stackTrace(Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  @Override
  public void close() throws IOException {
    if (loader != null) {
      loader.close();
    }
  }
}
