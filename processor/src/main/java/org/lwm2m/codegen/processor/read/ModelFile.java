package org.lwm2m.codegen.processor.read;

/**
 * One object XML file found for an {@code @LwM2mModels} entry.
 *
 * @param name its name as the entry spells it ({@code lwm2m/3303.xml}): generated sources name this
 * @param path where it was read, as a path the user can open: diagnostics name this
 * @param content its bytes
 */
public record ModelFile(String name, String path, byte[] content) {}
