package dev.specgen.emit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build of Specgen, which generated docs tell users to install. */
public final class SpecgenVersion {

  private static final String RESOURCE = "/dev/specgen/specgen-version.properties";

  private SpecgenVersion() {}

  /** {@code 0.1.0}: the version Maven built this jar as. */
  public static String current() {
    try (InputStream in = SpecgenVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the Specgen jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isBlank() || version.contains("${")) {
        throw new IllegalStateException(RESOURCE + " was not filtered by the build: '" + version + "'");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
