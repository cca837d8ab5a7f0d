package dev.specgen.bench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.bench.front.FixedBodyServer;
import dev.specgen.bench.front.FrontPages;
import dev.specgen.bench.front.PlainFront;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baselines of the client-overhead comparison: plain Jackson into hand-written records, and
 * raw {@code java.net.http} calls to a local server. The generated-code side is
 * {@code GeneratedClientBenchmark} (compiled only when the generated Front client is).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = BaselineBenchmark.DECODE_WARMUP_ITERATIONS, time = 1)
@Measurement(iterations = 5, time = 1)
public class BaselineBenchmark {

  /** Conversations in the decoded page. */
  public static final int PAGE_SIZE = 100;

  /** Conversations in the body the local server returns per call. */
  public static final int CALL_PAGE_SIZE = 1;

  /**
   * Warm-up iterations (1 s each) of the decoding benchmarks, the classes' default: decoding reaches
   * its steady time after about 5 s, the generated side later than plain Jackson.
   */
  public static final int DECODE_WARMUP_ITERATIONS = 10;

  /**
   * Warm-up iterations (1 s each) of the per-call benchmarks. A call runs the JDK's HTTP client,
   * the local server and the decoder on two cores, and its time kept falling for about 15 s (from
   * 2 ms to 0.2 ms per call, later for the generated client, whose code path is longer): with the
   * 10 s that decoding needs, the score still measured the JIT compiler rather than the call.
   */
  public static final int CALL_WARMUP_ITERATIONS = 20;

  public static final String CONTACT_ID = "crd_123";
  public static final int LIMIT = 25;
  public static final String TOKEN = "bench-token";

  private byte[] page;
  private ObjectMapper mapper;
  private FixedBodyServer server;
  private HttpClient http;
  private String baseUrl;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    page = FrontPages.pageBytes(PAGE_SIZE);
    mapper = PlainFront.mapper();
    server = new FixedBodyServer(FrontPages.pageBytes(CALL_PAGE_SIZE));
    baseUrl = server.baseUrl();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  /** Decodes a 100-conversation page into hand-written records. */
  @Benchmark
  public PlainFront.Page decodePlainJackson() throws IOException {
    return mapper.readValue(page, PlainFront.Page.class);
  }

  /** Builds and sends the request, reads the body as bytes; no decoding. */
  @Benchmark
  @Warmup(iterations = CALL_WARMUP_ITERATIONS, time = 1)
  public byte[] callRawHttpBytes() throws IOException, InterruptedException {
    return send().body();
  }

  /** Builds and sends the request, then decodes the body into hand-written records. */
  @Benchmark
  @Warmup(iterations = CALL_WARMUP_ITERATIONS, time = 1)
  public PlainFront.Page callRawHttpDecoded() throws IOException, InterruptedException {
    HttpResponse<byte[]> response = send();
    if (response.statusCode() != 200) {
      throw new IOException("status " + response.statusCode());
    }
    return mapper.readValue(response.body(), PlainFront.Page.class);
  }

  private HttpResponse<byte[]> send() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/contacts/" + CONTACT_ID
            + "/conversations?limit=" + LIMIT))
        .header("Authorization", "Bearer " + TOKEN)
        .header("Accept", "application/json")
        .GET()
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
