package dev.specgen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnostics and locations, whose equals and hashCode are written out, are values: equal when every part is. */
class ValueEqualityTest {

  private static final Location AT = Location.at(Path.of("front.yaml"), 4, 7, "/paths");

  @Test
  void locationsAreEqualExactlyWhenEveryPartIs() {
    Location same = Location.at(Path.of("front.yaml"), 4, 7, "/paths");
    assertThat(same).isEqualTo(AT).hasSameHashCodeAs(AT);
    for (Location other : List.of(Location.at(Path.of("chatwoot.yaml"), 4, 7, "/paths"),
        Location.at(Path.of("front.yaml"), 5, 7, "/paths"), Location.at(Path.of("front.yaml"), 4, 8, "/paths"),
        AT.withPointer("/info"))) {
      assertThat(other).isNotEqualTo(AT);
    }
    assertThat(AT).isNotEqualTo(null).isNotEqualTo("front.yaml:4:7");
  }

  @Test
  void diagnosticsAreEqualExactlyWhenEveryPartIs() {
    Diagnostic warning = new Diagnostic(Severity.WARNING, "unknown key 'x'", AT);
    Diagnostic same = new Diagnostic(Severity.WARNING, "unknown key 'x'", Location.at(Path.of("front.yaml"), 4, 7, "/paths"));
    assertThat(same).isEqualTo(warning).hasSameHashCodeAs(warning);
    assertThat(new Diagnostic(Severity.ERROR, "unknown key 'x'", AT)).isNotEqualTo(warning);
    assertThat(new Diagnostic(Severity.WARNING, "unknown key 'y'", AT)).isNotEqualTo(warning);
    assertThat(new Diagnostic(Severity.WARNING, "unknown key 'x'", AT.withPointer("/info"))).isNotEqualTo(warning);
  }
}
