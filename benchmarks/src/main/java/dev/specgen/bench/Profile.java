package dev.specgen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a run's CPU time goes, from a JFR recording: the methods most often on top of the stack
 * (self time), the Specgen methods nearest the top (the Specgen code that caused the work,
 * including the library calls it made), the share of JavaPoet's rendering and of its line
 * splitting, and the work the JVM does beside the program's threads, which execution samples do
 * not show: JIT compilation (from the totals {@code -XX:+CITime} prints at exit, see {@link
 * #withCompilation}) and collector pauses.
 *
 * @param samples execution samples in the recording
 * @param selfTop {@code "method: percent"} lines, most sampled first
 * @param specgenTop the same, for the topmost {@code dev.specgen} frame of each sample
 * @param rendering samples with JavaPoet's {@code JavaFile.writeTo} on the stack
 * @param lineSplitting samples in the regular expression JavaPoet's {@code CodeWriter} splits every
 *     emitted piece of text with ({@code Pattern.split} under {@code CodeWriter.emitAndIndent})
 * @param jvm compilation and collector figures
 */
public record Profile(long samples, List<String> selfTop, List<String> specgenTop, long rendering,
    long lineSplitting, JvmWork jvm) {

  /**
   * The JVM's own work during the run.
   *
   * @param compiledMethods methods the JIT compiled, -1 when unknown
   * @param compileMillis time the JIT compiler threads spent compiling them, -1 when unknown
   * @param collections garbage collections
   * @param pauseMillis the sum of their pauses, during which no program thread runs
   */
  public record JvmWork(long compiledMethods, double compileMillis, long collections, double pauseMillis) {}

  /** The JVM flag that prints the JIT's totals at exit, which {@link #withCompilation} reads. */
  public static final String COMPILATION_TOTALS_FLAG = "-XX:+CITime";

  private static final Pattern COMPILER_LINE = Pattern.compile(
      "^\\s*C[12] \\{.*standard:\\s*[\\d.]+ s, \\d+ bytes, (\\d+) methods; osr:\\s*[\\d.]+ s, \\d+ bytes, (\\d+) methods",
      Pattern.MULTILINE);
  private static final Pattern TOTAL_TIME = Pattern.compile("^\\s*Total compilation time\\s*:\\s*([\\d.]+) s",
      Pattern.MULTILINE);

  /** The JVM flag that records {@code file} with JFR's profiling settings. */
  public static String jfrFlag(Path file) {
    return "-XX:StartFlightRecording=filename=" + file + ",settings=profile";
  }

  /** Like {@link #jfrFlag(Path)}, recording only from {@code delaySeconds} after the JVM started. */
  public static String jfrFlag(Path file, int delaySeconds) {
    return jfrFlag(file) + ",delay=" + delaySeconds + "s";
  }

  /** Percent of the samples, for the report. */
  public double percent(long count) {
    return 100.0 * count / Math.max(1, samples);
  }

  public static Profile read(Path recording, int top) throws IOException {
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> specgen = new HashMap<>();
    long samples = 0;
    long rendering = 0;
    long lineSplitting = 0;
    long collections = 0;
    double pauseMillis = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      switch (event.getEventType().getName()) {
        case "jdk.GarbageCollection" -> {
          collections++;
          pauseMillis += event.getDuration("sumOfPauses").toNanos() / 1e6;
        }
        case "jdk.ExecutionSample" -> {
          RecordedStackTrace stack = event.getStackTrace();
          if (stack == null || stack.getFrames().isEmpty()) {
            continue;
          }
          samples++;
          List<RecordedFrame> frames = stack.getFrames();
          self.merge(name(frames.get(0)), 1L, Long::sum);
          specgen.merge(nearestSpecgenFrame(frames), 1L, Long::sum);
          if (onStack(frames, "com.palantir.javapoet.JavaFile.writeTo")) {
            rendering++;
          }
          if (splittingLines(frames)) {
            lineSplitting++;
          }
        }
        default -> { }
      }
    }
    return new Profile(samples, top(self, samples, top), top(specgen, samples, top), rendering,
        lineSplitting, new JvmWork(-1, -1, collections, pauseMillis));
  }

  /**
   * This profile with the JIT's totals from the output of the profiled run, which printed them at
   * exit ({@link #COMPILATION_TOTALS_FLAG}): methods compiled by C1 and C2, standard and on-stack
   * replacement, and the total compilation time. Unknown (-1) when the output has no such totals.
   */
  public Profile withCompilation(String runOutput) {
    long methods = 0;
    boolean found = false;
    Matcher compiler = COMPILER_LINE.matcher(runOutput);
    while (compiler.find()) {
      methods += Long.parseLong(compiler.group(1)) + Long.parseLong(compiler.group(2));
      found = true;
    }
    Matcher total = TOTAL_TIME.matcher(runOutput);
    double millis = total.find() ? Double.parseDouble(total.group(1)) * 1000 : -1;
    return new Profile(samples, selfTop, specgenTop, rendering, lineSplitting,
        new JvmWork(found ? methods : -1, millis, jvm.collections(), jvm.pauseMillis()));
  }

  private static String nearestSpecgenFrame(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      if (frame.getMethod().getType().getName().startsWith("dev.specgen.")) {
        return name(frame);
      }
    }
    return "(no Specgen frame: JVM, JDK or library start-up)";
  }

  private static boolean onStack(List<RecordedFrame> frames, String method) {
    return frames.stream().anyMatch(frame -> name(frame).equals(method));
  }

  /** In {@code Pattern.split}, called (at any depth of the regex engine) by {@code CodeWriter.emitAndIndent}. */
  private static boolean splittingLines(List<RecordedFrame> frames) {
    boolean inSplit = false;
    for (RecordedFrame frame : frames) {
      String name = name(frame);
      if (name.equals("java.util.regex.Pattern.split")) {
        inSplit = true;
      } else if (inSplit) {
        return name.equals("com.palantir.javapoet.CodeWriter.emitAndIndent");
      }
    }
    return false;
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static List<String> top(Map<String, Long> counts, long total, int n) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(n)
        .map(e -> String.format("%s: %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, total)))
        .toList();
  }
}
