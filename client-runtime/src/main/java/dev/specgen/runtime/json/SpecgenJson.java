package dev.specgen.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.specgen.runtime.model.ModelModule;

/** Creates the {@link ObjectMapper} that generated clients and their models are written for. */
public final class SpecgenJson {

  private SpecgenJson() {}

  /**
   * Creates a new mapper configured for API payloads:
   *
   * <ul>
   *   <li>unknown properties are ignored, so a server adding a field breaks no client;
   *   <li>floating-point numbers read into untyped targets become {@code BigDecimal}, and trees
   *       keep their exact digits, so {@code 1453770984.123} round-trips unchanged;
   *   <li>null properties are not written;
   *   <li>an unknown enum value maps to the constant marked {@code @JsonEnumDefaultValue}, if any;
   *   <li>scalars are read strictly: a number is not read as a string, nor a string or a fraction
   *       as an integer, so that a value of the wrong kind is an error naming the property (and a
   *       union tries its next variant);
   *   <li>{@code java.time} types use ISO-8601 strings (Jackson's {@code jsr310} module), and a
   *       date-time keeps the offset it was written with;
   *   <li>generated records are read in one pass by {@link ModelModule}.
   * </ul>
   *
   * @return a new, independently configurable mapper
   */
  public static ObjectMapper newObjectMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .addModule(new JavaTimeModule())
        .addModule(new ModelModule())
        .build();
    for (CoercionInputShape shape : new CoercionInputShape[] {
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return mapper;
  }
}
