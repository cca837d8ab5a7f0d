package dev.specgen.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;

/**
 * Describes a decoding error without keeping it. Jackson's exceptions refer to the parser, and the
 * parser and the error's location refer to the input, so keeping one would keep the whole body
 * alive for as long as the caller keeps the exception.
 */
final class DecodeFailures {

  private DecodeFailures() {}

  /** Jackson's own message without its location suffix, which may quote the body again. */
  static String reason(Exception cause) {
    String reason =
        cause instanceof JsonProcessingException
            ? ((JsonProcessingException) cause).getOriginalMessage()
            : cause.getMessage();
    if (reason == null) {
      return cause.getClass().getSimpleName();
    }
    int lineBreak = reason.indexOf('\n');
    return lineBreak < 0 ? reason : reason.substring(0, lineBreak);
  }

  /**
   * Where parsing stopped, e.g. {@code line 3, column 12 (byte 40), at $.items[2].id}; null when
   * the error does not say.
   */
  static String position(Exception cause) {
    if (!(cause instanceof JsonProcessingException processing)) {
      return null;
    }
    JsonLocation location = processing.getLocation();
    String where =
        location == null || location.getLineNr() < 0
            ? null
            : "line " + location.getLineNr() + ", column " + location.getColumnNr() + offset(location);
    String path =
        cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
            ? mapping.getPathReference()
            : null;
    if (where == null) {
      return path;
    }
    return path == null ? where : where + ", in " + path;
  }

  /**
   * A stand-in for the decoding error that holds only text: its class, reason and position, and
   * its stack trace.
   */
  static IOException detached(Exception cause, String position) {
    IOException detached =
        new IOException(
            cause.getClass().getName() + ": " + reason(cause) + (position == null ? "" : " at " + position));
    detached.setStackTrace(cause.getStackTrace());
    return detached;
  }

  private static String offset(JsonLocation location) {
    long bytes = location.getByteOffset();
    long chars = location.getCharOffset();
    if (bytes >= 0) {
      return " (byte " + bytes + ")";
    }
    return chars >= 0 ? " (char " + chars + ")" : "";
  }
}
