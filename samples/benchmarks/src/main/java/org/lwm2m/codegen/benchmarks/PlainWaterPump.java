package org.lwm2m.codegen.benchmarks;

import java.time.Instant;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.request.argument.Arguments;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.lwm2m.codegen.benchmarks.objects.WaterPump;

/**
 * A user's implementation of the generated {@link WaterPump} interface: plain fields, every
 * resource provided, no checks of its own (the generated enabler checks what servers write). B3
 * measures the generated enabler with it too, to tell the enabler's cost from the generated
 * in-memory implementation's.
 */
public final class PlainWaterPump implements WaterPump {
  private long pumpState = PumpValues.PUMP_STATE;
  private boolean enabled = PumpValues.ENABLED;
  private double targetFlow = PumpValues.TARGET_FLOW;
  private double measuredFlow = PumpValues.MEASURED_FLOW;
  private double inletPressure = PumpValues.INLET_PRESSURE;
  private double outletPressure = PumpValues.OUTLET_PRESSURE;
  private long motorFrequency = PumpValues.MOTOR_FREQUENCY;
  private double motorTemperature = PumpValues.MOTOR_TEMPERATURE;
  private ULong runningHours = PumpValues.RUNNING_HOURS;
  private long startCount = PumpValues.START_COUNT;
  private String operatingMode = PumpValues.OPERATING_MODE;
  private String stationName = PumpValues.STATION_NAME;
  private String firmwareTag = PumpValues.FIRMWARE_TAG;
  private Instant lastService = PumpValues.LAST_SERVICE;
  private long serviceInterval = PumpValues.SERVICE_INTERVAL;
  private long faultCode = PumpValues.FAULT_CODE;
  private byte[] calibration = PumpValues.CALIBRATION.clone();
  private ObjectLink flowSensor = PumpValues.FLOW_SENSOR;
  private boolean dryRunProtection = PumpValues.DRY_RUN_PROTECTION;
  private double lowPressureLimit = PumpValues.LOW_PRESSURE_LIMIT;

  @Override public long getPumpState() { return pumpState; }
  @Override public boolean getEnabled() { return enabled; }
  @Override public void setEnabled(boolean value) { enabled = value; }
  @Override public double getTargetFlow() { return targetFlow; }
  @Override public void setTargetFlow(double value) { targetFlow = value; }
  @Override public double getMeasuredFlow() { return measuredFlow; }
  @Override public double getInletPressure() { return inletPressure; }
  @Override public double getOutletPressure() { return outletPressure; }
  @Override public long getMotorFrequency() { return motorFrequency; }
  @Override public void setMotorFrequency(long value) { motorFrequency = value; }
  @Override public double getMotorTemperature() { return motorTemperature; }
  @Override public ULong getRunningHours() { return runningHours; }
  @Override public long getStartCount() { return startCount; }
  @Override public String getOperatingMode() { return operatingMode; }
  @Override public void setOperatingMode(String value) { operatingMode = value; }
  @Override public String getStationName() { return stationName; }
  @Override public void setStationName(String value) { stationName = value; }
  @Override public String getFirmwareTag() { return firmwareTag; }
  @Override public Instant getLastService() { return lastService; }
  @Override public void setLastService(Instant value) { lastService = value; }
  @Override public long getServiceInterval() { return serviceInterval; }
  @Override public void setServiceInterval(long value) { serviceInterval = value; }
  @Override public long getFaultCode() { return faultCode; }
  @Override public byte[] getCalibration() { return calibration; }
  @Override public void setCalibration(byte[] value) { calibration = value; }
  @Override public ObjectLink getFlowSensor() { return flowSensor; }
  @Override public void setFlowSensor(ObjectLink value) { flowSensor = value; }
  @Override public boolean getDryRunProtection() { return dryRunProtection; }
  @Override public void setDryRunProtection(boolean value) { dryRunProtection = value; }
  @Override public double getLowPressureLimit() { return lowPressureLimit; }
  @Override public void setLowPressureLimit(double value) { lowPressureLimit = value; }
  @Override public void resetCounters(Arguments arguments) { startCount = 0; }
}
