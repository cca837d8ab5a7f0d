package dev.specgen.ir;

import java.util.Set;

/**
 * The {@code format} values specs use for an integer or number that counts seconds since the Unix
 * epoch. OpenAPI defines none; these are the ones in use ({@code unix-time} most of all). The
 * loader reads them without a warning, and such a property gets an {@code Instant} view.
 */
public final class EpochFormats {

  private static final Set<String> SECONDS = Set.of("unix-time", "unix-timestamp", "timestamp", "epoch");

  private EpochFormats() {}

  /**
   * Whether {@code format} says the value is seconds since the Unix epoch.
   *
   * @param format a schema's {@code format}, or empty
   * @return {@code true} for {@code unix-time}, {@code unix-timestamp}, {@code timestamp} and {@code epoch}
   */
  public static boolean isEpochSeconds(String format) {
    return SECONDS.contains(format);
  }
}
