package dev.specgen.runtime;

import dev.specgen.runtime.http.HeaderMap;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes each attempt's request and response to the {@code dev.specgen.runtime.http} {@link
 * System.Logger}, one entry each, with credentials and the configured headers shown as {@code
 * ****}. Nothing is formatted unless the logger would print it.
 */
final class ExchangeLog {

  private static final System.Logger LOGGER = System.getLogger("dev.specgen.runtime.http");
  private static final String MASK = "****";

  private final System.Logger.Level level;
  private final Set<String> redactedHeaders;

  /**
   * Creates the log of a client.
   *
   * @param level the level entries are written at; {@code OFF} writes none
   * @param redactedHeaders lower-case names of the headers whose values are masked
   */
  ExchangeLog(System.Logger.Level level, Set<String> redactedHeaders) {
    this.level = level;
    this.redactedHeaders = redactedHeaders;
  }

  /** An attempt about to be sent: {@code listContactConversations #1 --> GET https://... }. */
  void request(String operationId, int attempt, String method, String url, HeaderMap headers, Redactor redactor) {
    if (enabled()) {
      LOGGER.log(level, operationId + " #" + attempt + " --> " + method + " " + url + headerLines(headers, redactor));
    }
  }

  /** The response of an attempt: {@code listContactConversations #1 <-- 200 (12 ms)}. */
  void response(String operationId, int attempt, int status, Duration duration, HeaderMap headers, Redactor redactor) {
    if (enabled()) {
      LOGGER.log(level, operationId + " #" + attempt + " <-- " + status + " (" + duration.toMillis() + " ms)"
          + headerLines(headers, redactor));
    }
  }

  /** An attempt that got no usable response. */
  void failure(String operationId, int attempt, Throwable failure, Duration duration, Redactor redactor) {
    if (enabled()) {
      String reason = failure.getClass().getSimpleName()
          + (failure.getMessage() == null ? "" : ": " + redactor.redact(failure.getMessage()));
      LOGGER.log(level, operationId + " #" + attempt + " <-- failed (" + duration.toMillis() + " ms): " + reason);
    }
  }

  /** Whether anything is logged: a level is set and the logger takes it. */
  boolean enabled() {
    return level != System.Logger.Level.OFF && LOGGER.isLoggable(level);
  }

  private String headerLines(HeaderMap headers, Redactor redactor) {
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<String, List<String>> header : headers.asMap().entrySet()) {
      boolean masked = redactedHeaders.contains(header.getKey().toLowerCase(Locale.ROOT));
      for (String value : header.getValue()) {
        lines.append("\n  ").append(header.getKey()).append(": ").append(masked ? MASK : redactor.redact(value));
      }
    }
    return lines.toString();
  }
}
