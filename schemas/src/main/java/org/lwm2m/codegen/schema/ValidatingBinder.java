package org.lwm2m.codegen.schema;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Schema validation and JAXB binding in the scanner's parse: from the root element on, the
 * document's events go to a {@link ValidatorHandler} of the schema the root names (1.1 when it
 * names none), which collects every error and passes the events on to JAXB: one parse, not three.
 */
final class ValidatingBinder implements DocumentScanner.Downstream {
  private final String file;
  private final Map<SchemaVersion, Pool<ValidatorHandler>> validators;
  private final Pool<Unmarshaller> unmarshallers;
  private final List<Problem> problems = new ArrayList<>();
  private ValidatorHandler validator;
  private Pool<ValidatorHandler> validatorPool;
  private Unmarshaller unmarshaller;
  private Guard binding;

  ValidatingBinder(String file, Map<SchemaVersion, Pool<ValidatorHandler>> validators, Pool<Unmarshaller> unmarshallers) {
    this.file = file;
    this.validators = validators;
    this.unmarshallers = unmarshallers;
  }

  /** A validator handler of {@code version} that fetches nothing external. */
  static ValidatorHandler newValidatorHandler(SchemaVersion version) {
    ValidatorHandler handler = SchemaCache.get(version).newValidatorHandler();
    try {
      handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("cannot secure the schema validator", e);
    }
    return handler;
  }

  @Override
  public ContentHandler atRoot(String schemaLocation, boolean rootIsLwm2m) {
    SchemaVersion declared = SchemaVersion.fromLocation(schemaLocation);
    validatorPool = validators.get(declared == null ? SchemaVersion.V1_1 : declared);
    validator = validatorPool.take();
    validator.setErrorHandler(SchemaValidation.collector(file, problems));
    validator.setContentHandler(null);
    if (rootIsLwm2m) { // else the schema errors say what is wrong
      try {
        unmarshaller = unmarshallers.take();
        binding = new Guard(unmarshaller.getUnmarshallerHandler());
        validator.setContentHandler(binding);
      } catch (RuntimeException e) {
        binding = new Guard(null);
        binding.failure = e;
      }
    }
    return validator;
  }

  /** Every schema error and warning, in document order. */
  List<Problem> problems() {
    return problems;
  }

  /** The bound root, or null when the root is not LWM2M or binding failed (see {@link #bindingFailure}). */
  XmlLwm2m root() {
    if (binding == null || binding.failure != null) {
      return null;
    }
    try {
      Object result = binding.handler.getResult();
      return result instanceof XmlLwm2m lwm2m ? lwm2m : null;
    } catch (JAXBException | RuntimeException e) {
      binding.failure = e;
      return null;
    }
  }

  /** Why binding failed, or null. */
  Exception bindingFailure() {
    return binding == null ? null : binding.failure;
  }

  /** Gives the helpers back when the document ended normally (after {@link #root}). */
  void release(boolean parsedToTheEnd) {
    if (validator != null) {
      validator.setErrorHandler(null);
      validator.setContentHandler(null);
      if (parsedToTheEnd) {
        validatorPool.give(validator);
      }
    }
    if (unmarshaller != null && parsedToTheEnd && binding.failure == null) {
      unmarshallers.give(unmarshaller);
    }
  }

  /** Passes events to JAXB until it fails; a binding failure must not end the parse. */
  private static final class Guard extends DefaultHandler {
    final UnmarshallerHandler handler;
    Exception failure;

    Guard(UnmarshallerHandler handler) {
      this.handler = handler;
    }

    private interface Event {
      void send() throws SAXException;
    }

    private void pass(Event event) {
      if (failure != null || handler == null) {
        return;
      }
      try {
        event.send();
      } catch (SAXException | RuntimeException e) {
        failure = e;
      }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      pass(() -> handler.setDocumentLocator(locator));
    }

    @Override
    public void startDocument() {
      pass(handler::startDocument);
    }

    @Override
    public void endDocument() {
      pass(handler::endDocument);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
      pass(() -> handler.startPrefixMapping(prefix, uri));
    }

    @Override
    public void endPrefixMapping(String prefix) {
      pass(() -> handler.endPrefixMapping(prefix));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      pass(() -> handler.startElement(uri, localName, qName, attributes));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      pass(() -> handler.endElement(uri, localName, qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      pass(() -> handler.characters(ch, start, length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      pass(() -> handler.ignorableWhitespace(ch, start, length));
    }
  }
}
