package dev.specgen.runtime.auth;

/**
 * The outgoing request as an {@link Auth} scheme sees it: it may set headers and add query
 * parameters. Every value set here, and every string passed to {@link #secret(String)}, is kept
 * out of exception messages.
 */
public interface AuthTarget {

  /**
   * Sets a header, replacing any value it had.
   *
   * @param name the header name
   * @param value the header value
   * @throws IllegalArgumentException if the value holds CR or LF (the message names the header,
   *     never the value)
   */
  void header(String name, String value);

  /**
   * Adds a query parameter; the value is percent-encoded.
   *
   * @param name the parameter name
   * @param value the parameter value
   */
  void queryParam(String name, String value);

  /**
   * Marks a further string as secret, such as the raw token inside a {@code Bearer} header, so that
   * it is masked if the server echoes it back in an error body.
   *
   * @param value the secret
   */
  void secret(String value);
}
