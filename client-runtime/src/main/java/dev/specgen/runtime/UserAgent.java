package dev.specgen.runtime;

/** Builds the {@code User-Agent} value that identifies Specgen clients to API operators. */
public final class UserAgent {

  private UserAgent() {}

  /**
   * Builds the value for a generated client, e.g. {@code specgen/0.1.0 (FrontClient) java/17}.
   *
   * @param clientName the generated client's class name, or null if unknown
   * @return the header value
   */
  public static String forClient(String clientName) {
    String client = clientName == null || clientName.isBlank() ? "" : " (" + clientName + ")";
    return "specgen/" + RuntimeVersion.get() + client + " java/" + Runtime.version().feature();
  }
}
