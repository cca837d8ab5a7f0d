package dev.specgen.bench.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.bench.front.FixedBodyServer;
import dev.specgen.bench.front.FrontPages;
import dev.specgen.bench.generated.front.ConversationPage;
import dev.specgen.bench.generated.front.FrontClient;
import dev.specgen.bench.generated.front.ListContactConversationsRequest;
import dev.specgen.bench.jmh.BaselineBenchmark;
import dev.specgen.runtime.json.SpecgenJson;
import java.io.IOException;
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
 * The generated side of the client-overhead comparison, against the code Specgen generates from
 * specs/front.yaml at build time (profile client-bench). Same inputs and settings as
 * {@link BaselineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = BaselineBenchmark.DECODE_WARMUP_ITERATIONS, time = 1)
@Measurement(iterations = 5, time = 1)
public class GeneratedClientBenchmark {

  private byte[] page;
  private ObjectMapper mapper;
  private FixedBodyServer server;
  private FrontClient client;
  private ListContactConversationsRequest request;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    page = FrontPages.pageBytes(BaselineBenchmark.PAGE_SIZE);
    mapper = SpecgenJson.newObjectMapper();
    server = new FixedBodyServer(FrontPages.pageBytes(BaselineBenchmark.CALL_PAGE_SIZE));
    client = FrontClient.builder()
        .baseUrl(server.baseUrl())
        .bearerToken(BaselineBenchmark.TOKEN)
        .build();
    request = ListContactConversationsRequest.builder()
        .contactId(BaselineBenchmark.CONTACT_ID)
        .limit(BaselineBenchmark.LIMIT)
        .build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  /** Decodes a 100-conversation page into the generated models. */
  @Benchmark
  public ConversationPage decodeGenerated() throws IOException {
    return mapper.readValue(page, ConversationPage.class);
  }

  /** One call through the generated client: build the request, send it, decode the page. */
  @Benchmark
  @Warmup(iterations = BaselineBenchmark.CALL_WARMUP_ITERATIONS, time = 1)
  public ConversationPage callGeneratedClient() {
    return client.listContactConversations(request);
  }
}
