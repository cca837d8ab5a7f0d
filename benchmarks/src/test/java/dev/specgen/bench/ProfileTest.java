package dev.specgen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.file.Path;
import javax.lang.model.element.Modifier;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Profile} reads the samples, the JIT and the collector of a real recording. */
class ProfileTest {

  @TempDir
  Path tmp;

  @Test
  void readsRenderingLineSplittingCompilationAndPauses() throws Exception {
    Path file = tmp.resolve("render.jfr");
    try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
      recording.start();
      renderFor(2_000);
      System.gc();
      recording.stop();
      recording.dump(file);
    }

    Profile profile = Profile.read(file, 5);

    assertThat(profile.samples()).isPositive();
    assertThat(profile.selfTop()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    // The thread did little but render: most samples are in JavaFile.writeTo.
    assertThat(profile.percent(profile.rendering())).isGreaterThan(50);
    assertThat(profile.lineSplitting()).isPositive().isLessThanOrEqualTo(profile.rendering());
    assertThat(profile.jvm().compiledMethods()).isPositive();
    assertThat(profile.jvm().compileMillis()).isPositive();
    assertThat(profile.jvm().collections()).isPositive();
    assertThat(profile.jvm().pauseMillis()).isPositive();
  }

  /** Renders a class of a hundred methods again and again for {@code millis}. */
  private static void renderFor(long millis) {
    TypeSpec.Builder type = TypeSpec.classBuilder("Rendered").addModifiers(Modifier.PUBLIC);
    for (int i = 0; i < 100; i++) {
      type.addMethod(MethodSpec.methodBuilder("method" + i)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .addJavadoc("Returns the $L-th answer.\n", i)
          .returns(String.class)
          .addStatement("return $T.valueOf($L)", String.class, i)
          .build());
    }
    JavaFile file = JavaFile.builder("dev.specgen.bench.test", type.build()).build();
    long end = System.nanoTime() + millis * 1_000_000;
    long length = 0;
    while (System.nanoTime() < end) {
      length += file.toString().length();
    }
    assertThat(length).isPositive();
  }
}
