package dev.specgen.bench.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each generated-side benchmark method once, so the client benchmarks cannot rot. */
class GeneratedClientSmokeTest {

  @Test
  void decodesThePageAndCallsTheLocalServerOnce() throws Exception {
    GeneratedClientBenchmark benchmark = new GeneratedClientBenchmark();
    benchmark.setUp();
    try {
      assertThat(benchmark.decodeGenerated().results()).hasSize(100);
      assertThat(benchmark.callGeneratedClient().results()).hasSize(1);
    } finally {
      benchmark.tearDown();
    }
  }
}
