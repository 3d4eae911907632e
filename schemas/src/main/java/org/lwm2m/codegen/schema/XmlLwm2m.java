package org.lwm2m.codegen.schema;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;

/** JAXB binding of the {@code <LWM2M>} root. Never leaves the package. */
@XmlRootElement(name = "LWM2M")
@XmlAccessorType(XmlAccessType.FIELD)
final class XmlLwm2m {

  @XmlAttribute(name = "noNamespaceSchemaLocation",
      namespace = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI)
  String schemaLocation;

  @XmlElement(name = "Object")
  List<XmlObject> objects = new ArrayList<>();
}
