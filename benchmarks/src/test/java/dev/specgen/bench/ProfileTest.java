package dev.specgen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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
    assertThat(profile.jvm().collections()).isPositive();
    assertThat(profile.jvm().pauseMillis()).isPositive();
    assertThat(profile.jvm().compiledMethods()).as("not in a recording: printed at exit").isEqualTo(-1);
  }

  @Test
  void readsTheJitTotalsAJvmPrintsAtExit() throws Exception {
    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        Profile.COMPILATION_TOTALS_FLAG, "-version").redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor()).isZero();

    Profile.JvmWork jvm = new Profile(0, List.of(), List.of(), 0, 0, new Profile.JvmWork(-1, -1, 2, 5.0))
        .withCompilation(output).jvm();

    assertThat(jvm.compiledMethods()).isPositive();
    assertThat(jvm.compileMillis()).isPositive();
    assertThat(jvm.collections()).isEqualTo(2);
    assertThat(jvm.pauseMillis()).isEqualTo(5.0);
  }

  @Test
  void theTotalsOfTheC1AndC2LinesAreAddedUp() {
    String output = """
          C1 {speed: 379349.959 bytes/s; standard:  0.682 s, 258625 bytes, 2328 methods; osr:  0.001 s, 459 bytes, 4 methods; nmethods_size: 2582496 bytes; nmethods_code_size: 1529184 bytes}
          C2 {speed: 0.000 bytes/s; standard:  0.100 s, 0 bytes, 10 methods; osr:  0.000 s, 0 bytes, 1 methods; nmethods_size: 0 bytes; nmethods_code_size: 0 bytes}
          Tier1 {speed: 379349.959 bytes/s; standard:  0.682 s, 258625 bytes, 2328 methods; osr:  0.001 s, 459 bytes, 4 methods; nmethods_size: 2582496 bytes; nmethods_code_size: 1529184 bytes}
          Total compilation time   :   0.783 s
        """;

    Profile.JvmWork jvm = new Profile(0, List.of(), List.of(), 0, 0, new Profile.JvmWork(-1, -1, 0, 0))
        .withCompilation(output).jvm();

    assertThat(jvm.compiledMethods()).isEqualTo(2328 + 4 + 10 + 1);
    assertThat(jvm.compileMillis()).isEqualTo(783.0);
    assertThat(new Profile(0, List.of(), List.of(), 0, 0, jvm).withCompilation("no totals").jvm().compiledMethods())
        .isEqualTo(-1);
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
