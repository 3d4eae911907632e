package org.lwm2m.codegen.schema;

/**
 * How an {@link ObjectDefinitionReader} reads.
 *
 * @param lenient accept files whose only schema problems are element order, the schema version
 *     they declare, or missing {@code RangeEnumeration}/{@code Units}/{@code Description} in an
 *     Item; those problems are then reported as warnings
 * @param maxBytes inputs longer than this are refused without being parsed
 */
public record ReaderOptions(boolean lenient, int maxBytes) {

  /** 4 MiB: far above any real object definition (registry files are tens of KiB). */
  public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

  public ReaderOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  /** Strict, 4 MiB. */
  public static ReaderOptions defaults() {
    return new ReaderOptions(false, DEFAULT_MAX_BYTES);
  }

  /** Lenient, 4 MiB. */
  public static ReaderOptions lenientDefaults() {
    return new ReaderOptions(true, DEFAULT_MAX_BYTES);
  }
}
