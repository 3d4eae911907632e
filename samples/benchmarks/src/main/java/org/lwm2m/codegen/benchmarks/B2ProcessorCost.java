package org.lwm2m.codegen.benchmarks;

import static org.lwm2m.codegen.benchmarks.JavacBuilds.compile;
import static org.lwm2m.codegen.benchmarks.JavacBuilds.fresh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.lwm2m.codegen.processor.LwM2mProcessor;

/**
 * B2: what the processor adds to a build that binds every object of the shared registry, warm, in
 * one JVM, against the floor of annotation processing.
 *
 * <p>The build: one {@code package-info.java} with {@code @LwM2mModels({"objects/"})}, compiled by
 * javac ({@code javax.tools}, in this JVM) with the processor ({@code -Alwm2m.models=REGISTRY},
 * {@code -Alwm2m.registry=REGISTRY/Common.xml}, so the full rule set runs). The baseline, the
 * floor: the same build with {@link FloorProcessor}, which hands javac the sources the processor
 * generated (taken from the first run's {@code -s} folder, held in memory) and does nothing else.
 * A third figure: {@code -proc:none} on those sources, which no processor can reach. All are warmed
 * up, then timed in rotation, each into fresh output folders. Files the processor rejects with an
 * error would stop javac writing classes: when there are any, every build binds only the accepted
 * files (listed explicitly), and the rejected ones are printed.
 *
 * <pre>java -cp samples/benchmarks/target/benchmarks.jar org.lwm2m.codegen.benchmarks.B2ProcessorCost</pre>
 *
 * System properties: {@code lwm2m.registry.dir}, {@code b2.warmup} (default 3), {@code b2.reps}
 * (default 5), {@code b2.schema} ({@code strict} or {@code lenient}, default strict),
 * {@code b2.keep=true} to keep the work folder; {@code b2.profile=proc} (or {@code floor}) with
 * {@code b2.profile.builds=N} only repeats one kind of build, to be run under JFR.
 */
public final class B2ProcessorCost {
  private static final Pattern ERROR_FILE = Pattern.compile("(?:^|/)(objects/[^:/\\s]+\\.xml):\\d+:\\d+: \\[([a-z0-9-]+)\\]");

  private B2ProcessorCost() {}

  public static void main(String[] args) throws Exception {
    Path registry = Stats.registry();
    if (registry == null) {
      System.out.println("B2 skipped: no registry (set -Dlwm2m.registry.dir or run from the repository root with ../shared/lwm2m-registry)");
      return;
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      System.out.println("B2 skipped: no system Java compiler (run on a JDK)");
      return;
    }
    int warmup = Stats.intProperty("b2.warmup", 3);
    int reps = Stats.intProperty("b2.reps", 5);
    String classPath = JavacBuilds.deviceClassPath();
    Path work = Files.createTempDirectory("lwm2m-b2-");
    List<String> processorOptions = new ArrayList<>(List.of(
        "-Alwm2m.models=" + registry, "-Alwm2m.schema=" + System.getProperty("b2.schema", "strict")));
    if (Files.isRegularFile(registry.resolve("Common.xml"))) {
      processorOptions.add("-Alwm2m.registry=" + registry.resolve("Common.xml"));
    }
    List<String> objectFiles = objectEntries(registry);
    System.out.println("B2: javac with the processor binding every registry object vs the floor (a processor handing javac the same sources)");
    System.out.println("registry " + registry + ": " + objectFiles.size() + " files in objects/; processor options " + processorOptions + "; " + Stats.jvm());

    try {
      Path source = JavacBuilds.writePackageInfo(work.resolve("src"), List.of("objects/"));
      Path probe = fresh(work, "probe");
      JavacBuilds.Outcome first = compile(javac, withProcessor(classPath, probe, processorOptions), List.of(source), new LwM2mProcessor());
      if (!first.success()) {
        Set<String> rejected = rejected(first);
        Set<String> rejectedFiles = rejected.stream().map(r -> r.substring(0, r.indexOf(' '))).collect(Collectors.toSet());
        List<String> accepted = objectFiles.stream().filter(e -> !rejectedFiles.contains(e)).toList();
        System.out.println("the processor rejects " + rejectedFiles.size() + " files (javac then writes no class): "
            + rejected + "; binding the " + accepted.size() + " others by name");
        source = JavacBuilds.writePackageInfo(work.resolve("src"), accepted);
        probe = fresh(work, "probe2");
        first = compile(javac, withProcessor(classPath, probe, processorOptions), List.of(source), new LwM2mProcessor());
        if (!first.success()) {
          System.out.println("B2 failed: the build of the accepted files has errors:");
          first.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).limit(20)
              .forEach(d -> System.out.println("  " + d.getMessage(Locale.ROOT)));
          return;
        }
      }
      List<Path> generatedSources = JavacBuilds.javaFiles(probe.resolve("gen"));
      Map<String, String> texts = FloorProcessor.read(probe.resolve("gen"));
      List<Path> plainSources = new ArrayList<>(generatedSources);
      plainSources.add(source);
      long bytes = texts.values().stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
      System.out.printf("build: %d generated sources (%.1f MB) + package-info; the processor reported %d warnings and %d notes%n",
          generatedSources.size(), bytes / 1e6, first.count(Diagnostic.Kind.WARNING) + first.count(Diagnostic.Kind.MANDATORY_WARNING),
          first.count(Diagnostic.Kind.NOTE) + first.count(Diagnostic.Kind.OTHER));
      B2sSize.print(texts, resourceCount(probe.resolve("classes/META-INF/lwm2m")));

      Path pkg = source;
      Build proc = out -> compile(javac, withProcessor(classPath, out, processorOptions), List.of(pkg), new LwM2mProcessor()).check();
      Build floor = out -> compile(javac, JavacBuilds.baseOptions(classPath, out), List.of(pkg), new FloorProcessor(texts)).check();
      Build plain = out -> compile(javac, JavacBuilds.baseOptions(classPath, out), plainSources, null).check();

      String profile = System.getProperty("b2.profile");
      if (profile != null) {
        // Only one kind of build, again and again: run under JFR to see where its time goes.
        Build b = "floor".equals(profile) ? floor : proc;
        for (int i = 0; i < Stats.intProperty("b2.profile.builds", 10); i++) {
          JavacBuilds.Outcome o = b.run(fresh(work, "profile-" + i));
          System.out.printf("  %s build %d: %.0f ms (%.0f ms inside the processor)%n", profile, i + 1, o.nanos() / 1e6, o.processorNanos() / 1e6);
        }
        return;
      }

      for (int i = 0; i < warmup; i++) {
        proc.run(fresh(work, "w-proc-" + i));
        floor.run(fresh(work, "w-floor-" + i));
        plain.run(fresh(work, "w-plain-" + i));
      }
      double[] procMs = new double[reps];
      double[] floorMs = new double[reps];
      double[] plainMs = new double[reps];
      double[] insideMs = new double[reps];
      double[] ratios = new double[reps];
      double[] procCpu = new double[reps];
      double[] floorCpu = new double[reps];
      double[] cpuRatios = new double[reps];
      for (int i = 0; i < reps; i++) {
        // Rotate the order so that no build always runs after the same one.
        for (int k = 0; k < 3; k++) {
          switch ((i + k) % 3) {
            case 0 -> {
              JavacBuilds.Outcome o = proc.run(fresh(work, "proc-" + i));
              procMs[i] = o.nanos() / 1e6;
              insideMs[i] = o.processorNanos() / 1e6;
              procCpu[i] = o.cpuNanos() / 1e6;
            }
            case 1 -> {
              JavacBuilds.Outcome o = floor.run(fresh(work, "floor-" + i));
              floorMs[i] = o.nanos() / 1e6;
              floorCpu[i] = o.cpuNanos() / 1e6;
            }
            default -> plainMs[i] = plain.run(fresh(work, "plain-" + i)).nanos() / 1e6;
          }
        }
        ratios[i] = procMs[i] / floorMs[i];
        cpuRatios[i] = procCpu[i] / floorCpu[i];
        System.out.printf("  rep %d: processor %7.0f ms (%5.0f ms inside it, CPU %7.0f ms), floor %7.0f ms (CPU %7.0f ms), -proc:none %7.0f ms, processor/floor %.3f (CPU %.3f)%n",
            i + 1, procMs[i], insideMs[i], procCpu[i], floorMs[i], floorCpu[i], plainMs[i], ratios[i], cpuRatios[i]);
      }
      double ratio = Stats.median(ratios);
      System.out.printf("in-process, warm (%d warm-up + %d reps each), medians [min-max]: processor %.0f ms [%.0f-%.0f], floor %.0f ms [%.0f-%.0f], -proc:none %.0f ms [%.0f-%.0f]%n",
          warmup, reps, Stats.median(procMs), Stats.min(procMs), Stats.max(procMs), Stats.median(floorMs), Stats.min(floorMs),
          Stats.max(floorMs), Stats.median(plainMs), Stats.min(plainMs), Stats.max(plainMs));
      System.out.printf("inside the processor: %.0f ms median (%.1f ms per bound object)%n",
          Stats.median(insideMs), Stats.median(insideMs) / Math.max(1, texts.keySet().stream().filter(n -> n.endsWith("Model")).count()));
      System.out.printf("B2 ratio (in-process, warm) processor/floor %.3f: %+.1f%% over the floor; goal <= +10%% %s (over -proc:none: %+.1f%%)%n",
          ratio, (ratio - 1) * 100, ratio <= 1.10 ? "met" : "MISSED", (Stats.median(procMs) / Stats.median(plainMs) - 1) * 100);
      double cpuRatio = Stats.median(cpuRatios);
      System.out.printf("B2 CPU time (every thread of this JVM during each build) processor/floor %.3f: processor %.0f ms, floor %.0f ms (medians); %+.1f%% over the floor%n",
          cpuRatio, Stats.median(procCpu), Stats.median(floorCpu), (cpuRatio - 1) * 100);
    } finally {
      if (!"true".equals(System.getProperty("b2.keep"))) {
        JavacBuilds.delete(work);
      } else {
        System.out.println("work folder kept: " + work);
      }
    }
  }

  /** One kind of timed build into a fresh folder. */
  private interface Build {
    JavacBuilds.Outcome run(Path out) throws Exception;
  }

  private static List<String> withProcessor(String classPath, Path out, List<String> processorOptions) {
    List<String> options = JavacBuilds.baseOptions(classPath, out);
    options.addAll(processorOptions);
    return options;
  }

  private static List<String> objectEntries(Path registry) throws java.io.IOException {
    try (Stream<Path> s = Files.list(registry.resolve("objects"))) {
      return s.filter(p -> p.toString().endsWith(".xml")).map(p -> "objects/" + p.getFileName()).sorted().toList();
    }
  }

  /** Resources of the bound objects, counted in the XML the processor wrote for each. */
  static int resourceCount(Path written) throws java.io.IOException {
    int count = 0;
    try (Stream<Path> s = Files.list(written)) {
      for (Path xml : s.filter(p -> p.toString().endsWith(".xml")).toList()) {
        count += (int) Pattern.compile("<Item ID=").matcher(Files.readString(xml)).results().count();
      }
    }
    return count;
  }

  private static Set<String> rejected(JavacBuilds.Outcome outcome) {
    Set<String> rejected = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> d : outcome.diagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        Matcher m = ERROR_FILE.matcher(d.getMessage(Locale.ROOT));
        if (m.find()) {
          rejected.add(m.group(1) + " [" + m.group(2) + "]");
        }
      }
    }
    return rejected;
  }
}
