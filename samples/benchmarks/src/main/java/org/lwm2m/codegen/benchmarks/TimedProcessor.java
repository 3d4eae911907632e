package org.lwm2m.codegen.benchmarks;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Wraps a processor and adds up the time javac spends inside its init and process calls (B2). */
final class TimedProcessor implements Processor {
  private final Processor delegate;
  private long nanos;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** Time spent in {@code init} and every {@code process} call so far. */
  long nanos() {
    return nanos;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment env) {
    long t = System.nanoTime();
    delegate.init(env);
    nanos += System.nanoTime() - t;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long t = System.nanoTime();
    try {
      return delegate.process(annotations, round);
    } finally {
      nanos += System.nanoTime() - t;
    }
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
