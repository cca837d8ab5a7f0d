package dev.specgen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a fresh process and measures its wall time and peak resident memory.
 *
 * <p>Peak RSS comes from GNU {@code /usr/bin/time -f %M} when it works on this machine; otherwise
 * from polling {@code VmHWM} in {@code /proc/PID/status} while the process runs (which can miss
 * a peak in the last few milliseconds). Output goes to a log file, never to this process.
 */
public final class ProcessRunner {

  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  private final boolean gnuTime;
  private final Duration timeout;

  public ProcessRunner(Duration timeout) {
    this.timeout = timeout;
    this.gnuTime = gnuTimeWorks();
  }

  /** How peak RSS is measured, for the report. */
  public String rssMethod() {
    return gnuTime ? "GNU /usr/bin/time -f %M (max RSS of the process)"
        : "VmHWM polled from /proc/PID/status every 5 ms";
  }

  /**
   * One run of a command.
   *
   * @param wallNanos from starting the process to its exit
   * @param peakRssKb peak resident set size in KiB, or -1 if unknown
   * @param exitCode the command's exit code (-1 when it was killed at the time limit)
   * @param output what it printed on stdout and stderr
   */
  public record Measurement(long wallNanos, long peakRssKb, int exitCode, String output) {
    public double millis() {
      return wallNanos / 1e6;
    }

    public boolean ok() {
      return exitCode == 0;
    }
  }

  public Measurement run(List<String> command, Path workDir, Path logFile) throws IOException {
    Files.createDirectories(logFile.toAbsolutePath().getParent());
    Path rssFile = logFile.resolveSibling(logFile.getFileName() + ".rss");
    Files.deleteIfExists(rssFile);
    List<String> full = new ArrayList<>();
    if (gnuTime) {
      full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rssFile.toString()));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(logFile.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    long polledKb = -1;
    long deadline = start + timeout.toNanos();
    boolean exited = false;
    while (!exited && System.nanoTime() < deadline) {
      if (!gnuTime) {
        polledKb = Math.max(polledKb, vmHwmKb(process.pid()));
      }
      try {
        exited = process.waitFor(gnuTime ? 50 : 5, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
        throw new IOException("interrupted", e);
      }
    }
    long wall = System.nanoTime() - start;
    if (!exited) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    int exit = exited ? process.exitValue() : -1;
    String output = Files.readString(logFile, StandardCharsets.UTF_8);
    long rss = gnuTime ? readRss(rssFile) : polledKb;
    return new Measurement(wall, rss, exit, output);
  }

  private static long readRss(Path rssFile) throws IOException {
    if (!Files.exists(rssFile)) {
      return -1;
    }
    // The last line holds %M; a line before it may say the command exited non-zero.
    List<String> lines = Files.readAllLines(rssFile).stream().map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
    try {
      return lines.isEmpty() ? -1 : Long.parseLong(lines.get(lines.size() - 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long vmHwmKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // The process is gone or /proc is not there.
    }
    return -1;
  }

  private static boolean gnuTimeWorks() {
    if (!Files.isExecutable(GNU_TIME)) {
      return false;
    }
    try {
      Path out = Files.createTempFile("specgen-bench-time", ".txt");
      try {
        Process p = new ProcessBuilder(GNU_TIME.toString(), "-f", "%M", "-o", out.toString(), "true")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean done = p.waitFor(10, TimeUnit.SECONDS);
        return done && p.exitValue() == 0 && readRss(out) > 0;
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
