package dev.specgen.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.runtime.testing.ForkedClient;
import dev.specgen.runtime.testing.RawServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bodies far larger than the heap, in JVMs of their own with a fixed {@code -Xmx}: the size limit
 * must end the call with its documented exception, never an {@link OutOfMemoryError}. The bytes
 * are generated as they are sent; nothing stores them.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LargeBodyTest {

  private static final long FOUR_HUNDRED_MB = 400L * 1024 * 1024;
  private static final byte[] ITEM = "{\"id\":\"it_0123456789\",\"name\":\"A fairly ordinary item name\",\"count\":42},".getBytes(UTF_8);

  /** {"items":[ item, item, ..., last ]} of about {@code total} bytes, with its exact length declared. */
  static void page(OutputStream out, long total) throws IOException {
    byte[] start = "{\"items\":[".getBytes(UTF_8);
    byte[] end = "{\"id\":\"last\",\"name\":\"\",\"count\":0}]}".getBytes(UTF_8);
    long items = (total / ITEM.length) * ITEM.length;
    out.write(RawServer.head(200, "Content-Type: application/json", "Content-Length: " + (start.length + items + end.length)));
    out.write(start);
    RawServer.stream(out, ITEM, items);
    out.write(end);
    out.flush();
  }

  @Test
  void fourHundredMegabytesUnder256MegabytesOfHeapEndInTheSizeLimitException() throws Exception {
    try (RawServer declared = RawServer.start((out, n) -> page(out, FOUR_HUNDRED_MB));
        RawServer chunked = RawServer.start((out, n) -> {
          out.write(RawServer.head(200, "Content-Type: application/json", "Transfer-Encoding: chunked"));
          RawServer.streamChunked(out, ITEM, FOUR_HUNDRED_MB);
        })) {
      List<String> declaredOut = fork("-Xmx256m", declared.baseUrl(), "/declared");
      List<String> chunkedOut = fork("-Xmx256m", chunked.baseUrl(), "/chunked");

      assertThat(declaredOut).singleElement().asString()
          .startsWith("FAILED dev.specgen.runtime.error.ResponseTooLargeException: getPage: the HTTP 200 response body of ")
          .contains("exceeds the limit of 33554432 bytes for GET " + declared.baseUrl() + "/declared");
      assertThat(chunkedOut).singleElement().asString()
          .startsWith("FAILED dev.specgen.runtime.error.ResponseTooLargeException: getPage: the HTTP 200 response body exceeds")
          .contains("the limit of 33554432 bytes for GET " + chunked.baseUrl() + "/chunked");
    }
  }

  /**
   * A 50 MB page of small items needs 174 MB of heap with raw {@code java.net.http} and Jackson
   * (JDK 17, default G1; the smallest {@code -Xmx} found by a binary search to 4 MB, see
   * benchmarks/README.md part 6 for the same search on a Front page). The runtime must decode it in
   * that heap plus 10%.
   */
  @Test
  void aFiftyMegabytePageDecodesInTheHeapRawJavaNetHttpNeedsPlusTenPercent() throws Exception {
    try (RawServer server = RawServer.start((out, n) -> page(out, 50L * 1024 * 1024))) {
      List<String> output = fork("-Xmx192m", "--max-bytes", Integer.toString(64 * 1024 * 1024), server.baseUrl(), "/page");

      assertThat(output).singleElement().asString().matches("OK \\d{6,}");
    }
  }

  /** Runs {@link ForkedClient} with this test's class path and returns its output lines. */
  static List<String> fork(String heap, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        heap,
        "-cp",
        System.getProperty("java.class.path"),
        ForkedClient.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        throw new AssertionError("the forked client did not finish within 90 s");
      }
      String output = new String(process.getInputStream().readAllBytes(), UTF_8);
      return output.lines().filter(line -> !line.isBlank()).toList();
    } finally {
      process.destroyForcibly();
    }
  }
}
