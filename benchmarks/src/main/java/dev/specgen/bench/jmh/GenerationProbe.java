package dev.specgen.bench.jmh;

/**
 * One in-process generation in a fresh JVM, to size the JMH run: {@code GenerationProbe OPS}
 * prints {@code probe-ms: N}.
 */
public final class GenerationProbe {

  private GenerationProbe() {}

  public static void main(String[] args) throws Exception {
    GenerationBenchmark benchmark = new GenerationBenchmark();
    benchmark.operations = Integer.parseInt(args[0]);
    benchmark.setUp();
    try {
      long start = System.nanoTime();
      benchmark.generate();
      System.out.println("probe-ms: " + (System.nanoTime() - start) / 1_000_000);
    } finally {
      benchmark.tearDown();
    }
  }
}
