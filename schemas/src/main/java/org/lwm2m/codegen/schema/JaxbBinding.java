package org.lwm2m.codegen.schema;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import javax.xml.transform.sax.SAXSource;

/** Unmarshals documents into the package-private JAXB classes. */
final class JaxbBinding {

  private static volatile JAXBContext context;

  private JaxbBinding() {}

  /**
   * Binds {@code content}, already known to be well-formed, through a secure reader. Binding
   * problems (unknown elements...) are ignored here: schema validation reports them with their
   * location. Returns null when the root element is not {@code LWM2M}.
   */
  static XmlLwm2m unmarshal(byte[] content) throws JAXBException {
    Object root =
        newUnmarshaller().unmarshal(new SAXSource(SecureXml.newReader(), SecureXml.input(content)));
    return root instanceof XmlLwm2m lwm2m ? lwm2m : null;
  }

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
