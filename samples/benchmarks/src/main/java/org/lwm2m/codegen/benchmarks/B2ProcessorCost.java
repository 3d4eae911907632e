package org.lwm2m.codegen.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
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
import org.lwm2m.codegen.processor.LwM2mProcessor;

/**
 * B2: what the processor adds to a build that binds every object of the shared registry.
 *
 * <p>The build: one {@code package-info.java} with {@code @LwM2mModels({"objects/"})}, compiled by
 * javac ({@code javax.tools}, in this JVM) with the processor ({@code -Alwm2m.models=REGISTRY},
 * {@code -Alwm2m.registry=REGISTRY/Common.xml}, so the full rule set runs). The baseline: the same
 * build without the processor, compiling the sources the processor generated (taken from the first
 * run's {@code -s} folder) with {@code -proc:none}. Both are warmed up, then timed alternately, each
 * into fresh output folders. Files the processor rejects with an error would stop javac writing
 * classes: when there are any, both builds bind only the accepted files (listed explicitly), and
 * the rejected ones are printed.
 *
 * <p>A second figure (on by default, {@code -Db2.cold=0} to skip): the same two builds as separate
 * {@code javac} processes, cold JVMs, as a one-module command-line build sees them.
 *
 * <pre>java -cp samples/benchmarks/target/benchmarks.jar org.lwm2m.codegen.benchmarks.B2ProcessorCost</pre>
 *
 * System properties: {@code lwm2m.registry.dir}, {@code b2.warmup} (default 3), {@code b2.reps}
 * (default 5), {@code b2.cold} (cold repetitions, default 3), {@code b2.schema} ({@code strict}
 * or {@code lenient}, default strict), {@code b2.keep=true} to keep the work folder;
 * {@code b2.profile=proc} (or {@code plain}) with {@code b2.profile.builds=N} only repeats one kind
 * of build, to be run under JFR.
 */
public final class B2ProcessorCost {
  private static final String PACKAGE = "bench.registry";
  private static final Pattern ERROR_FILE = Pattern.compile("^(objects/[^:\\s]+\\.xml):\\d+:\\d+: \\[([a-z0-9-]+)\\]");

  private B2ProcessorCost() {}

  /** {@code processorNanos}: time inside the processor's init and process calls (0 without it). */
  private record Outcome(boolean success, long nanos, long processorNanos, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    long count(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).count();
    }
  }

  public static void main(String[] args) throws Exception {
    Path registry = Stats.registry();
    if (registry == null) {
      System.out.println("B2 skipped: no registry (set -Dlwm2m.registry.dir or run from /work/main with ../shared/lwm2m-registry)");
      return;
    }
    int warmup = Stats.intProperty("b2.warmup", 3);
    int reps = Stats.intProperty("b2.reps", 5);
    int cold = Stats.intProperty("b2.cold", 3);
    String schema = System.getProperty("b2.schema", "strict");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      System.out.println("B2 skipped: no system Java compiler (run on a JDK)");
      return;
    }
    String classPath = System.getProperty("java.class.path");
    Path work = Files.createTempDirectory("lwm2m-b2-");
    Path common = registry.resolve("Common.xml");
    List<String> processorOptions = new ArrayList<>(List.of(
        "-Alwm2m.models=" + registry, "-Alwm2m.schema=" + schema));
    if (Files.isRegularFile(common)) {
      processorOptions.add("-Alwm2m.registry=" + common);
    }
    long objectFiles;
    try (Stream<Path> s = Files.list(registry.resolve("objects"))) {
      objectFiles = s.filter(p -> p.toString().endsWith(".xml")).count();
    }
    System.out.println("B2: javac with the processor binding every registry object vs javac -proc:none on the generated sources");
    System.out.println("registry " + registry + ": " + objectFiles + " files in objects/; processor options " + processorOptions + "; " + Stats.jvm());

    try {
      // 1. @LwM2mModels({"objects/"}); if some files are rejected, bind the others by name.
      Path source = writePackageInfo(work.resolve("src"), List.of("objects/"));
      Path probe = work.resolve("probe");
      Outcome first = compileWithProcessor(javac, classPath, source, processorOptions, probe);
      Set<String> rejected = new TreeSet<>();
      for (Diagnostic<? extends JavaFileObject> d : first.diagnostics) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          Matcher m = ERROR_FILE.matcher(d.getMessage(Locale.ROOT));
          if (m.find()) {
            rejected.add(m.group(1) + " [" + m.group(2) + "]");
          }
        }
      }
      if (!first.success) {
        Set<String> rejectedFiles = rejected.stream().map(r -> r.substring(0, r.indexOf(' '))).collect(Collectors.toSet());
        List<String> accepted;
        try (Stream<Path> s = Files.list(registry.resolve("objects"))) {
          accepted = s.filter(p -> p.toString().endsWith(".xml")).map(p -> "objects/" + p.getFileName())
              .filter(e -> !rejectedFiles.contains(e)).sorted().collect(Collectors.toList());
        }
        System.out.println("the processor rejects " + rejectedFiles.size() + " files (javac then writes no class): "
            + rejected + "; binding the " + accepted.size() + " others by name");
        source = writePackageInfo(work.resolve("src"), accepted);
        probe = work.resolve("probe2");
        first = compileWithProcessor(javac, classPath, source, processorOptions, probe);
        if (!first.success) {
          System.out.println("B2 failed: the build of the accepted files has errors:");
          first.diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).limit(20)
              .forEach(d -> System.out.println("  " + d.getMessage(Locale.ROOT)));
          return;
        }
      }
      Path generated = probe.resolve("gen");
      List<Path> generatedSources;
      try (Stream<Path> s = Files.walk(generated)) {
        generatedSources = s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      }
      long generatedBytes = 0;
      for (Path p : generatedSources) {
        generatedBytes += Files.size(p);
      }
      List<Path> plainSources = new ArrayList<>(generatedSources);
      plainSources.add(source);
      System.out.printf("build: %d generated sources (%.1f MB) + package-info; the processor reported %d warnings and %d notes%n",
          generatedSources.size(), generatedBytes / 1e6, first.count(Diagnostic.Kind.WARNING) + first.count(Diagnostic.Kind.MANDATORY_WARNING),
          first.count(Diagnostic.Kind.NOTE) + first.count(Diagnostic.Kind.OTHER));

      String profile = System.getProperty("b2.profile");
      if (profile != null) {
        // Only one kind of build, again and again: run under JFR to see where its time goes.
        int n = Stats.intProperty("b2.profile.builds", 10);
        for (int i = 0; i < n; i++) {
          Outcome o = "plain".equals(profile)
              ? check(compileWithoutProcessor(javac, classPath, plainSources, fresh(work, "profile-" + i)))
              : check(compileWithProcessor(javac, classPath, source, processorOptions, fresh(work, "profile-" + i)));
          System.out.printf("  %s build %d: %.0f ms (%.0f ms inside the processor)%n", profile, i + 1, o.nanos / 1e6, o.processorNanos / 1e6);
        }
        return;
      }

      // 2. In-process, warm.
      for (int i = 0; i < warmup; i++) {
        check(compileWithProcessor(javac, classPath, source, processorOptions, fresh(work, "w-proc-" + i)));
        check(compileWithoutProcessor(javac, classPath, plainSources, fresh(work, "w-plain-" + i)));
      }
      double[] withProc = new double[reps];
      double[] without = new double[reps];
      double[] ratios = new double[reps];
      double[] inProcessor = new double[reps];
      for (int i = 0; i < reps; i++) {
        Outcome p;
        if (i % 2 == 0) {
          p = check(compileWithProcessor(javac, classPath, source, processorOptions, fresh(work, "proc-" + i)));
          without[i] = check(compileWithoutProcessor(javac, classPath, plainSources, fresh(work, "plain-" + i))).nanos / 1e6;
        } else {
          without[i] = check(compileWithoutProcessor(javac, classPath, plainSources, fresh(work, "plain-" + i))).nanos / 1e6;
          p = check(compileWithProcessor(javac, classPath, source, processorOptions, fresh(work, "proc-" + i)));
        }
        withProc[i] = p.nanos / 1e6;
        inProcessor[i] = p.processorNanos / 1e6;
        ratios[i] = withProc[i] / without[i];
        System.out.printf("  rep %d: with processor %7.0f ms (%5.0f ms inside the processor's init/process), -proc:none on generated sources %7.0f ms, ratio %.3f%n",
            i + 1, withProc[i], inProcessor[i], without[i], ratios[i]);
      }
      double ratio = Stats.median(ratios);
      System.out.printf("in-process, warm (%d warm-up + %d reps each): with processor %.0f ms [%.0f-%.0f], -proc:none %.0f ms [%.0f-%.0f] (medians [min-max])%n",
          warmup, reps, Stats.median(withProc), Stats.min(withProc), Stats.max(withProc),
          Stats.median(without), Stats.min(without), Stats.max(without));
      System.out.printf("inside the processor: %.0f ms median (%.1f ms per bound object); the rest of the difference is javac's own work for a processing build%n",
          Stats.median(inProcessor), Stats.median(inProcessor) / Math.max(1, generatedSources.size() / 4));
      System.out.printf("B2 ratio (in-process, warm) %.3f: the processor adds %+.1f%%; goal <= +10%% %s%n",
          ratio, (ratio - 1) * 100, ratio <= 1.10 ? "met" : "MISSED");

      // 3. Cold: separate javac processes.
      if (cold > 0) {
        Path javacBin = Path.of(System.getProperty("java.home"), "bin", "javac");
        if (!Files.isExecutable(javacBin)) {
          System.out.println("cold builds skipped: no " + javacBin);
        } else {
          double[] coldProc = new double[cold];
          double[] coldPlain = new double[cold];
          double[] coldRatio = new double[cold];
          for (int i = 0; i < cold; i++) {
            if (i % 2 == 0) {
              coldProc[i] = javacProcess(javacBin, classPath, List.of(source), processorOptions, fresh(work, "c-proc-" + i), true);
              coldPlain[i] = javacProcess(javacBin, classPath, plainSources, List.of(), fresh(work, "c-plain-" + i), false);
            } else {
              coldPlain[i] = javacProcess(javacBin, classPath, plainSources, List.of(), fresh(work, "c-plain-" + i), false);
              coldProc[i] = javacProcess(javacBin, classPath, List.of(source), processorOptions, fresh(work, "c-proc-" + i), true);
            }
            coldRatio[i] = coldProc[i] / coldPlain[i];
            System.out.printf("  cold %d: javac with processor %7.0f ms, javac -proc:none %7.0f ms, ratio %.3f%n",
                i + 1, coldProc[i], coldPlain[i], coldRatio[i]);
          }
          double r = Stats.median(coldRatio);
          System.out.printf("B2 ratio (cold javac processes, %d each) %.3f: with processor %.0f ms, -proc:none %.0f ms (medians); the processor adds %+.1f%%%n",
              cold, r, Stats.median(coldProc), Stats.median(coldPlain), (r - 1) * 100);
        }
      }
    } finally {
      if (!"true".equals(System.getProperty("b2.keep"))) {
        delete(work);
      } else {
        System.out.println("work folder kept: " + work);
      }
    }
  }

  private static Outcome check(Outcome o) {
    if (!o.success) {
      throw new IllegalStateException("a timed build failed: " + o.diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).limit(5).map(d -> d.getMessage(Locale.ROOT))
          .collect(Collectors.toList()));
    }
    return o;
  }

  private static Path writePackageInfo(Path dir, List<String> entries) throws IOException {
    Path pkg = dir.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(pkg);
    Path file = pkg.resolve("package-info.java");
    String list = entries.stream().map(e -> "\"" + e + "\"").collect(Collectors.joining(",\n    "));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("@org.lwm2m.codegen.annotations.LwM2mModels({\n    " + list + "})\npackage " + PACKAGE + ";\n");
    }
    return file;
  }

  private static Path fresh(Path work, String name) throws IOException {
    Path dir = work.resolve(name);
    delete(dir);
    Files.createDirectories(dir.resolve("classes"));
    Files.createDirectories(dir.resolve("gen"));
    return dir;
  }

  private static List<String> baseOptions(String classPath, Path out) {
    return new ArrayList<>(List.of(
        "-classpath", classPath, "-d", out.resolve("classes").toString(), "-encoding", "UTF-8",
        "-Xmaxerrs", "10000", "-Xmaxwarns", "10000", "-implicit:none"));
  }

  private static Outcome compileWithProcessor(JavaCompiler javac, String classPath, Path source, List<String> processorOptions, Path out)
      throws IOException {
    if (!Files.isDirectory(out.resolve("gen"))) {
      Files.createDirectories(out.resolve("classes"));
      Files.createDirectories(out.resolve("gen"));
    }
    List<String> options = baseOptions(classPath, out);
    options.addAll(List.of("-s", out.resolve("gen").toString()));
    options.addAll(processorOptions);
    return run(javac, options, List.of(source), true);
  }

  private static Outcome compileWithoutProcessor(JavaCompiler javac, String classPath, List<Path> sources, Path out) throws IOException {
    List<String> options = baseOptions(classPath, out);
    options.add("-proc:none");
    return run(javac, options, sources, false);
  }

  private static Outcome run(JavaCompiler javac, List<String> options, List<Path> sources, boolean processor) throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    TimedProcessor timed = null;
    long t0 = System.nanoTime();
    boolean ok;
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, options, null,
          fm.getJavaFileObjectsFromPaths(sources));
      if (processor) {
        timed = new TimedProcessor(new LwM2mProcessor());
        task.setProcessors(List.of(timed));
      }
      ok = task.call();
    }
    long nanos = System.nanoTime() - t0;
    return new Outcome(ok, nanos, timed == null ? 0 : timed.nanos(), diagnostics.getDiagnostics());
  }

  /** One javac process; returns its wall time in ms (JVM start included). */
  private static double javacProcess(Path javacBin, String classPath, List<Path> sources, List<String> processorOptions, Path out,
      boolean processor) throws IOException, InterruptedException {
    List<String> args = baseOptions(classPath, out);
    if (processor) {
      args.addAll(List.of("-s", out.resolve("gen").toString(), "-processorpath", classPath,
          "-processor", LwM2mProcessor.class.getName()));
      args.addAll(processorOptions);
    } else {
      args.add("-proc:none");
    }
    for (Path s : sources) {
      args.add(s.toString());
    }
    Path argFile = out.resolve("javac.args");
    Files.write(argFile, args.stream().map(B2ProcessorCost::quote).collect(Collectors.toList()), StandardCharsets.UTF_8);
    ProcessBuilder pb = new ProcessBuilder(javacBin.toString(), "@" + argFile).redirectErrorStream(true)
        .redirectOutput(out.resolve("javac.log").toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("javac did not finish in 10 minutes");
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    if (p.exitValue() != 0) {
      throw new IllegalStateException("javac failed (" + p.exitValue() + "): see " + out.resolve("javac.log") + "\n"
          + Files.readString(out.resolve("javac.log")).lines().limit(20).collect(Collectors.joining("\n")));
    }
    return ms;
  }

  private static String quote(String arg) {
    return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void delete(Path dir) {
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
