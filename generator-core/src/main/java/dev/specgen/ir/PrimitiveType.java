package dev.specgen.ir;

/** The scalar types a schema's {@code type} and {@code format} map to. */
public enum PrimitiveType {
  /** {@code string}, and string formats with no type of their own (email, uri, ...). */
  STRING,
  /** {@code integer} with format {@code int32} or no format. */
  INT32,
  /** {@code integer} with format {@code int64}. */
  INT64,
  /** {@code number} with format {@code float}. */
  FLOAT,
  /** {@code number} with format {@code double}. */
  DOUBLE,
  /** {@code number} without format: an exact decimal that keeps the digits as written. */
  DECIMAL,
  BOOLEAN,
  /** {@code string} with format {@code date}. */
  DATE,
  /** {@code string} with format {@code date-time}. */
  DATE_TIME,
  /** {@code string} with format {@code uuid}. */
  UUID,
  /** {@code string} with format {@code binary} (raw bytes) or {@code byte} (base64 in JSON). */
  BYTES
}
