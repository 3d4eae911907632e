package org.lwm2m.codegen.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.lwm2m.codegen.processor.validate.Rule;
import org.lwm2m.codegen.schema.Problem;

/**
 * Prints the processor's diagnostics, all in one format: {@link Problem#text()} ({@code [rule]
 * message}), led by {@code file:line:column: } for a problem in an object XML file. The
 * command-line checker prints the same text after the location and the severity ({@link
 * Problem#toString()}); here javac shows the severity, which is the rule's.
 */
final class Reporter {
  private final Messager messager;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  /** A problem in an XML file, on the annotation that named the file. */
  void inFile(Problem p, Element element, AnnotationMirror mirror) {
    messager.printMessage(kind(p), p.location() + ": " + p.text(), element, mirror);
  }

  /** A problem at a Java element (an annotated interface or its method), which javac points to. */
  void at(Problem p, Element element) {
    messager.printMessage(kind(p), p.text(), element);
  }

  /** An error of the build itself (options, outputs, a bug), on {@code element} when there is one. */
  void error(Rule rule, String message, Element element, AnnotationMirror mirror) {
    messager.printMessage(Diagnostic.Kind.ERROR, "[" + rule.id() + "] " + message, element, mirror);
  }

  private static Diagnostic.Kind kind(Problem p) {
    return switch (p.severity()) {
      case ERROR -> Diagnostic.Kind.ERROR;
      case WARNING -> Diagnostic.Kind.WARNING;
      case NOTE -> Diagnostic.Kind.NOTE;
    };
  }
}
