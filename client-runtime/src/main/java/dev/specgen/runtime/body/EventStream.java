package dev.specgen.runtime.body;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.ResponseDecodeException;
import dev.specgen.runtime.http.HeaderMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A {@code text/event-stream} response, read one event at a time as the server sends them. Each
 * event's {@code data} is decoded into the operation's type. Close it to stop listening: that
 * closes the connection.
 *
 * <pre>{@code
 * try (EventStream<Notification> events = client.streamNotifications(request)) {
 *     for (ServerSentEvent<Notification> event : events) {
 *         System.out.println(event.event() + ": " + event.data());
 *     }
 * }
 * }</pre>
 *
 * @param <T> the type of each event's data
 */
public final class EventStream<T> implements Iterable<ServerSentEvent<T>>, AutoCloseable {

  private final BufferedReader reader;
  private final InputStream body;
  private final ObjectMapper mapper;
  private final JavaType dataType;
  private final FailedCall call;
  private final String operationId;
  private final int status;
  private final HeaderMap headers;
  private String lastEventId;
  private ServerSentEvent<T> peeked;
  private volatile boolean ended; // set by close(), which another thread may call

  /**
   * Reads events from a response body.
   *
   * @param status the response status
   * @param headers the response headers
   * @param body the body as it arrives
   * @param mapper the mapper that decodes each event's data
   * @param dataType the data type ({@code String} keeps the text)
   * @param call the operation, method and URL that opened the stream, for error messages
   */
  public EventStream(int status, HeaderMap headers, InputStream body, ObjectMapper mapper, JavaType dataType,
      FailedCall call) {
    this.call = call;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    this.mapper = mapper;
    this.dataType = dataType;
    this.operationId = call.operationId();
  }

  /**
   * Waits for the next event.
   *
   * @return the event, or empty when the server ended the stream (or it was closed)
   * @throws UncheckedIOException if the connection fails
   * @throws ResponseDecodeException if an event's data does not decode into the data type
   */
  public Optional<ServerSentEvent<T>> next() {
    if (peeked != null) {
      ServerSentEvent<T> event = peeked;
      peeked = null;
      return Optional.of(event);
    }
    return ended ? Optional.empty() : Optional.ofNullable(readEvent());
  }

  /**
   * Returns the id of the last event received, as a client sends it in {@code Last-Event-ID} to
   * resume.
   *
   * @return the id, or empty
   */
  public Optional<String> lastEventId() {
    return Optional.ofNullable(lastEventId);
  }

  /** Iterates over the remaining events; {@code hasNext()} blocks until one arrives or the stream ends. */
  @Override
  public Iterator<ServerSentEvent<T>> iterator() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (peeked == null && !ended) {
          peeked = readEvent();
        }
        return peeked != null;
      }

      @Override
      public ServerSentEvent<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return EventStream.this.next().orElseThrow();
      }
    };
  }

  /**
   * Returns the remaining events as a sequential stream, read lazily.
   *
   * @return the stream
   */
  public Stream<ServerSentEvent<T>> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /** Stops reading and closes the connection. */
  @Override
  public void close() {
    ended = true;
    try {
      body.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads lines up to the blank line that ends an event, by the WHATWG event-stream rules. */
  private ServerSentEvent<T> readEvent() {
    EventLines lines = new EventLines();
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          if (lines.hasData()) {
            return dispatch(lines);
          }
          lines = new EventLines(); // an event without data is dropped, its id kept
          continue;
        }
        lines.add(line);
        lines.id().ifPresent(id -> lastEventId = id);
      }
    } catch (IOException e) {
      if (ended) {
        return null; // closed by the caller while waiting
      }
      throw new UncheckedIOException("The event stream of " + operationId + " failed", e);
    }
    ended = true;
    return null; // an event not ended by a blank line is discarded, as the rules say
  }

  private ServerSentEvent<T> dispatch(EventLines lines) {
    String data = lines.data();
    return new ServerSentEvent<>(lines.event(), lastEventId, lines.retry(), decode(data), data);
  }

  @SuppressWarnings("unchecked")
  private T decode(String data) {
    if (dataType.getRawClass() == String.class || dataType.getRawClass() == Object.class && data.isEmpty()) {
      return (T) data;
    }
    try {
      return mapper.readValue(data, dataType);
    } catch (IOException e) {
      throw new ResponseDecodeException(operationId + ": an event's data is not a valid "
          + dataType.getRawClass().getSimpleName() + " (" + call.requestLine() + ")", e, call, status, headers, data,
          positionOf(e));
    }
  }

  /** Where in the event's data the parser stopped, in the words the other decode failures use. */
  private static String positionOf(IOException error) {
    if (error instanceof JsonProcessingException parse && parse.getLocation() != null) {
      return "line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
    }
    return null;
  }

  /** The fields of one event as its lines arrive. */
  private static final class EventLines {
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
    private String event;
    private String id;
    private Duration retry;

    void add(String line) {
      if (line.startsWith(":")) {
        return; // a comment, often a keep-alive
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      value = value.startsWith(" ") ? value.substring(1) : value;
      switch (field) {
        case "data" -> {
          data.append(hasData ? "\n" : "").append(value);
          hasData = true;
        }
        case "event" -> event = value;
        case "id" -> id = value.contains("\0") ? id : value;
        case "retry" -> retry = value.matches("[0-9]+") ? Duration.ofMillis(Long.parseLong(value)) : retry;
        default -> { } // unknown fields are ignored, as the rules say
      }
    }

    boolean hasData() {
      return hasData;
    }

    String data() {
      return data.toString();
    }

    String event() {
      return event == null || event.isEmpty() ? "message" : event;
    }

    Optional<String> id() {
      return Optional.ofNullable(id);
    }

    Duration retry() {
      return retry;
    }
  }
}
