package org.lwm2m.codegen.schema;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/**
 * JAXB binding of one {@code <Object>}. Every child is bound as raw text (even ObjectID) so that
 * nothing is lost or rejected here: the schema pass judges values, the mapper converts them.
 * Never leaves the package.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"name", "description1", "objectId", "urn", "lwm2mVersion",
    "objectVersion", "multipleInstances", "mandatory", "resources", "description2"})
final class XmlObject {

  // JAXB RI fills a transient Locator field marked @XmlLocation with the element's position.
  @XmlLocation @XmlTransient Locator locator;

  @XmlAttribute(name = "ObjectType") String objectType;

  @XmlElement(name = "Name") XmlText name;
  @XmlElement(name = "Description1") XmlText description1;
  @XmlElement(name = "ObjectID") XmlText objectId;
  @XmlElement(name = "ObjectURN") XmlText urn;
  @XmlElement(name = "LWM2MVersion") XmlText lwm2mVersion;
  @XmlElement(name = "ObjectVersion") XmlText objectVersion;
  @XmlElement(name = "MultipleInstances") XmlText multipleInstances;
  @XmlElement(name = "Mandatory") XmlText mandatory;
  @XmlElement(name = "Resources") XmlResources resources;
  @XmlElement(name = "Description2") XmlText description2;
}
