package org.lwm2m.codegen.schema;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/** Secure SAX readers: every parse of untrusted input in this package goes through here. */
public final class SecureXml {

  private SecureXml() {}

  /**
   * The configured factory, one per thread (factories are not thread-safe): configuring one costs
   * more than the parse of a small file. Each reader it makes gets its own settings below too.
   */
  private static final ThreadLocal<SAXParserFactory> FACTORY = ThreadLocal.withInitial(SecureXml::newFactory);

  private static SAXParserFactory newFactory() {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot configure a secure XML parser", e);
    }
  }

  /**
   * A namespace-aware, non-validating reader that refuses DOCTYPEs (so no DTD, no entity
   * expansion, no billion laughs), never fetches anything external and has XInclude off. The
   * JDK's own parser is used ({@code newDefaultInstance}) so that whatever parser happens to be on
   * a processor's class path cannot weaken these settings.
   */
  public static XMLReader newReader() {
    try {
      XMLReader reader = FACTORY.get().newSAXParser().getXMLReader();
      reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      reader.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
          });
      return reader;
    } catch (ParserConfigurationException | SAXException e) {
      // The JDK parser supports all of these: failing here is a broken runtime, not bad input.
      throw new IllegalStateException("cannot configure a secure XML parser", e);
    }
  }

  static InputSource input(byte[] content) {
    return new InputSource(new ByteArrayInputStream(content));
  }

  static void trySetProperty(XMLReader reader, String name, Object value) {
    try {
      reader.setProperty(name, value);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      // Optional nicety only.
    }
  }
}
