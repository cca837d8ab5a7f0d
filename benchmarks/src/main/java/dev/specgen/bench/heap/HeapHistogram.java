package dev.specgen.bench.heap;

import dev.specgen.bench.SyntheticSpec;
import dev.specgen.generate.GenerationResult;
import dev.specgen.generate.Generator;
import dev.specgen.generate.GeneratorOptions;
import dev.specgen.generate.SpecInput;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * What Specgen's heap holds at its fullest: one in-process generation (sources only, as the
 * command line's {@code --no-docs}) of a synthetic spec, while this JVM takes a class histogram
 * of its own live objects ({@code GC.class_histogram}, which collects garbage first) every
 * {@value #INTERVAL_MS} ms; the histogram with the most live bytes is kept.
 *
 * <p>Run in a fresh JVM: {@code HeapHistogram OPS WORKDIR} prints {@code histogram-samples: N},
 * {@code histogram-total: BYTES} and {@code histogram-row: INSTANCES BYTES CLASS} for the top
 * {@value #TOP} classes by bytes; {@link #parse} reads that back.
 */
public final class HeapHistogram {

  /** How often a histogram is taken while generating. */
  public static final int INTERVAL_MS = 250;
  static final int TOP = 10;

  /** One class of a histogram. */
  public record Row(long instances, long bytes, String className) {}

  /**
   * The fullest histogram taken.
   *
   * @param samples how many histograms were taken during the generation
   * @param totalBytes live bytes in that histogram
   * @param top its largest classes by bytes
   */
  public record Histogram(int samples, long totalBytes, List<Row> top) {}

  private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
  private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

  private HeapHistogram() {}

  public static void main(String[] args) throws Exception {
    int operations = Integer.parseInt(args[0]);
    Path work = Path.of(args[1]);
    Files.createDirectories(work);
    Path spec = SyntheticSpec.write(operations, work.resolve("ops-" + operations + ".json"));
    GeneratorOptions options = GeneratorOptions.sourcesOnly(List.of(new SpecInput(spec, "bench.x")),
        work.resolve("out"));
    CompletableFuture<GenerationResult> generation =
        CompletableFuture.supplyAsync(() -> new Generator().generate(options));
    Histogram fullest = new Histogram(0, -1, List.of());
    int samples = 0;
    while (!generation.isDone()) {
      Histogram h = parse(classHistogram());
      samples++;
      if (h.totalBytes() > fullest.totalBytes()) {
        fullest = h;
      }
      try {
        generation.get(INTERVAL_MS, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        // Still generating: take the next histogram.
      }
    }
    if (generation.join().hasErrors()) {
      throw new IllegalStateException("the synthetic spec has errors");
    }
    System.out.println("histogram-samples: " + samples);
    System.out.println("histogram-total: " + fullest.totalBytes());
    for (Row r : fullest.top()) {
      System.out.println("histogram-row: " + r.instances() + " " + r.bytes() + " " + r.className());
    }
  }

  /**
   * This JVM's live-object histogram, as {@code jcmd PID GC.class_histogram} prints it (which
   * runs a full collection first).
   *
   * @return the histogram's text
   * @throws Exception if the diagnostic command is not available
   */
  public static String classHistogram() throws Exception {
    return (String) ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
        new Object[] {new String[0]}, new String[] {String[].class.getName()});
  }

  /**
   * Reads a histogram: either {@code GC.class_histogram}'s own text, or the {@code histogram-*}
   * lines {@link #main} prints.
   *
   * @param text the text
   * @return its total and top {@value #TOP} rows; total -1 when the text holds none
   */
  public static Histogram parse(String text) {
    List<Row> rows = new ArrayList<>();
    long total = -1;
    int samples = 0;
    for (String line : text.split("\n")) {
      Matcher row = ROW.matcher(line);
      Matcher sum = TOTAL.matcher(line);
      if (line.startsWith("histogram-row: ")) {
        String[] p = line.substring("histogram-row: ".length()).strip().split(" ", 3);
        rows.add(new Row(Long.parseLong(p[0]), Long.parseLong(p[1]), p[2]));
      } else if (line.startsWith("histogram-total: ")) {
        total = Long.parseLong(line.substring("histogram-total: ".length()).strip());
      } else if (line.startsWith("histogram-samples: ")) {
        samples = Integer.parseInt(line.substring("histogram-samples: ".length()).strip());
      } else if (row.find()) {
        rows.add(new Row(Long.parseLong(row.group(1)), Long.parseLong(row.group(2)), row.group(3)));
      } else if (sum.find()) {
        total = Long.parseLong(sum.group(2));
      }
    }
    rows.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
    return new Histogram(samples, total, List.copyOf(rows.subList(0, Math.min(TOP, rows.size()))));
  }
}
