package org.lwm2m.codegen.benchmarks.size;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.request.argument.Arguments;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;

/**
 * Humidity (3304) written by hand in the style of Leshan's demo client: a typed field per
 * resource, a switch per operation, setters for device code that check the resource's range and
 * fire the change. The baseline of the size benchmark for the generated {@code HumidityEnabler}.
 */
public class HandWrittenHumidity extends BaseInstanceEnabler {
  private static final List<Integer> SUPPORTED_RESOURCES =
      Arrays.asList(5700, 5601, 5602, 5603, 5604, 5701, 5605, 5750, 5518, 6050, 6042, 6049);

  private double sensorValue;
  private double minMeasuredValue;
  private double maxMeasuredValue;
  private double minRangeValue;
  private double maxRangeValue;
  private String sensorUnits = "%RH";
  private String applicationType = "";
  private Date timestamp = new Date(0);
  private double fractionalTimestamp;
  private long measurementQualityIndicator;
  private long measurementQualityLevel;

  public HandWrittenHumidity() {}

  public HandWrittenHumidity(int id) {
    super(id);
  }

  @Override
  public synchronized ReadResponse read(LwM2mServer server, int resourceId) {
    switch (resourceId) {
      case 5700:
        return ReadResponse.success(resourceId, sensorValue);
      case 5601:
        return ReadResponse.success(resourceId, minMeasuredValue);
      case 5602:
        return ReadResponse.success(resourceId, maxMeasuredValue);
      case 5603:
        return ReadResponse.success(resourceId, minRangeValue);
      case 5604:
        return ReadResponse.success(resourceId, maxRangeValue);
      case 5701:
        return ReadResponse.success(resourceId, sensorUnits);
      case 5750:
        return ReadResponse.success(resourceId, applicationType);
      case 5518:
        return ReadResponse.success(resourceId, timestamp);
      case 6050:
        return ReadResponse.success(resourceId, fractionalTimestamp);
      case 6042:
        return ReadResponse.success(resourceId, measurementQualityIndicator);
      case 6049:
        return ReadResponse.success(resourceId, measurementQualityLevel);
      default:
        return super.read(server, resourceId);
    }
  }

  @Override
  public synchronized WriteResponse write(LwM2mServer server, boolean replace, int resourceId, LwM2mResource value) {
    switch (resourceId) {
      case 5750:
        applicationType = (String) value.getValue();
        fireResourceChange(resourceId);
        return WriteResponse.success();
      default:
        return super.write(server, replace, resourceId, value);
    }
  }

  @Override
  public synchronized ExecuteResponse execute(LwM2mServer server, int resourceId, Arguments arguments) {
    switch (resourceId) {
      case 5605:
        minMeasuredValue = sensorValue;
        maxMeasuredValue = sensorValue;
        fireResourcesChange(getResourcePath(5601), getResourcePath(5602));
        return ExecuteResponse.success();
      default:
        return super.execute(server, resourceId, arguments);
    }
  }

  @Override
  public List<Integer> getAvailableResourceIds(ObjectModel model) {
    return SUPPORTED_RESOURCES;
  }

  // Device code reports its measurements with these.

  public synchronized void setSensorValue(double value) {
    sensorValue = value;
    fireResourceChange(5700);
  }

  public synchronized void setMinMeasuredValue(double value) {
    minMeasuredValue = value;
    fireResourceChange(5601);
  }

  public synchronized void setMaxMeasuredValue(double value) {
    maxMeasuredValue = value;
    fireResourceChange(5602);
  }

  public synchronized void setMinRangeValue(double value) {
    minRangeValue = value;
    fireResourceChange(5603);
  }

  public synchronized void setMaxRangeValue(double value) {
    maxRangeValue = value;
    fireResourceChange(5604);
  }

  public synchronized void setSensorUnits(String value) {
    sensorUnits = value;
    fireResourceChange(5701);
  }

  public synchronized void setApplicationType(String value) {
    applicationType = value;
    fireResourceChange(5750);
  }

  public synchronized void setTimestamp(Date value) {
    timestamp = value;
    fireResourceChange(5518);
  }

  public synchronized void setFractionalTimestamp(double value) {
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException("fractional timestamp outside 0..1: " + value);
    }
    fractionalTimestamp = value;
    fireResourceChange(6050);
  }

  public synchronized void setMeasurementQualityIndicator(long value) {
    if (value < 0 || value > 23) {
      throw new IllegalArgumentException("measurement quality indicator outside 0..23: " + value);
    }
    measurementQualityIndicator = value;
    fireResourceChange(6042);
  }

  public synchronized void setMeasurementQualityLevel(long value) {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("measurement quality level outside 0..100: " + value);
    }
    measurementQualityLevel = value;
    fireResourceChange(6049);
  }
}
