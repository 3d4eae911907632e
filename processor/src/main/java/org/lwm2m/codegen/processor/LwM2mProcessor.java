package org.lwm2m.codegen.processor;

import com.google.auto.service.AutoService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import org.lwm2m.codegen.annotations.LwM2mModels;
import org.lwm2m.codegen.annotations.LwM2mObject;
import org.lwm2m.codegen.processor.generate.SourceTexts;
import org.lwm2m.codegen.processor.model.BindingPlanner;
import org.lwm2m.codegen.processor.model.ObjectBinding;
import org.lwm2m.codegen.processor.read.AnnotatedObject;
import org.lwm2m.codegen.processor.read.AnnotationReader;
import org.lwm2m.codegen.processor.read.ModelFile;
import org.lwm2m.codegen.processor.read.ModelLocator;
import org.lwm2m.codegen.processor.validate.CommonResources;
import org.lwm2m.codegen.processor.validate.Diagnostics;
import org.lwm2m.codegen.processor.validate.Message;
import org.lwm2m.codegen.processor.validate.ObjectValidator;
import org.lwm2m.codegen.processor.validate.Rule;
import org.lwm2m.codegen.processor.write.FilerOutput;
import org.lwm2m.codegen.processor.write.InputsRecord;
import org.lwm2m.codegen.processor.write.Licenses;
import org.lwm2m.codegen.processor.write.ObjectXmlWriter;
import org.lwm2m.codegen.processor.write.SourceWriter;
import org.lwm2m.codegen.schema.Location;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ObjectDefinitionReader;
import org.lwm2m.codegen.schema.Problem;
import org.lwm2m.codegen.schema.ReadResult;
import org.lwm2m.codegen.schema.ReaderOptions;

/**
 * The lwm2m-codegen annotation processor. For each {@code @LwM2mModels} (object XML) and each
 * {@code @LwM2mObject} interface it runs one pipeline:
 *
 * <ol>
 *   <li><b>read</b>: find the entries' XML files ({@link ModelLocator}) and read them into
 *       immutable {@link ObjectDefinition}s (the schemas module: secure parsing, schema
 *       validation with line and column), or read an interface into the same definition ({@link
 *       AnnotationReader});
 *   <li><b>validate</b>: check every object against the rule catalogue ({@link ObjectValidator}),
 *       collecting every problem before deciding anything;
 *   <li><b>model</b>: allocate collision-free Java names for the objects without errors ({@link
 *       BindingPlanner});
 *   <li><b>generate</b>: build {@code N}, {@code NModel}, {@code NValidator} and {@code NEnabler}
 *       with JavaPoet (the generators see only the model), and {@code NRemote} when Leshan's
 *       server is on the class path;
 *   <li><b>write</b>: hand the sources to the Filer ({@link SourceWriter}), and the object's XML
 *       to {@code META-INF/lwm2m/} with an index of the build's objects ({@link ObjectXmlWriter}).
 *       Every write goes through {@link FilerOutput}, which turns a compiler's refusal (ecj keeps
 *       an earlier build's outputs) into one {@code [output]} error per object.
 * </ol>
 *
 * <p>Problems are printed once: for XML as {@code file.xml:line:column: [rule] message} on the
 * annotated element, for interfaces as {@code [rule] message} on the method or interface at
 * fault. Nothing is thrown into javac: a failure is reported per object as an internal error and
 * the other objects go on.
 */
@AutoService(Processor.class)
public final class LwM2mProcessor extends AbstractProcessor {
  private Options options;
  private Reporter reporter;
  private ObjectDefinitionReader reader;
  private ModelLocator locator;
  /** Every Filer write goes through this one (sources, object XML, and any later output). */
  private FilerOutput output;
  private SourceWriter writer;
  private ObjectXmlWriter xmlWriter;
  private AnnotationReader annotationReader;
  private ObjectValidator validator;
  private final Map<String, BindingPlanner> planners = new HashMap<>();
  private final Map<Element, InputsRecord> inputs = new LinkedHashMap<>();
  private boolean optionsReported;
  /** Generate {@code NRemote}: Leshan's server (and the runtime's server side) are on the class path. */
  private boolean remote;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    options = Options.parse(env.getOptions());
    reporter = new Reporter(env.getMessager());
    validator = new ObjectValidator(options);
    reader = new ObjectDefinitionReader(new ReaderOptions(options.lenientSchema(), ReaderOptions.DEFAULT_MAX_BYTES));
    locator = new ModelLocator(env.getFiler(), options.modelFolders(), ReaderOptions.DEFAULT_MAX_BYTES);
    output = new FilerOutput(env.getFiler());
    writer = new SourceWriter(output);
    xmlWriter = new ObjectXmlWriter(output);
    annotationReader = new AnnotationReader(env);
    remote = env.getElementUtils().getTypeElement("org.eclipse.leshan.server.LeshanServer") != null
        && env.getElementUtils().getTypeElement("org.lwm2m.codegen.runtime.remote.RemoteInstance") != null;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(LwM2mModels.class.getName(), LwM2mObject.class.getName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.NAMES;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!options.problems().isEmpty()) {
      // Options change what every rule reports and what is written: with a bad one, bind nothing.
      if (!optionsReported) {
        optionsReported = true;
        for (String problem : options.problems()) {
          reporter.error(Rule.OPTION, problem, null, null);
        }
      }
      return false;
    }
    // Interfaces first, their names reserved before any is bound: they are the user's names, so
    // generated classes make way for them.
    for (Element element : round.getElementsAnnotatedWith(LwM2mObject.class)) {
      planner(packageOf(element)).reserveInterface(element.getSimpleName().toString());
    }
    for (Element element : round.getElementsAnnotatedWith(LwM2mObject.class)) {
      try {
        bindInterface((TypeElement) element);
      } catch (RuntimeException | LinkageError e) {
        internalError(element, "binding " + element, e);
      }
    }
    for (Element element : round.getElementsAnnotatedWith(LwM2mModels.class)) {
      try {
        bindModels(element);
      } catch (RuntimeException | LinkageError e) {
        internalError(element, "binding " + element, e);
      }
    }
    inputs.forEach((element, record) -> record.write(processingEnv.getFiler(), element));
    inputs.clear();
    if (round.processingOver()) {
      writeIndex();
    }
    return false;
  }

  /** The record of what {@code element}'s bindings were read from, for the Maven plugin. */
  private InputsRecord inputsOf(Element element) {
    return inputs.computeIfAbsent(element, e -> {
      InputsRecord record = InputsRecord.of(e, processingEnv.getElementUtils());
      if (options.registry() != null) {
        record.file(options.registry().toString(), CommonResources.file(options.registry()));
      }
      if (!Licenses.isBuiltIn(options.license())) {
        record.file(options.license(), java.nio.file.Path.of(options.license()));
      }
      return record;
    });
  }

  private void writeIndex() {
    try {
      xmlWriter.writeIndex();
    } catch (FilerOutput.Failed e) {
      reporter.error(Rule.OUTPUT, e.getMessage(), null, null);
    } catch (RuntimeException e) {
      internalError(null, "writing " + ObjectXmlWriter.INDEX, e);
    }
  }

  private void bindInterface(TypeElement type) {
    inputsOf(type);
    AnnotatedObject read = annotationReader.read(type);
    Diagnostics diagnostics = new Diagnostics(options.strict(), options.disabledRules());
    boolean valid = true;
    for (Problem p : read.problems()) {
      Problem kept = diagnostics.add(p);
      valid &= kept == null || !kept.isError();
    }
    if (read.definition() != null) {
      valid &= validator.validateInterface(read.definition(), diagnostics);
    }
    if (type.getNestingKind().isNested()) {
      diagnostics.add(Message.INTERFACE_NESTED.at(read.definition() == null ? Location.of(type.toString()) : read.definition().location()));
      valid = false;
    }
    for (Problem p : diagnostics.problems()) {
      reporter.at(p, read.elementAt(p.location()));
    }
    if (!valid) {
      return;
    }
    String packageName = packageOf(type);
    BindingPlanner planner = planner(packageName);
    ObjectBinding binding =
        planner.planUserInterface(packageName, read.definition(), type.getSimpleName().toString(), read.members());
    String clash = remote ? remoteClash(type) : null;
    if (clash != null) {
      Diagnostics skipped = new Diagnostics(options.strict(), options.disabledRules());
      skipped.report(Message.NO_REMOTE, read.definition().location(), binding.remoteName(), clash);
      for (Problem p : skipped.problems()) {
        reporter.at(p, type);
      }
    }
    try {
      for (SourceTexts.Source source : SourceTexts.of(binding, remote && clash == null)) {
        writer.write(source, type);
      }
      xmlWriter.write(read.definition(), options.licenseText(), type);
    } catch (FilerOutput.Failed e) {
      outputError(binding, e, type, null);
    } catch (RuntimeException | LinkageError e) {
      internalError(type, "generating object " + read.definition().objectId() + " from " + type, e);
    }
  }

  private void bindModels(Element element) {
    String packageName = packageOf(element);
    Diagnostics diagnostics = new Diagnostics(options.strict(), options.disabledRules());
    List<ObjectDefinition> valid = new ArrayList<>();
    List<ModelFile> files = new ArrayList<>();
    for (String entry : element.getAnnotation(LwM2mModels.class).value()) {
      files.addAll(find(entry, diagnostics, inputsOf(element))); // the Filer: on javac's thread
    }
    // The reader is thread-safe, so files are read in parallel; the rules, which compare objects
    // with each other, then run in file order. Diagnostics name the path read; generated sources
    // name the entry (the same on every machine).
    if (!files.isEmpty()) {
      reader.prepare();
    }
    List<ReadResult> results = files.parallelStream().map(f -> reader.read(f.path(), f.content())).toList();
    for (int i = 0; i < files.size(); i++) {
      ModelFile file = files.get(i);
      ReadResult result = results.get(i);
      boolean fileValid = true;
      for (Problem p : result.problems()) {
        Problem kept = diagnostics.add(p);
        fileValid &= kept == null || !kept.isError();
      }
      for (ObjectDefinition object : result.objects()) {
        if (validator.validate(object, diagnostics) && fileValid) {
          valid.add(object.withSourceName(file.name()));
        }
      }
    }
    report(diagnostics, element);
    BindingPlanner planner = planner(packageName);
    for (SourceTexts.Generated generated : SourceTexts.of(planner.plan(packageName, valid), remote)) {
      ObjectBinding binding = generated.binding();
      if (generated.failure() != null) {
        internalError(element, "generating object " + binding.definition().objectId() + " from " + binding.source(), generated.failure());
        continue;
      }
      try {
        for (SourceTexts.Source source : generated.sources()) {
          writer.write(source, element);
        }
        xmlWriter.write(binding.definition(), binding.definition().license(), element);
      } catch (FilerOutput.Failed e) {
        outputError(binding, e, element, mirrorOf(element));
      } catch (Exception | LinkageError e) {
        internalError(element, "generating object " + binding.definition().objectId() + " from " + binding.source(), e);
      }
    }
  }

  private List<ModelFile> find(String entry, Diagnostics diagnostics, ModelLocator.Inputs inputs) {
    try {
      List<ModelFile> files = locator.find(entry, inputs);
      if (files.isEmpty()) {
        diagnostics.report(Message.FOLDER_EMPTY, Location.of(entry), entry);
      }
      return files;
    } catch (ModelLocator.NotFound e) {
      diagnostics.report(Rule.MODEL_FILE, Location.of(entry), e.getMessage());
      return List.of();
    }
  }

  private void report(Diagnostics diagnostics, Element element) {
    AnnotationMirror mirror = mirrorOf(element);
    for (Problem p : diagnostics.problems()) {
      reporter.inFile(p, element, mirror);
    }
  }

  /** A file of the object could not be written: one located error, no trace (it is the build's state, not a bug). */
  private void outputError(ObjectBinding binding, FilerOutput.Failed e, Element element, AnnotationMirror mirror) {
    reporter.error(Rule.OUTPUT, "object " + binding.definition().objectId() + " (" + binding.source() + "): " + e.getMessage(), element, mirror);
  }

  private void internalError(Element element, String what, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    reporter.error(Rule.INTERNAL, "lwm2m-codegen failed " + what + "; please report this with the input:\n" + trace, element, null);
  }

  private AnnotationMirror mirrorOf(Element element) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(LwM2mModels.class.getName())) {
        return m;
      }
    }
    return null;
  }

  /**
   * The first method of the interface (its own or inherited, resource or not) without parameters
   * whose name is one of the remote's own methods, or null: {@code NRemote} implements the
   * interface, so such a method would clash with the remote's.
   */
  private String remoteClash(TypeElement type) {
    for (ExecutableElement m : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(type))) {
      String name = m.getSimpleName().toString();
      if (m.getParameters().isEmpty() && BindingPlanner.REMOTE_METHODS.contains(name)) {
        return name;
      }
    }
    return null;
  }

  /** One planner per package, kept across rounds, so names stay unique in the package. */
  private BindingPlanner planner(String packageName) {
    return planners.computeIfAbsent(packageName, p -> new BindingPlanner());
  }

  private String packageOf(Element element) {
    PackageElement p =
        element.getKind() == ElementKind.PACKAGE
            ? (PackageElement) element
            : processingEnv.getElementUtils().getPackageOf(element);
    return p.getQualifiedName().toString();
  }
}
