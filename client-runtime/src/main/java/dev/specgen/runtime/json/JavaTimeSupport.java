package dev.specgen.runtime.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 (de)serialization of {@link OffsetDateTime} ({@code date-time}), {@link LocalDate}
 * ({@code date}) and {@link Instant}, without the jsr310 module, whose extra dependency a
 * generated client should not need.
 */
public final class JavaTimeSupport {

  private JavaTimeSupport() {}

  /**
   * Creates the module.
   *
   * @return a module with a serializer and a deserializer for each supported type
   */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("specgen-java-time");
    module.addSerializer(
        OffsetDateTime.class,
        new IsoTemporalSerializer<>(OffsetDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    module.addDeserializer(
        OffsetDateTime.class, new IsoTemporalDeserializer<>(OffsetDateTime.class, OffsetDateTime::parse));
    module.addSerializer(
        LocalDate.class, new IsoTemporalSerializer<>(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE));
    module.addDeserializer(LocalDate.class, new IsoTemporalDeserializer<>(LocalDate.class, LocalDate::parse));
    module.addSerializer(Instant.class, new IsoTemporalSerializer<>(Instant.class, DateTimeFormatter.ISO_INSTANT));
    // Parsed as an offset date-time so that "+02:00" is accepted as well as "Z".
    module.addDeserializer(
        Instant.class, new IsoTemporalDeserializer<>(Instant.class, text -> OffsetDateTime.parse(text).toInstant()));
    return module;
  }
}
