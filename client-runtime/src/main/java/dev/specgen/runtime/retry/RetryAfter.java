package dev.specgen.runtime.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses a {@code Retry-After} header (RFC 9110 §10.2.3): delay seconds or an HTTP-date. */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * Reads how long the server asks the client to wait.
   *
   * @param headerValue the header's value, or null when absent
   * @param clock the clock an HTTP-date is measured against
   * @return the wait, zero for a date in the past, or empty when absent or unreadable
   */
  public static Optional<Duration> parse(String headerValue, Clock clock) {
    if (headerValue == null || headerValue.isBlank()) {
      return Optional.empty();
    }
    String value = headerValue.trim();
    return isDigits(value) ? parseSeconds(value) : parseDate(value, clock);
  }

  private static Optional<Duration> parseSeconds(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> parseDate(String value, Clock clock) {
    try {
      Instant retryAt = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), retryAt);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static boolean isDigits(String value) {
    return value.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
