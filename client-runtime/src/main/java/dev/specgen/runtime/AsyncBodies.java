package dev.specgen.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Takes the body out of a future response the way the async calls promise: a failure stays the
 * call's own exception (where {@link CompletableFuture#thenApply} would wrap it in a {@link
 * CompletionException}), and cancelling the body's future cancels the call.
 */
final class AsyncBodies {

  private AsyncBodies() {}

  static <T> CompletableFuture<T> bodyOf(CompletableFuture<ApiResponse<T>> response) {
    return relay(response, ApiResponse::body, (value, error) -> {});
  }

  /**
   * A future of {@code mapping} applied to what {@code source} completes with: a failure stays the
   * source's own exception, {@code beforeCompletion} runs before the returned future completes (so
   * a caller who joined it sees its effects), and cancelling the returned future cancels {@code
   * source}.
   */
  static <A, B> CompletableFuture<B> relay(
      CompletableFuture<A> source, Function<A, B> mapping, BiConsumer<A, Throwable> beforeCompletion) {
    CompletableFuture<B> result = new CompletableFuture<>();
    source.whenComplete((value, error) -> {
      beforeCompletion.accept(value, error);
      if (error != null) {
        result.completeExceptionally(FailureCauses.unwrap(error));
      } else {
        result.complete(mapping.apply(value));
      }
    });
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        source.cancel(true);
      }
    });
    return result;
  }
}
