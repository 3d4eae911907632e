package org.lwm2m.codegen.sample.objects;

import org.lwm2m.codegen.annotations.LwM2mObject;
import org.lwm2m.codegen.annotations.LwM2mResource;
import org.lwm2m.codegen.annotations.Operations;
import org.lwm2m.codegen.runtime.ResourceNotProvidedException;

/**
 * An LwM2M object declared in Java rather than in object XML. From this interface the processor
 * generates {@code SoilMoistureSensorModel}, {@code SoilMoistureSensorValidator}, {@code
 * SoilMoistureSensorEnabler} and (Leshan's server is on this project's class path) {@code
 * SoilMoistureSensorRemote} next to it, and writes the object's XML to the class output as {@code
 * META-INF/lwm2m/32003-1_0.xml}, where a server finds it with {@code ClassPathModels.load()}.
 */
@LwM2mObject(
    id = 32003,
    name = "Soil Moisture Sensor",
    description = "Volumetric water content of the soil around a probe buried in a greenhouse bed.",
    version = "1.0",
    lwm2mVersion = "1.1",
    multiple = true)
public interface SoilMoistureSensor {

  /** The last measured water content, in percent of the soil's volume. */
  @LwM2mResource(
      id = 0,
      name = "Soil Moisture",
      operations = Operations.R,
      mandatory = true,
      range = "0.0..100.0",
      units = "%",
      description = "Last measured volumetric water content of the soil.")
  double getSoilMoisture();

  /** Where the probe sits; optional, so a sensor that has no label answers 4.04. */
  @LwM2mResource(
      id = 1,
      name = "Label",
      operations = Operations.RW,
      range = "0..32 bytes",
      description = "Free text naming the bed the probe is buried in.")
  default String getLabel() {
    throw new ResourceNotProvidedException(1);
  }

  default void setLabel(String label) {
    throw new ResourceNotProvidedException(1);
  }

  /** Takes the current reading as the dry reference. */
  @LwM2mResource(
      id = 2,
      name = "Calibrate",
      operations = Operations.E,
      description = "Re-zero the probe against its current reading.")
  void calibrate();
}
