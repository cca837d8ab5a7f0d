package dev.specgen.emit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.specgen.runtime.body.BinaryResponse;
import dev.specgen.testing.Invoke;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 200 MB upload and a 200 MB download through the generated client stream: the bytes are made
 * on the fly and checked by digest, never stored, and the heap in use (measured after a full GC
 * every 16 MB) grows by less than 32 MB.
 */
class StreamedTransferTest {

  private static final long SIZE = 200L * 1024 * 1024;
  private static final long SAMPLE_EVERY = 16L * 1024 * 1024;
  private static final long MAX_GROWTH = 32L * 1024 * 1024;

  private final MediaServer server = MediaServer.start().on("/archives", StreamedTransferTest::archives);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aLargeUploadStreamsFromTheCallersInputStream() {
    MediaClients.compiled(); // compile before measuring
    HeapWatch heap = new HeapWatch();
    GeneratedBytes data = new GeneratedBytes(SIZE, heap);

    Object counted = MediaClients.scenario("uploadArchive", server.baseUrl(), data, SIZE);

    assertThat(Invoke.call(counted, "bytes")).isEqualTo(SIZE);
    assertThat(Invoke.call(counted, "sha256")).isEqualTo(data.sha256());
    System.out.printf("upload of %d MB: heap growth %.1f MB%n", SIZE >> 20, heap.growth() / 1048576.0);
    assertThat(heap.growth()).isLessThan(MAX_GROWTH);
  }

  @Test
  void aLargeDownloadIsReadAsAStream() throws IOException {
    MediaClients.compiled();
    HeapWatch heap = new HeapWatch();
    MessageDigest digest = sha256();
    long[] sinceSample = {0};

    long total;
    try (BinaryResponse archive = (BinaryResponse) MediaClients.scenario("downloadArchive", server.baseUrl())) {
      assertThat(archive.contentLength()).hasValue(SIZE);
      total = MediaServer.drain(archive.body(), (buffer, length) -> {
        digest.update(buffer, 0, length);
        sinceSample[0] += length;
        if (sinceSample[0] >= SAMPLE_EVERY) {
          sinceSample[0] = 0;
          heap.sample();
        }
      });
    }

    assertThat(total).isEqualTo(SIZE);
    assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(new GeneratedBytes(SIZE, null).drainedSha256());
    System.out.printf("download of %d MB: heap growth %.1f MB%n", SIZE >> 20, heap.growth() / 1048576.0);
    assertThat(heap.growth()).isLessThan(MAX_GROWTH);
  }

  private static void archives(HttpExchange exchange) throws IOException {
    if (exchange.getRequestMethod().equals("PUT")) {
      MessageDigest digest = sha256();
      long total = MediaServer.drain(exchange.getRequestBody(), (buffer, length) -> digest.update(buffer, 0, length));
      String json = "{\"bytes\":" + total + ",\"sha256\":\"" + HexFormat.of().formatHex(digest.digest()) + "\"}";
      MediaServer.respond(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(200, SIZE);
    try (OutputStream out = exchange.getResponseBody(); InputStream in = new GeneratedBytes(SIZE, null)) {
      in.transferTo(out);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Heap in use after a full GC, relative to when the watch started. */
  private static final class HeapWatch {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long baseline = usedAfterGc();
    private long peak;

    synchronized void sample() {
      peak = Math.max(peak, usedAfterGc() - baseline);
    }

    synchronized long growth() {
      return peak;
    }

    private long usedAfterGc() {
      System.gc();
      return memory.getHeapMemoryUsage().getUsed();
    }
  }

  /** {@code size} pseudo-random bytes made as they are read, hashed on the way, sampling the heap. */
  private static final class GeneratedBytes extends InputStream {
    private final long size;
    private final HeapWatch heap;
    private final MessageDigest digest = StreamedTransferTest.sha256();
    private long position;
    private long sinceSample;
    private int state = 12345;

    GeneratedBytes(long size, HeapWatch heap) {
      this.size = size;
      this.heap = heap;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position == size) {
        return -1;
      }
      int count = (int) Math.min(length, size - position);
      for (int i = 0; i < count; i++) {
        state = state * 1103515245 + 12345;
        buffer[offset + i] = (byte) (state >>> 16);
      }
      digest.update(buffer, offset, count);
      position += count;
      sinceSample += count;
      if (heap != null && sinceSample >= SAMPLE_EVERY) {
        sinceSample = 0;
        heap.sample();
      }
      return count;
    }

    String sha256() {
      return HexFormat.of().formatHex(digest.digest());
    }

    /** Reads this stream to its end and returns its digest. */
    String drainedSha256() throws IOException {
      byte[] buffer = new byte[64 * 1024];
      while (read(buffer, 0, buffer.length) >= 0) {
        // the digest is updated as the bytes are read
      }
      return sha256();
    }
  }
}
