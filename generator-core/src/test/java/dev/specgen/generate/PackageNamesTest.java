package dev.specgen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one package rule, which the command line and the Maven plugin both apply. */
class PackageNamesTest {

  @Test
  void oneSpecGetsThePackageAsGiven() {
    assertThat(PackageNames.assign(List.of(Path.of("/s/front.yaml")), Optional.of("com.acme.front")))
        .containsExactly(new SpecInput(Path.of("/s/front.yaml"), "com.acme.front"));
  }

  @Test
  void severalSpecsGetASegmentEach() {
    assertThat(PackageNames.assign(List.of(Path.of("/s/front.yaml"), Path.of("/s/high-level.json")),
        Optional.of("com.acme")))
        .extracting(SpecInput::packageName)
        .containsExactly("com.acme.front", "com.acme.highlevel");
  }

  @Test
  void withoutAPackageEachSpecGoesToGeneratedAndItsSegment() {
    assertThat(PackageNames.assign(List.of(Path.of("/s/front.yaml")), Optional.empty()))
        .extracting(SpecInput::packageName).containsExactly("generated.front");
    assertThat(PackageNames.assign(List.of(Path.of("/s/front.yaml"), Path.of("/s/chatwoot.yaml")),
        Optional.empty()))
        .extracting(SpecInput::packageName).containsExactly("generated.front", "generated.chatwoot");
  }

  @Test
  void anInvalidPackageIsRefused() {
    assertThatThrownBy(() -> PackageNames.assign(List.of(Path.of("/s/front.yaml")), Optional.of("com.acme.class")))
        .isInstanceOf(InvalidOptionsException.class)
        .hasMessage("'com.acme.class' is not a valid Java package name"
            + " (lowercase words separated by dots, no Java keywords)");
    assertThatThrownBy(() -> PackageNames.assign(List.of(Path.of("/s/front.yaml")), Optional.of("../evil")))
        .isInstanceOf(InvalidOptionsException.class);
  }

  @Test
  void twoSpecsWithTheSameSegmentAreRefusedByName() {
    assertThatThrownBy(() -> PackageNames.assign(
        List.of(Path.of("/a/front.yaml"), Path.of("/b/front.json")), Optional.of("com.acme")))
        .isInstanceOf(InvalidOptionsException.class)
        .hasMessage("specs front.yaml and front.json would both generate package com.acme.front;"
            + " give each spec its own package (rename one, or generate them separately)");
  }

  @Test
  void nestedPackagesAreRefusedWhereverTheOptionsComeFrom() {
    List<SpecInput> nested = List.of(new SpecInput(Path.of("/s/a.yaml"), "com.acme"),
        new SpecInput(Path.of("/s/b.yaml"), "com.acme.b"));
    assertThatThrownBy(() -> GeneratorOptions.sourcesOnly(nested, Path.of("/out")))
        .isInstanceOf(InvalidOptionsException.class)
        .hasMessage("package com.acme.b (b.yaml) lies inside package com.acme (a.yaml);"
            + " generated packages must not nest");
  }
}
