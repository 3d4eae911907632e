/**
 * The size benchmark: bindings of Temperature (3303), Humidity (3304), LPWAN Communication (3412,
 * {@code src/main/resources/size/}) and Device (3, from Leshan's jar), generated at compile time,
 * beside enablers of the same objects written by hand in the style of Leshan's demo client
 * ({@code HandWritten*}). {@link org.lwm2m.codegen.benchmarks.SizeReport} compares their code lines.
 */
@LwM2mModels({"size/", "models/3.xml"})
package org.lwm2m.codegen.benchmarks.size;

import org.lwm2m.codegen.annotations.LwM2mModels;
