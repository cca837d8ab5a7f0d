package dev.specgen.bench.client;

import dev.specgen.bench.generated.front.FrontClient;
import dev.specgen.bench.generated.front.ListContactConversationsRequest;
import dev.specgen.runtime.RequestOptions;
import dev.specgen.runtime.retry.RetryPolicy;

/** The generated side of {@code dev.specgen.bench.heap.HeapProbe}: one page through FrontClient. */
public final class GeneratedHeapProbe {

  private GeneratedHeapProbe() {}

  /**
   * Fetches and decodes one page.
   *
   * @param baseUrl the local server
   * @param maxResponseBytes the response limit for this call
   * @return the number of conversations decoded
   */
  public static int fetchPage(String baseUrl, int maxResponseBytes) {
    FrontClient client = FrontClient.builder().baseUrl(baseUrl).bearerToken("bench-token").retryPolicy(RetryPolicy.none()).build();
    ListContactConversationsRequest request = ListContactConversationsRequest.builder().contactId("crd_123").build();
    RequestOptions options = RequestOptions.builder().maxResponseBytes(maxResponseBytes).build();
    return client.listContactConversations(request, options).results().size();
  }
}
