package org.lwm2m.codegen.annotations;

/** The operations a resource allows. */
public enum Operations {
  R,
  W,
  RW,
  E,
  /** No operation at all (the empty value of object XML). */
  NONE
}
