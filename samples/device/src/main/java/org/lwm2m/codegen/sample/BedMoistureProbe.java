package org.lwm2m.codegen.sample;

import org.lwm2m.codegen.sample.objects.SoilMoistureSensor;

/**
 * The device's implementation of {@link SoilMoistureSensor}, an interface the sample declares
 * itself (not generated). It keeps a raw reading and a calibration offset; it provides the
 * optional Label. Server writes of the label arrive already checked (at most 32 bytes).
 */
public final class BedMoistureProbe implements SoilMoistureSensor {
  private double raw;
  private double offset;
  private String label;
  private int calibrations;

  public BedMoistureProbe(double firstRawReading, String label) {
    this.raw = firstRawReading;
    this.label = label;
  }

  /** A new raw reading of the probe (device code). */
  public synchronized void measure(double rawPercent) {
    raw = rawPercent;
  }

  @Override
  public synchronized double getSoilMoisture() {
    return Math.max(0.0, Math.min(100.0, raw - offset));
  }

  @Override
  public synchronized String getLabel() {
    return label;
  }

  @Override
  public synchronized void setLabel(String label) {
    this.label = label;
  }

  @Override
  public synchronized void calibrate() {
    offset = raw;
    calibrations++;
  }

  /** How many times a server executed Calibrate. */
  public synchronized int calibrations() {
    return calibrations;
  }
}
