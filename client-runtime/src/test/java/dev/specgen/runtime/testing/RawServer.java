package dev.specgen.runtime.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A socket server on 127.0.0.1 that misbehaves on purpose: it writes whatever its script says,
 * byte by byte if need be, and notices when the client closes the connection. For the cases a
 * well-behaved HTTP server cannot play: trickled bodies, connections closed before any response,
 * bodies far larger than anything kept in memory, bytes in a declared charset.
 */
public final class RawServer implements AutoCloseable {

  /** What the server does with one connection after reading a request head. */
  @FunctionalInterface
  public interface Script {
    /**
     * Answers (or not) one request.
     *
     * @param out the connection's output
     * @param requestNumber 1 for the first request the server received
     * @throws IOException when the client has gone, which ends the script
     * @throws InterruptedException when the server stops
     */
    void answer(OutputStream out, int requestNumber) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Script script;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicLong bytesWritten = new AtomicLong();
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final CountDownLatch clientClosed = new CountDownLatch(1);
  private final Thread acceptor;

  private RawServer(Script script) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    this.script = script;
    this.acceptor = new Thread(this::acceptLoop, "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts a server that runs the script for every request. */
  public static RawServer start(Script script) {
    try {
      return new RawServer(script);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The server's root URL. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** How many request heads the server has read. */
  public int requestCount() {
    return requests.get();
  }

  /** How many bytes the scripts managed to write in all. */
  public long bytesWritten() {
    return bytesWritten.get();
  }

  /** Waits until a client closed a connection the server was still answering on. */
  public boolean awaitClientClose(Duration limit) throws InterruptedException {
    return clientClosed.await(limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.add(connection);
        Thread worker = new Thread(() -> serve(connection), "raw-server-connection");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = connection.getInputStream();
      if (readHead(in)) {
        int number = requests.incrementAndGet();
        watchForClose(connection);
        script.answer(new CountingOutput(connection.getOutputStream()), number);
      }
    } catch (IOException e) {
      clientClosed.countDown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The client sends nothing after its request, so any read result means it closed or reset. */
  private void watchForClose(Socket connection) {
    Thread watcher =
        new Thread(
            () -> {
              try {
                connection.getInputStream().read();
              } catch (IOException ignored) {
                // A reset is a close too.
              }
              clientClosed.countDown();
            },
            "raw-server-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Reads up to the blank line ending a request head (requests in these tests have no body). */
  private static boolean readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == end.length) {
        return true;
      }
    }
    return false;
  }

  /** A response head with the given status and headers, each "Name: value". */
  public static byte[] head(int status, String... headers) {
    StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
    for (String header : headers) {
      text.append(header).append("\r\n");
    }
    return text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Writes {@code total} bytes repeating {@code pattern}, generated block by block, storing nothing. */
  public static void stream(OutputStream out, byte[] pattern, long total) throws IOException {
    byte[] block = repeated(pattern);
    long left = total;
    while (left > 0) {
      int n = (int) Math.min(block.length, left);
      out.write(block, 0, n);
      left -= n;
    }
    out.flush();
  }

  /** Writes about {@code total} bytes of {@code pattern} as 64 KiB-ish chunks, then the last chunk. */
  public static void streamChunked(OutputStream out, byte[] pattern, long total) throws IOException {
    byte[] block = repeated(pattern);
    byte[] size = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] crlf = {'\r', '\n'};
    for (long sent = 0; sent < total; sent += block.length) {
      out.write(size);
      out.write(block);
      out.write(crlf);
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** About 64 KiB of whole copies of the pattern, so consecutive blocks continue it seamlessly. */
  private static byte[] repeated(byte[] pattern) {
    int copies = Math.max(1, 64 * 1024 / pattern.length);
    byte[] block = new byte[copies * pattern.length];
    for (int i = 0; i < copies; i++) {
      System.arraycopy(pattern, 0, block, i * pattern.length, pattern.length);
    }
    return block;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
    for (Socket connection : connections) {
      try {
        connection.close();
      } catch (IOException ignored) {
        // Closing anyway.
      }
    }
  }

  /** Counts what the scripts write. */
  private final class CountingOutput extends OutputStream {
    private final OutputStream out;

    CountingOutput(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      bytesWritten.incrementAndGet();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      bytesWritten.addAndGet(len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
