package dev.specgen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a run's CPU time goes, from a JFR recording's execution samples: the methods most often
 * on top of the stack (self time), and the Specgen methods nearest the top (the Specgen code that
 * caused the work, including the library calls it made).
 *
 * @param samples execution samples in the recording
 * @param selfTop {@code "method: percent"} lines, most sampled first
 * @param specgenTop the same, for the topmost {@code dev.specgen} frame of each sample
 */
public record Profile(long samples, List<String> selfTop, List<String> specgenTop) {

  /** The JVM flag that records {@code file} with JFR's profiling settings. */
  public static String jfrFlag(Path file) {
    return "-XX:StartFlightRecording=filename=" + file + ",settings=profile";
  }

  /** Like {@link #jfrFlag(Path)}, recording only from {@code delaySeconds} after the JVM started. */
  public static String jfrFlag(Path file, int delaySeconds) {
    return jfrFlag(file) + ",delay=" + delaySeconds + "s";
  }

  public static Profile read(Path recording, int top) throws IOException {
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> specgen = new HashMap<>();
    long samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = stack.getFrames();
      self.merge(name(frames.get(0)), 1L, Long::sum);
      String own = "(no Specgen frame: JVM, JDK or library start-up)";
      for (RecordedFrame frame : frames) {
        if (frame.getMethod().getType().getName().startsWith("dev.specgen.")) {
          own = name(frame);
          break;
        }
      }
      specgen.merge(own, 1L, Long::sum);
    }
    return new Profile(samples, top(self, samples, top), top(specgen, samples, top));
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
