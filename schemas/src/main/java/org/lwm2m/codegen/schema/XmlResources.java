package org.lwm2m.codegen.schema;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/** JAXB binding of {@code <Resources>}: its Items in document order. Never leaves the package. */
@XmlAccessorType(XmlAccessType.FIELD)
final class XmlResources {

  // JAXB RI fills a transient Locator field marked @XmlLocation with the element's position.
  @XmlLocation @XmlTransient Locator locator;

  @XmlElement(name = "Item") List<XmlItem> items = new ArrayList<>();
}
