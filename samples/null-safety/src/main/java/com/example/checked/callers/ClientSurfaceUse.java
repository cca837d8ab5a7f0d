package com.example.checked.callers;

import com.example.checked.front.ConversationPage;
import com.example.checked.front.ErrorResponse;
import com.example.checked.front.ErrorResponseError;
import com.example.checked.front.FrontClient;
import com.example.checked.front.FrontNotFoundException;
import dev.specgen.runtime.ApiResponse;
import dev.specgen.runtime.CallObserver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The client's surface as a user calls it: a client from the environment, the path-parameter
 * shortcuts, the raw-response and async views, a typed error body and an observer. Compiled with
 * {@code -Xlint:all -Werror} and checked by NullAway like {@link ConversationDigest}.
 */
public final class ClientSurfaceUse {

  private ClientSurfaceUse() {}

  /**
   * A client for {@code baseUrl} with {@code token}, read as {@code fromEnv} reads the environment.
   *
   * @param baseUrl the URL requests go to
   * @param token the bearer token
   * @return the client, to be closed by the caller
   */
  public static FrontClient client(String baseUrl, String token) {
    Map<String, String> environment = Map.of("FRONT_BASE_URL", baseUrl, "FRONT_API_TOKEN", token);
    return FrontClient.fromEnv(environment::get);
  }

  /**
   * The status of the first page of a contact's conversations, at most {@code limit} of them.
   *
   * @param front the client
   * @param contactId the contact
   * @param limit the page size
   * @return the HTTP status
   */
  public static int firstPageStatus(FrontClient front, String contactId, int limit) {
    ApiResponse<ConversationPage> response =
        front.withRawResponse().listContactConversations(contactId, params -> params.limit(limit));
    return response.status();
  }

  /**
   * The number of conversations on a contact's first page, or the API's message when the contact
   * does not exist, without blocking.
   *
   * @param front the client
   * @param contactId the contact
   * @return a future of the count or the message
   */
  public static CompletableFuture<String> countOrMessage(FrontClient front, String contactId) {
    return front.async().listContactConversations(contactId)
        .thenApply(page -> Integer.toString(page.results().size()))
        .exceptionally(error -> {
          Throwable cause = error.getCause() != null ? error.getCause() : error;
          if (cause instanceof FrontNotFoundException notFound) {
            return message(notFound) + notFound.requestId().map(id -> " (request " + id + ")").orElse("");
          }
          throw new IllegalStateException("listing failed", cause);
        });
  }

  /**
   * The statuses of every attempt a call made, seen by an observer of a derived client.
   *
   * @param front the client
   * @param contactId the contact
   * @return the statuses, in order
   */
  public static List<Integer> attemptStatuses(FrontClient front, String contactId) {
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    CallObserver observer = CallObserver.onAttempt(attempt -> attempt.status().ifPresent(statuses::add));
    FrontClient observed = front.withOptions(builder -> builder.observer(observer));
    observed.listContactConversations(contactId);
    return statuses;
  }

  private static String message(FrontNotFoundException notFound) {
    ErrorResponse body = notFound.body();
    ErrorResponseError error = body == null ? null : body.error();
    String message = error == null ? null : error.message();
    return message == null ? "not found" : message;
  }
}
