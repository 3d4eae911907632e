package org.lwm2m.codegen.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/** The builds B2 and B2c time: javac in this JVM or as a fresh process, into fresh folders. */
final class JavacBuilds {
  static final String PACKAGE = "bench.registry";

  private JavacBuilds() {}

  /**
   * One in-process build. {@code processorNanos}: time inside the processor's init and process
   * calls; {@code cpuNanos}: CPU time of the whole JVM during the build (every thread: javac's, the
   * processor's pool, the JIT's, the collector's), which another load on the machine changes far
   * less than the wall time.
   */
  record Outcome(boolean success, long nanos, long processorNanos, long cpuNanos, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    long count(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).count();
    }

    Outcome check() {
      if (!success) {
        throw new IllegalStateException("a timed build failed: " + diagnostics.stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).limit(5).map(d -> d.getMessage(Locale.ROOT))
            .collect(Collectors.toList()));
      }
      return this;
    }
  }

  /** {@code dir/bench/registry/package-info.java} with {@code @LwM2mModels} over {@code entries}. */
  static Path writePackageInfo(Path dir, List<String> entries) throws IOException {
    Path pkg = dir.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(pkg);
    Path file = pkg.resolve("package-info.java");
    String list = entries.stream().map(e -> "\"" + e + "\"").collect(Collectors.joining(",\n    "));
    Files.writeString(file, "@org.lwm2m.codegen.annotations.LwM2mModels({\n    " + list + "})\npackage " + PACKAGE + ";\n",
        StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The compile class path of the builds: a device project's (the runtime and Leshan's client, which
   * the module's build copies to {@code samples/benchmarks/target/device-class-path}), so that no
   * {@code NRemote} is generated, as in a device's build; else, saying so, this JVM's class path,
   * which holds Leshan's server too.
   */
  static String deviceClassPath() throws IOException {
    String jars = jarsIn(Path.of("samples/benchmarks/target/device-class-path"));
    if (jars == null) {
      System.out.println("no samples/benchmarks/target/device-class-path (build the module with mvn package):"
          + " compiling against this JVM's class path, where Leshan's server makes every object an NRemote too");
      return System.getProperty("java.class.path");
    }
    return jars;
  }

  /** The jars in {@code dir}, sorted, joined with the path separator; null when there are none. */
  static String jarsIn(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> jars = Files.list(dir)) {
      String path = jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(p -> p.toAbsolutePath().toString())
          .collect(Collectors.joining(java.io.File.pathSeparator));
      return path.isEmpty() ? null : path;
    }
  }

  /** {@code work/name} emptied, with {@code classes/} and {@code gen/} inside. */
  static Path fresh(Path work, String name) throws IOException {
    Path dir = work.resolve(name);
    delete(dir);
    Files.createDirectories(dir.resolve("classes"));
    Files.createDirectories(dir.resolve("gen"));
    return dir;
  }

  static List<String> baseOptions(String classPath, Path out) {
    return new ArrayList<>(List.of(
        "-classpath", classPath, "-d", out.resolve("classes").toString(), "-s", out.resolve("gen").toString(),
        "-encoding", "UTF-8", "-Xmaxerrs", "10000", "-Xmaxwarns", "10000", "-implicit:none"));
  }

  /** javac in this JVM; {@code processor} null means {@code -proc:none}. */
  static Outcome compile(JavaCompiler javac, List<String> options, List<Path> sources, Processor processor) throws IOException {
    List<String> all = new ArrayList<>(options);
    if (processor == null) {
      all.add("-proc:none");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    TimedProcessor timed = processor == null ? null : new TimedProcessor(processor);
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, all, null, fm.getJavaFileObjectsFromPaths(sources));
      if (timed != null) {
        task.setProcessors(List.of(timed));
      }
      ok = task.call();
    }
    long nanos = System.nanoTime() - t0;
    return new Outcome(ok, nanos, timed == null ? 0 : timed.nanos(), processCpuNanos() - cpu0, diagnostics.getDiagnostics());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** A process's wall time and CPU time (user + system, its threads and children), in ms. */
  record ProcessTime(double wallMs, double cpuMs) {}

  /**
   * One {@code javac} process with {@code args} (an argument file): its wall time, JVM start
   * included, and its CPU time, read from the kernel's account of this process's waited-for
   * children ({@code /proc/self/stat}; NaN where there is none).
   */
  static ProcessTime javacProcess(Path out, List<String> args) throws IOException, InterruptedException {
    Path javacBin = Path.of(System.getProperty("java.home"), "bin", "javac");
    Path argFile = out.resolve("javac.args");
    Files.write(argFile, args.stream().map(JavacBuilds::quote).collect(Collectors.toList()), StandardCharsets.UTF_8);
    ProcessBuilder pb = new ProcessBuilder(javacBin.toString(), "@" + argFile).redirectErrorStream(true)
        .redirectOutput(out.resolve("javac.log").toFile());
    double cpu0 = childrenCpuMs();
    long t0 = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("javac did not finish in 10 minutes");
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    double cpu = childrenCpuMs() - cpu0;
    if (p.exitValue() != 0) {
      throw new IllegalStateException("javac failed (" + p.exitValue() + "): see " + out.resolve("javac.log") + "\n"
          + Files.readString(out.resolve("javac.log")).lines().limit(20).collect(Collectors.joining("\n")));
    }
    return new ProcessTime(ms, cpu);
  }

  /**
   * cutime + cstime of /proc/self/stat (fields 16 and 17, in clock ticks of 10 ms on Linux): the
   * CPU time of the children this JVM has waited for.
   */
  private static double childrenCpuMs() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // fields from 3 on
      return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10.0;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The {@code .java} files below {@code dir}, sorted. */
  static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  private static String quote(String arg) {
    return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
