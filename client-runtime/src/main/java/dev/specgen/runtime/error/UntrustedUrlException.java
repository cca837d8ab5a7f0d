package dev.specgen.runtime.error;

import java.util.List;

/**
 * A URL taken from a response (such as a next-page link) points to another scheme, host or port
 * than the client's base URL. It is refused because following it would send the credentials
 * there.
 */
public class UntrustedUrlException extends SpecgenException {

  /**
   * Creates the exception.
   *
   * @param message the message, naming the refused origin
   * @param operationId the OpenAPI operation id
   */
  public UntrustedUrlException(String message, String operationId) {
    super(message, null, operationId, List.of());
  }
}
