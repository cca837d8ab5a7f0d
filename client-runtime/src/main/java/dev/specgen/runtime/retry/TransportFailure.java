package dev.specgen.runtime.retry;

/** The ways an attempt can end without a response. */
public enum TransportFailure {
  /** No connection could be made, or it broke during the exchange. */
  CONNECTION("connection failed"),
  /** The connection was not established in time; the request was never sent. */
  CONNECT_TIMEOUT("connect timed out"),
  /** The request was sent but no response arrived in time; the server may still act on it. */
  RESPONSE_TIMEOUT("timed out");

  private final String description;

  TransportFailure(String description) {
    this.description = description;
  }

  /**
   * Returns a short description for messages.
   *
   * @return e.g. {@code connection failed}
   */
  public String description() {
    return description;
  }
}
