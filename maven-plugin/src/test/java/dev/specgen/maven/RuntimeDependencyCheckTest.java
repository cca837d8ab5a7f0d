package dev.specgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RuntimeDependencyCheckTest {

  private final RuntimeDependencyCheck check = new RuntimeDependencyCheck("1.2.3");

  @Test
  void clientsNeedTheRuntimeAndTheMessageGivesTheDependencyToAdd() {
    assertThat(check.problem(Set.of("com.fasterxml.jackson.core:jackson-annotations"), true))
        .hasValueSatisfying(message -> assertThat(message)
            .contains("need dev.specgen:specgen-runtime")
            .contains("<dependency>\n"
                + "  <groupId>dev.specgen</groupId>\n"
                + "  <artifactId>specgen-runtime</artifactId>\n"
                + "  <version>1.2.3</version>\n"
                + "</dependency>"));
    assertThat(check.problem(Set.of("dev.specgen:specgen-runtime"), true)).isEmpty();
  }

  @Test
  void modelsNeedTheRuntimeToo() {
    assertThat(check.problem(Set.of(), false)).hasValueSatisfying(message -> assertThat(message)
        .contains("generated models need dev.specgen:specgen-runtime")
        .contains("<artifactId>specgen-runtime</artifactId>"));
    assertThat(check.problem(Set.of("com.fasterxml.jackson.core:jackson-annotations", "org.jspecify:jspecify"),
        false)).isPresent();
    assertThat(check.problem(Set.of("dev.specgen:specgen-runtime"), false)).isEmpty();
  }
}
