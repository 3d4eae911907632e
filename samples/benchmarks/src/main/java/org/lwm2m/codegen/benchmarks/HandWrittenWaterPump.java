package org.lwm2m.codegen.benchmarks;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.request.argument.Arguments;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;
import org.eclipse.leshan.core.util.datatype.ULong;

/**
 * The baseline of B3 and B4: the Water Pump object (32110) written by hand in the style of the
 * instance enablers of Leshan's demo client (its {@code MyDevice}): a field per resource, a switch
 * on the resource ID, values cast straight out of the request, no validation at all, and
 * {@code fireResourceChange} after each write.
 */
public class HandWrittenWaterPump extends BaseInstanceEnabler {

  private static final List<Integer> SUPPORTED_RESOURCES =
      Collections.unmodifiableList(
          Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));

  private long pumpState;
  private boolean enabled;
  private double targetFlow;
  private double measuredFlow;
  private double inletPressure;
  private double outletPressure;
  private long motorFrequency;
  private double motorTemperature;
  private ULong runningHours;
  private long startCount;
  private String operatingMode;
  private String stationName;
  private String firmwareTag;
  private Date lastService;
  private long serviceInterval;
  private long faultCode;
  private byte[] calibration;
  private ObjectLink flowSensor;
  private boolean dryRunProtection;
  private double lowPressureLimit;

  public HandWrittenWaterPump() {}

  /** Instance {@code id} holding the benchmark values ({@link PumpValues}). */
  public HandWrittenWaterPump(int id) {
    super(id);
    pumpState = PumpValues.PUMP_STATE;
    enabled = PumpValues.ENABLED;
    targetFlow = PumpValues.TARGET_FLOW;
    measuredFlow = PumpValues.MEASURED_FLOW;
    inletPressure = PumpValues.INLET_PRESSURE;
    outletPressure = PumpValues.OUTLET_PRESSURE;
    motorFrequency = PumpValues.MOTOR_FREQUENCY;
    motorTemperature = PumpValues.MOTOR_TEMPERATURE;
    runningHours = PumpValues.RUNNING_HOURS;
    startCount = PumpValues.START_COUNT;
    operatingMode = PumpValues.OPERATING_MODE;
    stationName = PumpValues.STATION_NAME;
    firmwareTag = PumpValues.FIRMWARE_TAG;
    lastService = Date.from(PumpValues.LAST_SERVICE);
    serviceInterval = PumpValues.SERVICE_INTERVAL;
    faultCode = PumpValues.FAULT_CODE;
    calibration = PumpValues.CALIBRATION.clone();
    flowSensor = PumpValues.FLOW_SENSOR;
    dryRunProtection = PumpValues.DRY_RUN_PROTECTION;
    lowPressureLimit = PumpValues.LOW_PRESSURE_LIMIT;
  }

  @Override
  public ReadResponse read(LwM2mServer server, int resourceid) {
    switch (resourceid) {
      case 0:
        return ReadResponse.success(resourceid, pumpState);
      case 1:
        return ReadResponse.success(resourceid, enabled);
      case 2:
        return ReadResponse.success(resourceid, targetFlow);
      case 3:
        return ReadResponse.success(resourceid, measuredFlow);
      case 4:
        return ReadResponse.success(resourceid, inletPressure);
      case 5:
        return ReadResponse.success(resourceid, outletPressure);
      case 6:
        return ReadResponse.success(resourceid, motorFrequency);
      case 7:
        return ReadResponse.success(resourceid, motorTemperature);
      case 8:
        return ReadResponse.success(resourceid, runningHours);
      case 9:
        return ReadResponse.success(resourceid, startCount);
      case 10:
        return ReadResponse.success(resourceid, operatingMode);
      case 11:
        return ReadResponse.success(resourceid, stationName);
      case 12:
        return ReadResponse.success(resourceid, firmwareTag);
      case 13:
        return ReadResponse.success(resourceid, lastService);
      case 14:
        return ReadResponse.success(resourceid, serviceInterval);
      case 15:
        return ReadResponse.success(resourceid, faultCode);
      case 16:
        return ReadResponse.success(resourceid, calibration);
      case 17:
        return ReadResponse.success(resourceid, flowSensor);
      case 18:
        return ReadResponse.success(resourceid, dryRunProtection);
      case 19:
        return ReadResponse.success(resourceid, lowPressureLimit);
      default:
        return super.read(server, resourceid);
    }
  }

  @Override
  public WriteResponse write(LwM2mServer server, boolean replace, int resourceid, LwM2mResource value) {
    switch (resourceid) {
      case 1:
        enabled = (Boolean) value.getValue();
        fireResourceChange(resourceid);
        return WriteResponse.success();
      case 2:
        targetFlow = (Double) value.getValue();
        fireResourceChange(resourceid);
        return WriteResponse.success();
      case 6:
        motorFrequency = (Long) value.getValue();
        fireResourceChange(resourceid);
        return WriteResponse.success();
      case 10:
        operatingMode = (String) value.getValue();
        fireResourceChange(resourceid);
        return WriteResponse.success();
      case 11:
        stationName = (String) value.getValue();
        fireResourceChange(resourceid);
        return WriteResponse.success();
      case 13:
        lastService = (Date) value.getValue();
        fireResourceChange(resourceid);
        return WriteResponse.success();
      case 14:
        serviceInterval = (Long) value.getValue();
        fireResourceChange(resourceid);
        return WriteResponse.success();
      case 16:
        calibration = (byte[]) value.getValue();
        fireResourceChange(resourceid);
        return WriteResponse.success();
      case 17:
        flowSensor = (ObjectLink) value.getValue();
        fireResourceChange(resourceid);
        return WriteResponse.success();
      case 18:
        dryRunProtection = (Boolean) value.getValue();
        fireResourceChange(resourceid);
        return WriteResponse.success();
      case 19:
        lowPressureLimit = (Double) value.getValue();
        fireResourceChange(resourceid);
        return WriteResponse.success();
      default:
        return super.write(server, replace, resourceid, value);
    }
  }

  @Override
  public ExecuteResponse execute(LwM2mServer server, int resourceid, Arguments arguments) {
    if (resourceid == 20) {
      startCount = 0;
      fireResourceChange(9);
      return ExecuteResponse.success();
    }
    return super.execute(server, resourceid, arguments);
  }

  @Override
  public List<Integer> getAvailableResourceIds(ObjectModel model) {
    return SUPPORTED_RESOURCES;
  }
}
