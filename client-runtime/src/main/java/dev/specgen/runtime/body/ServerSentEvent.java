package dev.specgen.runtime.body;

import java.time.Duration;
import java.util.Optional;

/**
 * One event of a {@code text/event-stream}.
 *
 * @param event the event type ({@code message} when the server names none)
 * @param id the event id, or null when it sent none
 * @param retry the reconnection time the server asked for with this event, or null
 * @param data the data lines joined with {@code \n}, decoded into the operation's type
 * @param rawData the data lines as text
 * @param <T> the data type
 */
public record ServerSentEvent<T>(String event, String id, Duration retry, T data, String rawData) {

  /**
   * Returns the id.
   *
   * @return the id, or empty
   */
  public Optional<String> idValue() {
    return Optional.ofNullable(id);
  }
}
