package dev.specgen.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this runtime library, stamped into a resource when the library is built. */
public final class RuntimeVersion {

  private static final String RESOURCE = "specgen-runtime.properties";
  private static final String VERSION = load();

  private RuntimeVersion() {}

  /**
   * Returns the runtime version.
   *
   * @return the version, e.g. {@code 0.1.0}, or {@code unknown} when run from unbuilt sources
   */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = RuntimeVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      // An unfiltered resource still holds the placeholder; report that honestly.
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }
}
