package dev.specgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads a {@code java.time} value from an ISO-8601 JSON string.
 *
 * @param <T> the temporal type
 */
public final class IsoTemporalDeserializer<T> extends StdScalarDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<String, T> parser;

  /**
   * Creates a deserializer.
   *
   * @param type the temporal type
   * @param parser parses ISO text into the type
   */
  public IsoTemporalDeserializer(Class<T> type, Function<String, T> parser) {
    super(type);
    this.parser = parser;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return handleNonString(parser, context);
    }
    String text = parser.getText().trim();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return this.parser.apply(text);
    } catch (DateTimeParseException e) {
      return handledType().cast(
          context.handleWeirdStringValue(handledType(), text, "not an ISO-8601 value: %s", e.getMessage()));
    }
  }

  @SuppressWarnings("unchecked")
  private T handleNonString(JsonParser parser, DeserializationContext context) throws IOException {
    return (T) context.handleUnexpectedToken(handledType(), parser);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Class<T> handledType() {
    return (Class<T>) super.handledType();
  }
}
