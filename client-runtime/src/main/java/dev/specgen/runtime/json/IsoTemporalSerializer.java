package dev.specgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Writes a {@code java.time} value as an ISO-8601 JSON string.
 *
 * @param <T> the temporal type
 */
public final class IsoTemporalSerializer<T extends TemporalAccessor> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient DateTimeFormatter formatter;

  /**
   * Creates a serializer.
   *
   * @param type the temporal type
   * @param formatter the ISO formatter for that type
   */
  public IsoTemporalSerializer(Class<T> type, DateTimeFormatter formatter) {
    super(type);
    this.formatter = formatter;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    generator.writeString(formatter.format(value));
  }
}
