package dev.specgen.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Takes the body out of a future response the way the async calls promise: a failure stays the
 * call's own exception (where {@link CompletableFuture#thenApply} would wrap it in a {@link
 * CompletionException}), and cancelling the body's future cancels the call.
 */
final class AsyncBodies {

  private AsyncBodies() {}

  static <T> CompletableFuture<T> bodyOf(CompletableFuture<ApiResponse<T>> response) {
    CompletableFuture<T> body = new CompletableFuture<>();
    response.whenComplete((value, error) -> {
      if (error != null) {
        body.completeExceptionally(FailureCauses.unwrap(error));
      } else {
        body.complete(value.body());
      }
    });
    body.whenComplete((value, error) -> {
      if (body.isCancelled()) {
        response.cancel(true);
      }
    });
    return body;
  }

}
