package com.example.checked.callers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The other half of this module's build: the callers in {@code src/main} pass NullAway, and a
 * caller that dereferences a {@code @Nullable} accessor without a check does not; the generated
 * models pass it too, so their annotations agree with what they do. javac runs in its
 * own process with the same Error Prone and NullAway options as the build, against the generated
 * classes.
 */
class NullAwayCallersTest {

  /** What the build passes javac to run NullAway (see pom.xml). */
  private static final List<String> NULLAWAY = List.of(
      "-XDcompilePolicy=simple",
      "--should-stop=ifError=FLOW",
      "-Xplugin:ErrorProne -Xep:NullAway:ERROR -XepOpt:NullAway:OnlyNullMarked=true");

  private static final List<String> COMPILER_INTERNALS = List.of(
      "-J--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
      "-J--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
      "-J--add-exports=jdk.compiler/com.sun.tools.javac.main=ALL-UNNAMED",
      "-J--add-exports=jdk.compiler/com.sun.tools.javac.model=ALL-UNNAMED",
      "-J--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
      "-J--add-exports=jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED",
      "-J--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
      "-J--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
      "-J--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED",
      "-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED");

  @TempDir
  Path output;

  @Test
  void aCallerThatDereferencesANullableAccessorFailsNullAway() throws Exception {
    Result result = javac(NULLAWAY, "callers/BadCaller.java");

    assertThat(result.exitCode()).as(result.output()).isNotZero();
    assertThat(result.output())
        .contains("BadCaller.java:13: error: [NullAway] dereferenced expression 'conversation.subject()' is @Nullable");
  }

  @Test
  void withoutNullAwayTheSameCallerCompiles() throws Exception {
    // so the failure above is NullAway's finding, not a broken classpath
    Result result = javac(List.of(), "callers/BadCaller.java");

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void theGeneratedModelsAreConsistentWithTheirOwnAnnotations() throws Exception {
    // NullAway over the generated models themselves: what they mark @Nullable and what they do agree
    List<Path> models = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("target/generated-sources/specgen"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(file);
        if (text.contains("@Generated(\"dev.specgen.emit.model.ModelEmitter\")")
            || file.endsWith("package-info.java")) {
          models.add(file);
        }
      }
    }
    assertThat(models).hasSizeGreaterThan(20);

    Result result = javac(NULLAWAY, models);

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).doesNotContain("NullAway");
  }

  private record Result(int exitCode, String output) {}

  private Result javac(List<String> options, String resource) throws IOException, InterruptedException {
    return javac(options, List.of(Path.of("src/test/resources").resolve(resource)));
  }

  private Result javac(List<String> options, List<Path> sources) throws IOException, InterruptedException {
    String classpath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(COMPILER_INTERNALS);
    command.addAll(List.of("-d", output.toString(), "-classpath", classpath, "-processorpath", classpath,
        "-proc:none"));
    command.addAll(options);
    sources.forEach(source -> command.add(source.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] text = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("javac finished").isTrue();
    return new Result(process.exitValue(), new String(text, StandardCharsets.UTF_8));
  }
}
