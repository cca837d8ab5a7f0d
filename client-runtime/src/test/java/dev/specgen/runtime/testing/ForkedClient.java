package dev.specgen.runtime.testing;

import dev.specgen.runtime.ApiClientCore;
import dev.specgen.runtime.ApiRequest;
import dev.specgen.runtime.ClientConfig;
import dev.specgen.runtime.RequestOptions;
import dev.specgen.runtime.json.SpecgenJson;
import dev.specgen.runtime.retry.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A client run in a JVM of its own, with a heap given on its command line, by tests that check
 * what a call needs in memory. It prints one line per call: {@code OK <items>} or {@code FAILED
 * <exception class>: <message>}; an {@link OutOfMemoryError} prints {@code OOM} and exits with 3.
 *
 * <p>Usage: {@code ForkedClient URL PATH... } calls each path with the default limits; {@code
 * ForkedClient --max-bytes N URL PATH...} raises the response limit to N bytes; {@code ForkedClient
 * --raw URL PATH...} fetches with plain {@code java.net.http} ({@code ofByteArray}) and Jackson
 * instead, the baseline the runtime's memory use is compared with.
 */
public final class ForkedClient {

  /** The items of a generated page. */
  public record Item(String id, String name, int count) {}

  /** A generated page. */
  public record Page(List<Item> items) {}

  private ForkedClient() {}

  public static void main(String[] args) {
    if (args[0].equals("--raw")) {
      for (int i = 2; i < args.length; i++) {
        String url = args[1] + args[i];
        System.out.println(guarded(() -> raw(url)));
      }
      System.exit(0);
    }
    int first = 0;
    RequestOptions options = RequestOptions.defaults();
    if (args[0].equals("--max-bytes")) {
      options = RequestOptions.builder().maxResponseBytes(Integer.parseInt(args[1])).build();
      first = 2;
    }
    ApiClientCore core =
        new ApiClientCore(ClientConfig.builder().baseUrl(args[first]).retryPolicy(RetryPolicy.none()).build());
    for (int i = first + 1; i < args.length; i++) {
      String path = args[i];
      RequestOptions call = options;
      System.out.println(guarded(() -> core.execute("getPage", ApiRequest.get(path).build(), call, Page.class)));
    }
    System.exit(0);
  }

  private static Page raw(String url) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<byte[]> response =
        http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    return SpecgenJson.newObjectMapper().readValue(response.body(), Page.class);
  }

  private static String guarded(Callable<Page> fetch) {
    try {
      return "OK " + fetch.call().items().size();
    } catch (OutOfMemoryError e) {
      System.out.println("OOM");
      System.exit(3);
      return "OOM";
    } catch (Exception e) {
      return "FAILED " + e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
