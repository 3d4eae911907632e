package org.lwm2m.codegen.neighbour;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.annotation.XmlRootElement;

/**
 * Uses its JavaPoet and its JAXB in the first round and writes what it ran with into
 * {@code com.acme.neighbour.NeighbourMark}, so the test can see both processors ran on one path.
 */
@SupportedAnnotationTypes("*")
public final class NeighbourProcessor extends AbstractProcessor {
  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done) {
      return false;
    }
    done = true;
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(NeighbourProcessor.class.getClassLoader());
    try {
      String jaxb = JAXBContext.newInstance(Note.class).getClass().getName();
      TypeSpec mark = TypeSpec.classBuilder("NeighbourMark")
          .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
          .addField(constant("JAVAPOET", JavaFile.class.getProtectionDomain().getCodeSource().getLocation().toString()))
          .addField(constant("JAXB_API", JAXBContext.class.getProtectionDomain().getCodeSource().getLocation().toString()))
          .addField(constant("JAXB_CONTEXT", jaxb))
          .build();
      JavaFile.builder("com.acme.neighbour", mark).build().writeTo(processingEnv.getFiler());
    } catch (Exception e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "neighbour processor: " + e);
    } finally {
      thread.setContextClassLoader(previous);
    }
    return false;
  }

  private static FieldSpec constant(String name, String value) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("$S", value)
        .build();
  }

  /** A type for JAXB to bind. */
  @XmlRootElement
  public static final class Note {
    public String text;
  }
}
