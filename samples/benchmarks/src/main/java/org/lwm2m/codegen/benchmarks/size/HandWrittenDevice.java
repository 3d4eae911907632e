package org.lwm2m.codegen.benchmarks.size;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.request.argument.Arguments;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;

/**
 * Device (3, version 1.2) written by hand in the style of Leshan's demo client ({@code MyDevice}):
 * a typed field per resource, multiple resources as maps, a switch per operation, setters for
 * device code that check the resource's range and fire the change, and hooks for reboot and
 * factory reset. The baseline of the size benchmark for the generated {@code DeviceEnabler}.
 */
public class HandWrittenDevice extends BaseInstanceEnabler {
  private static final List<Integer> SUPPORTED_RESOURCES =
      Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22);

  private String manufacturer = "";
  private String modelNumber = "";
  private String serialNumber = "";
  private String firmwareVersion = "";
  private long batteryLevel = 0;
  private long memoryFree = 0;
  private Date currentTime = new Date(0);
  private String utcOffset = "";
  private String timezone = "";
  private String supportedBindingAndModes = "U";
  private String deviceType = "";
  private String hardwareVersion = "";
  private String softwareVersion = "";
  private long batteryStatus = 0;
  private long memoryTotal = 0;
  private Map<Integer, Long> availablePowerSources = new TreeMap<>();
  private Map<Integer, Long> powerSourceVoltage = new TreeMap<>();
  private Map<Integer, Long> powerSourceCurrent = new TreeMap<>();
  private Map<Integer, Long> errorCodes = new TreeMap<>(Map.of(0, 0L));
  private Map<Integer, ObjectLink> extDevInfo = new TreeMap<>();
  private Runnable reboot = () -> {};
  private Runnable factoryReset = () -> {};

  public HandWrittenDevice() {}

  public HandWrittenDevice(int id) {
    super(id);
  }

  @Override
  public synchronized ReadResponse read(LwM2mServer server, int resourceId) {
    switch (resourceId) {
      case 0:
        return ReadResponse.success(resourceId, manufacturer);
      case 1:
        return ReadResponse.success(resourceId, modelNumber);
      case 2:
        return ReadResponse.success(resourceId, serialNumber);
      case 3:
        return ReadResponse.success(resourceId, firmwareVersion);
      case 6:
        return ReadResponse.success(resourceId, availablePowerSources, Type.INTEGER);
      case 7:
        return ReadResponse.success(resourceId, powerSourceVoltage, Type.INTEGER);
      case 8:
        return ReadResponse.success(resourceId, powerSourceCurrent, Type.INTEGER);
      case 9:
        return ReadResponse.success(resourceId, batteryLevel);
      case 10:
        return ReadResponse.success(resourceId, memoryFree);
      case 11:
        return ReadResponse.success(resourceId, errorCodes, Type.INTEGER);
      case 13:
        return ReadResponse.success(resourceId, currentTime);
      case 14:
        return ReadResponse.success(resourceId, utcOffset);
      case 15:
        return ReadResponse.success(resourceId, timezone);
      case 16:
        return ReadResponse.success(resourceId, supportedBindingAndModes);
      case 17:
        return ReadResponse.success(resourceId, deviceType);
      case 18:
        return ReadResponse.success(resourceId, hardwareVersion);
      case 19:
        return ReadResponse.success(resourceId, softwareVersion);
      case 20:
        return ReadResponse.success(resourceId, batteryStatus);
      case 21:
        return ReadResponse.success(resourceId, memoryTotal);
      case 22:
        return ReadResponse.success(resourceId, extDevInfo, Type.OBJLNK);
      default:
        return super.read(server, resourceId);
    }
  }

  @Override
  public synchronized WriteResponse write(LwM2mServer server, boolean replace, int resourceId, LwM2mResource value) {
    switch (resourceId) {
      case 13:
        currentTime = (Date) value.getValue();
        fireResourceChange(resourceId);
        return WriteResponse.success();
      case 14:
        utcOffset = (String) value.getValue();
        fireResourceChange(resourceId);
        return WriteResponse.success();
      case 15:
        timezone = (String) value.getValue();
        fireResourceChange(resourceId);
        return WriteResponse.success();
      default:
        return super.write(server, replace, resourceId, value);
    }
  }

  @Override
  public synchronized ExecuteResponse execute(LwM2mServer server, int resourceId, Arguments arguments) {
    switch (resourceId) {
      case 4:
        reboot.run();
        return ExecuteResponse.success();
      case 5:
        factoryReset.run();
        return ExecuteResponse.success();
      case 12:
        errorCodes = new TreeMap<>(Map.of(0, 0L));
        fireResourceChange(11);
        return ExecuteResponse.success();
      default:
        return super.execute(server, resourceId, arguments);
    }
  }

  @Override
  public List<Integer> getAvailableResourceIds(ObjectModel model) {
    return SUPPORTED_RESOURCES;
  }

  // Device code reports its state, and says how to reboot, with these.

  public synchronized void onReboot(Runnable action) {
    reboot = action;
  }

  public synchronized void onFactoryReset(Runnable action) {
    factoryReset = action;
  }

  public synchronized void setManufacturer(String value) {
    manufacturer = value;
    fireResourceChange(0);
  }

  public synchronized void setModelNumber(String value) {
    modelNumber = value;
    fireResourceChange(1);
  }

  public synchronized void setSerialNumber(String value) {
    serialNumber = value;
    fireResourceChange(2);
  }

  public synchronized void setFirmwareVersion(String value) {
    firmwareVersion = value;
    fireResourceChange(3);
  }

  public synchronized void setAvailablePowerSources(Map<Integer, Long> value) {
    for (long v : value.values()) {
      if (v < 0 || v > 7) {
        throw new IllegalArgumentException("availablePowerSources outside 0..7: " + v);
      }
    }
    availablePowerSources = new TreeMap<>(value);
    fireResourceChange(6);
  }

  public synchronized void setPowerSourceVoltage(Map<Integer, Long> value) {
    powerSourceVoltage = new TreeMap<>(value);
    fireResourceChange(7);
  }

  public synchronized void setPowerSourceCurrent(Map<Integer, Long> value) {
    powerSourceCurrent = new TreeMap<>(value);
    fireResourceChange(8);
  }

  public synchronized void setBatteryLevel(long value) {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("batteryLevel outside 0..100: " + value);
    }
    batteryLevel = value;
    fireResourceChange(9);
  }

  public synchronized void setMemoryFree(long value) {
    memoryFree = value;
    fireResourceChange(10);
  }

  public synchronized void setErrorCodes(Map<Integer, Long> value) {
    for (long v : value.values()) {
      if (v < 0 || v > 32) {
        throw new IllegalArgumentException("errorCodes outside 0..32: " + v);
      }
    }
    errorCodes = new TreeMap<>(value);
    fireResourceChange(11);
  }

  public synchronized void setCurrentTime(Date value) {
    currentTime = value;
    fireResourceChange(13);
  }

  public synchronized void setUtcOffset(String value) {
    utcOffset = value;
    fireResourceChange(14);
  }

  public synchronized void setTimezone(String value) {
    timezone = value;
    fireResourceChange(15);
  }

  public synchronized void setSupportedBindingAndModes(String value) {
    supportedBindingAndModes = value;
    fireResourceChange(16);
  }

  public synchronized void setDeviceType(String value) {
    deviceType = value;
    fireResourceChange(17);
  }

  public synchronized void setHardwareVersion(String value) {
    hardwareVersion = value;
    fireResourceChange(18);
  }

  public synchronized void setSoftwareVersion(String value) {
    softwareVersion = value;
    fireResourceChange(19);
  }

  public synchronized void setBatteryStatus(long value) {
    if (value < 0 || value > 6) {
      throw new IllegalArgumentException("batteryStatus outside 0..6: " + value);
    }
    batteryStatus = value;
    fireResourceChange(20);
  }

  public synchronized void setMemoryTotal(long value) {
    memoryTotal = value;
    fireResourceChange(21);
  }

  public synchronized void setExtDevInfo(Map<Integer, ObjectLink> value) {
    extDevInfo = new TreeMap<>(value);
    fireResourceChange(22);
  }
}
