package dev.specgen.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * A request body that is read while it is sent instead of being held in memory: a file upload,
 * a multipart form. Each attempt of a call opens it afresh.
 */
public interface StreamingBody {

  /**
   * Opens the body for one attempt.
   *
   * @return a new stream over the whole body; the transport closes it
   * @throws IOException if the body's source cannot be read, or cannot be read again
   */
  InputStream open() throws IOException;

  /**
   * Returns the body's length, when known before sending.
   *
   * @return the length in bytes, or empty to send it chunked
   */
  OptionalLong length();
}
