package org.lwm2m.codegen.schema;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.Map;
import javax.xml.namespace.QName;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/**
 * JAXB binding of a text-only element: its raw text and where it starts (SAX reports the position
 * just after the start tag). Never leaves the package.
 */
@XmlAccessorType(XmlAccessType.FIELD)
final class XmlText {

  @XmlValue String value;

  /**
   * Not used: with an attribute property JAXB binds the class through its general loader, which
   * fills the locator; for a value-only class it does not.
   */
  @XmlAnyAttribute Map<QName, String> attributes;

  // JAXB RI fills a transient Locator field marked @XmlLocation with the element's position.
  @XmlLocation @XmlTransient Locator locator;

  /** The text exactly as written; "" for an empty element. */
  String text() {
    return value == null ? "" : value;
  }
}
