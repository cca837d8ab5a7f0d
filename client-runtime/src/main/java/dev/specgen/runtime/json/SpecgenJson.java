package dev.specgen.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

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
   *   <li>{@code OffsetDateTime}, {@code LocalDate} and {@code Instant} use ISO-8601 strings.
   * </ul>
   *
   * Records and the jackson-annotations used by generated models work as-is.
   *
   * @return a new, independently configurable mapper
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .addModule(JavaTimeSupport.module())
        .build();
  }
}
