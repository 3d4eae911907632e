package org.lwm2m.codegen.schema;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

/** Unmarshals documents into the package-private JAXB classes. */
final class JaxbBinding {

  private static volatile JAXBContext context;

  private JaxbBinding() {}

  /** An unmarshaller that lets schema validation report binding problems. */
  static Unmarshaller newUnmarshaller() throws JAXBException {
    Unmarshaller unmarshaller = context().createUnmarshaller();
    unmarshaller.setEventHandler(event -> true);
    return unmarshaller;
  }

  /** Created once; JAXBContext is thread-safe, unmarshallers are not (one per read). */
  static JAXBContext context() throws JAXBException {
    JAXBContext result = context;
    if (result == null) {
      synchronized (JaxbBinding.class) {
        result = context;
        if (result == null) {
          context = result = create();
        }
      }
    }
    return result;
  }

  /**
   * Inside an annotation processor the thread context class loader is the compiler plugin's, in
   * which the JAXB API finds no implementation ("Implementation of Jakarta XML Binding-API has
   * not been found"). The lookup is done with our own class loader instead.
   */
  static JAXBContext create() throws JAXBException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(ObjectDefinitionReader.class.getClassLoader());
    try {
      return JAXBContext.newInstance(XmlLwm2m.class);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
