package org.lwm2m.codegen.sample;

import org.eclipse.leshan.core.request.argument.Arguments;
import org.lwm2m.codegen.sample.objects.TemperatureProbe;

/**
 * The device's own implementation of the generated {@link TemperatureProbe} interface: a probe
 * that keeps its last reading and the extremes. It provides the optional resources it overrides
 * (lowest, highest, clear extremes, sampling period); the one it does not override (Location
 * Label) does not exist for the server and reads as 4.04.
 *
 * <p>Device code calls {@link #measure(double)} and then tells the enabler which resources
 * changed, so that observers are notified. Writes from the server arrive already checked against
 * the object's rules (here: Sampling Period in 1..3600).
 */
public final class GreenhouseProbe implements TemperatureProbe {
  private double temperature;
  private double lowest;
  private double highest;
  private long samplingPeriod = 60;
  private int clears;

  public GreenhouseProbe(double firstReading) {
    temperature = firstReading;
    lowest = firstReading;
    highest = firstReading;
  }

  /** A new reading of the probe (device code). */
  public synchronized void measure(double celsius) {
    temperature = celsius;
    lowest = Math.min(lowest, celsius);
    highest = Math.max(highest, celsius);
  }

  @Override
  public synchronized double getTemperature() {
    return temperature;
  }

  @Override
  public synchronized double getLowestTemperature() {
    return lowest;
  }

  @Override
  public synchronized double getHighestTemperature() {
    return highest;
  }

  @Override
  public synchronized void clearExtremes(Arguments arguments) {
    lowest = temperature;
    highest = temperature;
    clears++;
  }

  @Override
  public synchronized long getSamplingPeriod() {
    return samplingPeriod;
  }

  @Override
  public synchronized void setSamplingPeriod(long seconds) {
    samplingPeriod = seconds;
  }

  /** How many times a server executed Clear Extremes. */
  public synchronized int clears() {
    return clears;
  }
}
