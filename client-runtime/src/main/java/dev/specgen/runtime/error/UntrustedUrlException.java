package dev.specgen.runtime.error;

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
   * @param call the operation, method and refused URL (without its query, which may hold a
   *     token); no attempts
   */
  public UntrustedUrlException(String message, FailedCall call) {
    super(message, null, call);
  }
}
