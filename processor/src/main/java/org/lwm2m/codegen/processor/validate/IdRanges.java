package org.lwm2m.codegen.processor.validate;

/**
 * The object and resource ID ranges of the OMA LwM2M registry, in one place. Object IDs: 0-1023
 * OMA ({@code oma}), 1024-2047 reserved, 2048-10240 other standards bodies ({@code ext}),
 * 10241-26240 registered companies, 26241-32768 private, 32769-42768 bulk reservations (all
 * {@code x}), 42769-42800 test, 42801-65535 reserved. Resource IDs: 0-2047 object specific,
 * 2048-26240 reusable (defined in the registry's Common.xml), 26241-32768 private.
 */
public final class IdRanges {
  public static final int MAX_OMA_OBJECT = 1023;
  public static final int FIRST_TEST_OBJECT = 42769;
  public static final int LAST_TEST_OBJECT = 42800;

  public static final int FIRST_REUSABLE_RESOURCE = 2048;
  public static final int LAST_REUSABLE_RESOURCE = 26240;
  public static final int MAX_RESOURCE = 32768;

  private IdRanges() {}

  /** Whether objects may have {@code id} (test IDs included). */
  public static boolean validObjectId(int id) {
    return (id >= 0 && id <= MAX_OMA_OBJECT) || (id >= 2048 && id <= LAST_TEST_OBJECT);
  }

  public static boolean testObjectId(int id) {
    return id >= FIRST_TEST_OBJECT && id <= LAST_TEST_OBJECT;
  }

  /**
   * The URN kind of object {@code id}: {@code oma}, {@code ext} or {@code x}; {@code x} for the
   * test range too (which has no kind of its own; Leshan expects {@code x} there); null for
   * reserved or invalid IDs.
   */
  public static String urnKind(int id) {
    if (id >= 0 && id <= MAX_OMA_OBJECT) {
      return "oma";
    }
    if (id >= 2048 && id <= 10240) {
      return "ext";
    }
    if (id >= 10241 && id <= LAST_TEST_OBJECT) {
      return "x";
    }
    return null;
  }

  /** What an object ID range is for, for messages. */
  public static String describeUrnKind(String kind) {
    switch (kind) {
      case "oma":
        return "OMA objects (ID 0-1023)";
      case "ext":
        return "other standards bodies (ID 2048-10240)";
      default:
        return "companies, private and test objects (ID 10241-42800)";
    }
  }

  public static boolean validResourceId(int id) {
    return id >= 0 && id <= MAX_RESOURCE;
  }

  public static boolean reusableResourceId(int id) {
    return id >= FIRST_REUSABLE_RESOURCE && id <= LAST_REUSABLE_RESOURCE;
  }
}
