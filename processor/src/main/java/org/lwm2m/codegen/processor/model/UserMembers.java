package org.lwm2m.codegen.processor.model;

/**
 * The members a user's annotated interface declares for one resource: the generated enabler calls
 * these by name.
 *
 * @param getter the getter, or null when there is none (W resources, executable ones)
 * @param setter the setter, or null when there is none
 * @param executeMethod the method of an executable resource, else null
 */
public record UserMembers(
    String getter, String setter, String executeMethod, boolean executeTakesArguments, ResourceBinding.JavaForm form) {}
