package org.lwm2m.codegen.processor.read;

/** One object XML file found for an {@code @LwM2mModels} entry: its name as the entry spells it, and its bytes. */
public record ModelFile(String name, byte[] content) {}
