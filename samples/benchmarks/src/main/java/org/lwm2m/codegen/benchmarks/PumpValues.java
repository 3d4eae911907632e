package org.lwm2m.codegen.benchmarks;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.leshan.client.resource.SimpleInstanceEnabler;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.peer.IpPeer;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.lwm2m.codegen.benchmarks.objects.WaterPumpEnabler;
import org.lwm2m.codegen.benchmarks.objects.WaterPumpModel;

/**
 * The values every Water Pump instance of the benchmarks holds, and the three ways of serving
 * them: the generated enabler (with its in-memory implementation), the hand-written one and
 * Leshan's {@link SimpleInstanceEnabler}. All three hold the same values.
 */
public final class PumpValues {
  public static final long PUMP_STATE = 1;
  public static final boolean ENABLED = true;
  public static final double TARGET_FLOW = 2.5;
  public static final double MEASURED_FLOW = 2.43;
  public static final double INLET_PRESSURE = 180_000.0;
  public static final double OUTLET_PRESSURE = 420_000.0;
  public static final long MOTOR_FREQUENCY = 45;
  public static final double MOTOR_TEMPERATURE = 61.5;
  public static final ULong RUNNING_HOURS = ULong.valueOf(12_345);
  public static final long START_COUNT = 4_711;
  public static final String OPERATING_MODE = "automatic";
  public static final String STATION_NAME = "North field borehole";
  public static final String FIRMWARE_TAG = "drive-4.2.0";
  public static final Instant LAST_SERVICE = Instant.parse("2025-03-14T09:30:00Z");
  public static final long SERVICE_INTERVAL = 2_000;
  public static final long FAULT_CODE = 0;
  public static final byte[] CALIBRATION = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
  public static final ObjectLink FLOW_SENSOR = new ObjectLink(3300, 0);
  public static final boolean DRY_RUN_PROTECTION = true;
  public static final double LOW_PRESSURE_LIMIT = 50_000.0;

  /** A server as Leshan's client sees one (not SYSTEM): what every request of the benchmarks comes from. */
  public static final LwM2mServer SERVER =
      new LwM2mServer(new IpPeer(new java.net.InetSocketAddress("127.0.0.1", 5683)), 123L,
          java.net.URI.create("coap://127.0.0.1:5683"));

  private PumpValues() {}

  /** A generated enabler backed by the generated in-memory implementation, set to the values. */
  public static WaterPumpEnabler generated(int id) {
    WaterPumpEnabler enabler = WaterPumpEnabler.inMemory(id);
    WaterPumpEnabler.InMemory pump = (WaterPumpEnabler.InMemory) enabler.implementation();
    pump.setPumpState(PUMP_STATE);
    pump.setEnabled(ENABLED);
    pump.setTargetFlow(TARGET_FLOW);
    pump.setMeasuredFlow(MEASURED_FLOW);
    pump.setInletPressure(INLET_PRESSURE);
    pump.setOutletPressure(OUTLET_PRESSURE);
    pump.setMotorFrequency(MOTOR_FREQUENCY);
    pump.setMotorTemperature(MOTOR_TEMPERATURE);
    pump.setRunningHours(RUNNING_HOURS);
    pump.setStartCount(START_COUNT);
    pump.setOperatingMode(OPERATING_MODE);
    pump.setStationName(STATION_NAME);
    pump.setFirmwareTag(FIRMWARE_TAG);
    pump.setLastService(LAST_SERVICE);
    pump.setServiceInterval(SERVICE_INTERVAL);
    pump.setFaultCode(FAULT_CODE);
    pump.setCalibration(CALIBRATION.clone());
    pump.setFlowSensor(FLOW_SENSOR);
    pump.setDryRunProtection(DRY_RUN_PROTECTION);
    pump.setLowPressureLimit(LOW_PRESSURE_LIMIT);
    return enabler;
  }

  /** The hand-written enabler, set to the values. */
  public static HandWrittenWaterPump handWritten(int id) {
    HandWrittenWaterPump enabler = new HandWrittenWaterPump(id);
    enabler.setModel(WaterPumpModel.MODEL);
    return enabler;
  }

  /** Leshan's SimpleInstanceEnabler initialised with the values (as Leshan's value classes). */
  public static SimpleInstanceEnabler simple(int id) {
    SimpleInstanceEnabler enabler = new SimpleInstanceEnabler(id, initialValues());
    enabler.setModel(WaterPumpModel.MODEL); // creates its resources from the initial values
    return enabler;
  }

  /** The values by resource ID in Leshan's value classes (what SimpleInstanceEnabler takes). */
  public static Map<Integer, Object> initialValues() {
    Map<Integer, Object> v = new HashMap<>();
    v.put(0, PUMP_STATE);
    v.put(1, ENABLED);
    v.put(2, TARGET_FLOW);
    v.put(3, MEASURED_FLOW);
    v.put(4, INLET_PRESSURE);
    v.put(5, OUTLET_PRESSURE);
    v.put(6, MOTOR_FREQUENCY);
    v.put(7, MOTOR_TEMPERATURE);
    v.put(8, RUNNING_HOURS);
    v.put(9, START_COUNT);
    v.put(10, OPERATING_MODE);
    v.put(11, STATION_NAME);
    v.put(12, FIRMWARE_TAG);
    v.put(13, Date.from(LAST_SERVICE));
    v.put(14, SERVICE_INTERVAL);
    v.put(15, FAULT_CODE);
    v.put(16, CALIBRATION.clone());
    v.put(17, FLOW_SENSOR);
    v.put(18, DRY_RUN_PROTECTION);
    v.put(19, LOW_PRESSURE_LIMIT);
    return v;
  }

  /**
   * A replace-write of every writable resource with valid values (what B3 and B4 write), the
   * values differing from the initial ones when {@code alternate}.
   */
  public static LwM2mObjectInstance writableInstance(int id, boolean alternate) {
    return new LwM2mObjectInstance(id,
        LwM2mSingleResource.newBooleanResource(WaterPumpModel.ENABLED, !alternate),
        LwM2mSingleResource.newFloatResource(WaterPumpModel.TARGET_FLOW, alternate ? 3.25 : TARGET_FLOW),
        LwM2mSingleResource.newIntegerResource(WaterPumpModel.MOTOR_FREQUENCY, alternate ? 50 : MOTOR_FREQUENCY),
        LwM2mSingleResource.newStringResource(WaterPumpModel.OPERATING_MODE, alternate ? "schedule" : OPERATING_MODE),
        LwM2mSingleResource.newStringResource(WaterPumpModel.STATION_NAME, alternate ? "South field borehole" : STATION_NAME),
        LwM2mSingleResource.newDateResource(WaterPumpModel.LAST_SERVICE,
            Date.from(alternate ? LAST_SERVICE.plusSeconds(86_400) : LAST_SERVICE)),
        LwM2mSingleResource.newIntegerResource(WaterPumpModel.SERVICE_INTERVAL, alternate ? 2_500 : SERVICE_INTERVAL),
        LwM2mSingleResource.newBinaryResource(WaterPumpModel.CALIBRATION, CALIBRATION.clone()),
        LwM2mSingleResource.newObjectLinkResource(WaterPumpModel.FLOW_SENSOR, alternate ? new ObjectLink(3300, 1) : FLOW_SENSOR),
        LwM2mSingleResource.newBooleanResource(WaterPumpModel.DRY_RUN_PROTECTION, alternate),
        LwM2mSingleResource.newFloatResource(WaterPumpModel.LOW_PRESSURE_LIMIT, alternate ? 60_000.0 : LOW_PRESSURE_LIMIT));
  }

  /** One single-resource write (Target Flow, a ranged Float), valid. */
  public static LwM2mResource targetFlow(boolean alternate) {
    return LwM2mSingleResource.newFloatResource(WaterPumpModel.TARGET_FLOW, alternate ? 3.25 : TARGET_FLOW);
  }
}
