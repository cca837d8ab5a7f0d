package dev.specgen.bench.heap;

import dev.specgen.bench.ProcessRunner;
import dev.specgen.bench.ProcessRunner.Measurement;
import dev.specgen.bench.front.FixedBodyServer;
import dev.specgen.bench.front.FrontPages;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The smallest {@code -Xmx} with which each side of {@link HeapProbe} fetches and decodes a Front
 * page of about 50 MB from a JDK HttpServer on 127.0.0.1. Each try is a fresh JVM with default
 * flags apart from {@code -Xmx}; a binary search between 32 MB and 2 GB narrows the smallest
 * heap that succeeds to {@value #STEP_MB} MB.
 *
 * <p>Standalone: {@code java -cp CLASSPATH dev.specgen.bench.heap.MinHeap [--mb 50] [raw runtime
 * generated]} prints one line per side.
 */
public final class MinHeap {

  /** The resolution of the search. */
  public static final int STEP_MB = 4;

  private static final int LOW_MB = 32;
  private static final int HIGH_MB = 2048;

  /**
   * One side's result.
   *
   * @param side raw, runtime or generated
   * @param minHeapMb the smallest {@code -Xmx} in MB that worked, or -1 if even the largest failed
   * @param tries each {@code -Xmx} tried and whether it worked, in order
   */
  public record Result(String side, int minHeapMb, List<String> tries) {}

  private final ProcessRunner runner;
  private final Path logs;
  private final PrintStream log;

  public MinHeap(Path logs, PrintStream log) {
    this.runner = new ProcessRunner(Duration.ofSeconds(120));
    this.logs = logs;
    this.log = log;
  }

  /** The body of a page of about {@code megabytes} MB, built from the spec's example. */
  public static byte[] page(int megabytes) {
    int perConversation = FrontPages.pageBytes(100).length / 100;
    return FrontPages.pageBytes((int) ((long) megabytes * 1024 * 1024 / perConversation));
  }

  /** Measures each side against one server holding {@code body}. */
  public Map<String, Result> measure(byte[] body, List<String> sides) throws IOException {
    Map<String, Result> results = new LinkedHashMap<>();
    try (FixedBodyServer server = new FixedBodyServer(body)) {
      for (String side : sides) {
        results.put(side, search(side, server.baseUrl()));
        log.println("min heap, " + side + ": " + results.get(side).minHeapMb() + " MB " + results.get(side).tries());
      }
    }
    return results;
  }

  private Result search(String side, String url) throws IOException {
    List<String> tries = new ArrayList<>();
    if (!works(side, url, HIGH_MB, tries)) {
      return new Result(side, -1, tries);
    }
    int failing = LOW_MB;
    int working = HIGH_MB;
    while (working - failing > STEP_MB) {
      int middle = (failing + working) / 2;
      if (works(side, url, middle, tries)) {
        working = middle;
      } else {
        failing = middle;
      }
    }
    return new Result(side, working, tries);
  }

  private boolean works(String side, String url, int heapMb, List<String> tries) throws IOException {
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heapMb + "m",
        "-cp",
        absoluteClassPath(),
        HeapProbe.class.getName(),
        side,
        url);
    Measurement m = runner.run(command, logs, logs.resolve("heap-" + side + "-" + heapMb + "m.log"));
    boolean ok = m.ok() && m.output().contains("OK ");
    tries.add(heapMb + (ok ? " ok" : " fails"));
    return ok;
  }

  /** The probe runs in the log folder, so a relative class path entry would not resolve there. */
  private static String absoluteClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(Path.of(entry).toAbsolutePath().toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  public static void main(String[] args) throws IOException {
    int megabytes = 50;
    List<String> sides = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--mb")) {
        megabytes = Integer.parseInt(args[++i]);
      } else {
        sides.add(args[i]);
      }
    }
    if (sides.isEmpty()) {
      sides = List.of("raw", "runtime");
    }
    byte[] body = page(megabytes);
    System.out.println("page: " + body.length + " bytes");
    Path logs = Path.of(System.getProperty("java.io.tmpdir"), "specgen-min-heap");
    new MinHeap(logs, System.out).measure(body, sides);
  }
}
