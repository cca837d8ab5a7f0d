package dev.specgen.generate;

/**
 * The options of a run cannot be used as given (an invalid or shared package, no spec): the
 * user's configuration is at fault, and the message says what to change. Callers report it as a
 * usage or configuration error; every other exception is a fault of Specgen itself.
 */
public final class InvalidOptionsException extends RuntimeException {

  public InvalidOptionsException(String message) {
    super(message);
  }
}
