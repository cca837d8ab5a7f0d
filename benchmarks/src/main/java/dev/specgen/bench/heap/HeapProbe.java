package dev.specgen.bench.heap;

import dev.specgen.bench.front.PlainFront;
import dev.specgen.runtime.ApiClientCore;
import dev.specgen.runtime.ApiRequest;
import dev.specgen.runtime.ClientConfig;
import dev.specgen.runtime.RequestOptions;
import dev.specgen.runtime.retry.RetryPolicy;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One fetch-and-decode of a large Front page in a JVM of its own, whose {@code -Xmx} the caller
 * chooses ({@link MinHeap} searches the smallest that works). Prints {@code OK <conversations>}
 * and exits 0, or prints {@code OOM} and exits 3, or prints the failure and exits 2.
 *
 * <p>Sides: {@code raw} is {@code java.net.http} with {@code BodyHandlers.ofByteArray()} and plain
 * Jackson into hand-written records; {@code runtime} is Specgen's runtime ({@code ApiClientCore},
 * what every generated client calls) into the same records; {@code generated} is the Front client
 * generated from specs/front.yaml into its generated models (only in builds with the profile
 * client-bench).
 *
 * <p>Usage: {@code HeapProbe SIDE BASE_URL}
 */
public final class HeapProbe {

  /** The response limit the Specgen sides raise for this call; the default 32 MiB is too small. */
  public static final int MAX_RESPONSE_BYTES = 256 * 1024 * 1024;

  static final String PATH = "/contacts/crd_123/conversations";
  public static final String GENERATED = "dev.specgen.bench.client.GeneratedHeapProbe";

  private HeapProbe() {}

  public static void main(String[] args) {
    try {
      int conversations =
          switch (args[0]) {
            case "raw" -> raw(args[1]);
            case "runtime" -> runtime(args[1]);
            case "generated" -> generated(args[1]);
            default -> throw new IllegalArgumentException("unknown side " + args[0]);
          };
      System.out.println("OK " + conversations);
      System.exit(0);
    } catch (OutOfMemoryError e) {
      System.out.println("OOM");
      System.exit(3);
    } catch (Exception e) {
      System.out.println("FAILED " + e);
      System.exit(2);
    }
  }

  private static int raw(String baseUrl) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + PATH)).header("Accept", "application/json").build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return PlainFront.mapper().readValue(response.body(), PlainFront.Page.class).results().size();
  }

  private static int runtime(String baseUrl) {
    ApiClientCore core =
        new ApiClientCore(ClientConfig.builder().baseUrl(baseUrl).retryPolicy(RetryPolicy.none()).build());
    RequestOptions options = RequestOptions.builder().maxResponseBytes(MAX_RESPONSE_BYTES).build();
    return core.execute("listContactConversations", ApiRequest.get(PATH).build(), options, PlainFront.Page.class)
        .results().size();
  }

  private static int generated(String baseUrl) throws Exception {
    Method decode = Class.forName(GENERATED).getMethod("fetchPage", String.class, int.class);
    return (int) decode.invoke(null, baseUrl, MAX_RESPONSE_BYTES);
  }
}
