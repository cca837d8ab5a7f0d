package dev.specgen.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.json.SpecgenJson;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open enums shaped as the generator writes them: constants, a {@code Known} enum and a creator. */
class OpenEnumTest {

  private final ObjectMapper mapper = SpecgenJson.newObjectMapper();

  static final class Status extends OpenEnum<String, Status.Known> {
    static final Status OPEN = new Status("open", Known.OPEN);
    static final Status CLOSED = new Status("closed", Known.CLOSED);
    private static final List<Status> KNOWN_VALUES = List.of(OPEN, CLOSED);

    private Status(String value, Known known) {
      super(value, known);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Status of(String value) {
      return lookup(KNOWN_VALUES, value, unknown -> new Status(unknown, Known._UNKNOWN));
    }

    enum Known {
      OPEN,
      CLOSED,
      _UNKNOWN
    }
  }

  static final class Big extends OpenEnum<BigInteger, Big.Known> {
    static final Big HUGE = new Big(new BigInteger("18446744073709551616"), Known.HUGE);
    private static final List<Big> KNOWN_VALUES = List.of(HUGE);

    private Big(BigInteger value, Known known) {
      super(value, known);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Big of(BigInteger value) {
      return lookup(KNOWN_VALUES, value, unknown -> new Big(unknown, Known._UNKNOWN));
    }

    enum Known {
      HUGE,
      _UNKNOWN
    }
  }

  @Test
  void knownValuesAreTheConstants() {
    assertThat(Status.of("open")).isSameAs(Status.OPEN);
    assertThat(Status.OPEN.known()).isEqualTo(Status.Known.OPEN);
    assertThat(Status.OPEN.isKnown()).isTrue();
    assertThat(Status.OPEN.value()).isEqualTo("open");
    assertThat(Status.OPEN).hasToString("open");
  }

  @Test
  void anUnknownValueIsKeptAndEqualsItsLikes() {
    Status snoozed = Status.of("snoozed");

    assertThat(snoozed.isKnown()).isFalse();
    assertThat(snoozed.known()).isEqualTo(Status.Known._UNKNOWN);
    assertThat(snoozed.value()).isEqualTo("snoozed");
    assertThat(snoozed).isEqualTo(Status.of("snoozed")).hasSameHashCodeAs(Status.of("snoozed"))
        .isNotEqualTo(Status.OPEN).isNotEqualTo("snoozed");
    assertThatThrownBy(() -> Status.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void jacksonReadsAndWritesKnownAndUnknownValuesInOnePass() throws Exception {
    List<Status> read = mapper.readValue("[\"closed\",\"snoozed\"]", new TypeReference<List<Status>>() {});

    assertThat(read.get(0)).isSameAs(Status.CLOSED);
    assertThat(read.get(1).isKnown()).isFalse();
    assertThat(mapper.writeValueAsString(read)).isEqualTo("[\"closed\",\"snoozed\"]");
  }

  @Test
  void integerValuesBeyondLongRoundTrip() throws Exception {
    Big huge = mapper.readValue("18446744073709551616", Big.class);
    Big other = mapper.readValue("18446744073709551617", Big.class);

    assertThat(huge).isSameAs(Big.HUGE);
    assertThat(other.isKnown()).isFalse();
    assertThat(mapper.writeValueAsString(other)).isEqualTo("18446744073709551617");
  }
}
