package dev.specgen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the numbers were taken on. */
public final class Machine {

  private Machine() {}

  /** Markdown bullet lines describing this machine and JDK. */
  public static List<String> describe(Path repo) {
    List<String> lines = new ArrayList<>();
    lines.add("- Date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    lines.add("- CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors()
        + " cores available to the JVM");
    lines.add("- Memory: " + memTotal());
    lines.add("- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
        + " (" + System.getProperty("os.arch") + ")");
    lines.add("- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + "), default JVM flags for every tool unless a section says otherwise");
    String status = git(repo, "status", "--porcelain");
    lines.add("- Source: commit " + git(repo, "rev-parse", "--short", "HEAD")
        + (status.isBlank() || status.equals("unknown") ? ""
        : ", built from a work tree with uncommitted changes"));
    return lines;
  }

  /**
   * Writes what earlier runs left in the page cache to disk, outside any measured time: otherwise
   * the kernel writes it back while a later run is measured (hundreds of MB after the 5,000-operation
   * runs), and that run pays for its predecessors.
   */
  public static void flushToDisk() {
    try {
      new ProcessBuilder("sync").inheritIO().start().waitFor();
    } catch (IOException e) {
      // no sync command (not a Unix): runs share the write-back, as they would anyway
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The 1-, 5- and 15-minute load averages. */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst().orElse(System.getProperty("os.arch"));
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }

  private static String memTotal() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(l -> l.startsWith("MemTotal"))
          .map(l -> Math.round(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB")
          .findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String git(Path repo, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
