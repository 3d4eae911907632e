/**
 * LwM2M bindings generated at compile time by lwm2m-codegen: the sample's own objects (every XML
 * file in {@code src/main/resources/lwm2m/}) and the Device object (3) from Leshan's core jar.
 *
 * <p>{@link org.lwm2m.codegen.sample.objects.SoilMoistureSensor} is the other way in: an object
 * declared as an annotated interface, for which the processor generates the same bindings (all but
 * the interface) and writes the object XML to {@code META-INF/lwm2m/} in the class output.
 */
@LwM2mModels({"lwm2m/", "models/3.xml"})
package org.lwm2m.codegen.sample.objects;

import org.lwm2m.codegen.annotations.LwM2mModels;
