package org.lwm2m.codegen.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The floor of B2: an annotation processor that does no work of its own. In its first round it
 * hands javac, through the Filer, exactly the source texts lwm2m-codegen generated for the same
 * build, and nothing else. It pays what any processor producing those sources pays (the extra
 * round, the Filer's bookkeeping, javac entering the new sources) and nothing more.
 *
 * <p>In-process the texts are given to the constructor; in a fresh {@code javac} process
 * ({@code -processor} from {@code -processorpath}) they are read from the folder named by
 * {@code -Afloor.sources}, the {@code -s} folder of an earlier lwm2m-codegen build.
 */
@SupportedAnnotationTypes("org.lwm2m.codegen.annotations.LwM2mModels")
@SupportedOptions(FloorProcessor.SOURCES)
public final class FloorProcessor extends AbstractProcessor {
  static final String SOURCES = "floor.sources";

  private Map<String, String> sources;

  /** For javac's service loading: the sources come from {@code -Afloor.sources}. */
  public FloorProcessor() {}

  /** Source texts by qualified type name. */
  FloorProcessor(Map<String, String> sources) {
    this.sources = sources;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (annotations.isEmpty()) {
      return false;
    }
    try {
      Map<String, String> texts = sources != null ? sources : read(Path.of(processingEnv.getOptions().get(SOURCES)));
      for (Map.Entry<String, String> source : texts.entrySet()) {
        try (Writer out = processingEnv.getFiler().createSourceFile(source.getKey()).openWriter()) {
          out.write(source.getValue());
        }
      }
    } catch (IOException | RuntimeException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "floor: " + e);
    }
    return false;
  }

  /** Every {@code .java} file below {@code dir}, by qualified type name, in path order. */
  static Map<String, String> read(Path dir) {
    Map<String, String> texts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String relative = dir.relativize(file).toString();
        String name = relative.substring(0, relative.length() - ".java".length()).replace(file.getFileSystem().getSeparator(), ".");
        texts.put(name, Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
