/**
 * The bindings of the benchmark object, Water Pump (32110, {@code src/main/resources/lwm2m/}),
 * generated at compile time by lwm2m-codegen exactly as in a user's build.
 */
@LwM2mModels({"lwm2m/"})
package org.lwm2m.codegen.benchmarks.objects;

import org.lwm2m.codegen.annotations.LwM2mModels;
