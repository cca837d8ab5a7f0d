package dev.specgen.bench.jmh;

import dev.specgen.bench.SyntheticSpec;
import dev.specgen.generate.GenerationResult;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm, in-process generation: {@link Generator#generate} on a synthetic spec, sources only (no
 * docs), including loading the spec from disk and writing the files to a temporary folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GenerationBenchmark {

  @Param({"10", "100", "1000", "5000"})
  public int operations;

  private Path work;
  private GeneratorOptions options;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    work = Files.createTempDirectory("specgen-bench-gen");
    Path spec = SyntheticSpec.write(operations, work.resolve("ops-" + operations + ".yaml"));
    options = GeneratorOptions.sourcesOnly(List.of(new SpecInput(spec, "bench.x")),
        work.resolve("out"));
  }

  @Benchmark
  public GenerationResult generate() {
    GenerationResult result = new Generator().generate(options);
    if (result.hasErrors()) {
      throw new IllegalStateException("the synthetic spec has errors: " + result.diagnostics());
    }
    return result;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
