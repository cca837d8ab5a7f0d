package dev.specgen.runtime;

import com.fasterxml.jackson.databind.JavaType;
import dev.specgen.runtime.Authorizer.AuthorizedRequest;
import dev.specgen.runtime.error.Attempt;
import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.http.BodyLimitExceededException;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.http.HttpTransport;
import dev.specgen.runtime.http.RequestResentException;
import dev.specgen.runtime.http.StreamedResponse;
import dev.specgen.runtime.http.TransportResponse;
import dev.specgen.runtime.retry.RetryPlanner;
import dev.specgen.runtime.retry.Sleeper;
import dev.specgen.runtime.retry.TransportFailure;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * One execution of an operation: its attempts, the waits between them and the final outcome. The
 * synchronous and asynchronous paths share every decision and differ only in how they wait.
 *
 * @param <T> the response body type
 */
final class Call<T> {

  private static final System.Logger LOG = System.getLogger("dev.specgen.runtime");

  /** An attempt the JDK client made by itself: the connection closed before any response. */
  static final String RESENT = "closed before a response, re-sent by the HTTP client";

  private final String operationId;
  private final PreparedRequest prepared;
  private final JavaType responseType;
  private final ApiRequest request;
  private final Authorizer authorizer;
  private final HttpTransport transport;
  private final RetryPlanner planner;
  private final Sleeper sleeper;
  private final ResponseDecoder decoder;
  private final ExceptionFactory exceptions;
  private final List<Attempt> attempts = new ArrayList<>();
  private final CallDeadline deadline;
  private final CallObservation observation;
  private Duration delayedSoFar = Duration.ZERO;
  private Function<StreamedResponse, T> streamedBody;
  /** The async path's exchange or retry wait in progress, which a cancellation stops. */
  private volatile CompletableFuture<?> pending;

  Call(
      String operationId,
      ApiRequest request,
      PreparedRequest prepared,
      JavaType responseType,
      CallEnvironment environment,
      RetryPlanner planner,
      CallObservation observation) {
    this.operationId = operationId;
    this.request = request;
    this.prepared = prepared;
    this.responseType = responseType;
    this.authorizer = environment.authorizer();
    this.transport = environment.transport();
    this.sleeper = environment.sleeper();
    this.decoder = environment.decoder();
    this.planner = planner;
    this.observation = observation;
    this.exceptions = new ExceptionFactory(operationId, request, prepared);
    this.deadline = CallDeadline.startingNow(prepared.callTimeout());
  }

  /**
   * Makes this call hand a successful body over unread, as {@code wrap} makes of it (a download,
   * an event stream); error bodies are still read whole and mapped as usual.
   */
  Call<T> streaming(Function<StreamedResponse, T> wrap) {
    this.streamedBody = wrap;
    return this;
  }

  /**
   * The call as exceptions raised after it returned (by an event stream, say) describe it: the
   * prepared URL holds no credentials, as they are added per attempt.
   */
  FailedCall described() {
    return new FailedCall(operationId, prepared.method(), prepared.url(), attempts);
  }

  ApiResponse<T> run() {
    while (true) {
      AuthorizedRequest authorized = authorizer.authorize(prepared, deadline.attemptTimeout(prepared.timeout()));
      if (deadline.hasPassed()) {
        throw exceptions.forCallTimeout(authorized, deadline.timeout(), attempts);
      }
      Step<T> step = attemptBlocking(authorized);
      if (step instanceof Done<T> done) {
        return done.response();
      }
      if (step instanceof Failed<T> failed) {
        throw failed.exception();
      }
      waitBlocking(((Retry<T>) step).delay());
    }
  }

  /**
   * Runs the call without blocking. The future fails with the exception {@link #run()} would throw,
   * itself rather than wrapped; cancelling it cancels the exchange in flight (which closes its
   * connection) or the wait before the next attempt, and no further attempt starts.
   */
  CompletableFuture<ApiResponse<T>> runAsync() {
    CompletableFuture<ApiResponse<T>> result = new CompletableFuture<>();
    result.whenComplete((response, error) -> {
      CompletableFuture<?> stage = pending;
      if (result.isCancelled() && stage != null) {
        stage.cancel(true);
      }
    });
    attemptAsync(result);
    return result;
  }

  private void attemptAsync(CompletableFuture<ApiResponse<T>> result) {
    if (result.isDone()) {
      return;
    }
    try {
      AuthorizedRequest authorized = authorizer.authorize(prepared, deadline.attemptTimeout(prepared.timeout()));
      if (deadline.hasPassed()) {
        result.completeExceptionally(exceptions.forCallTimeout(authorized, deadline.timeout(), attempts));
        return;
      }
      observation.attemptStarted(authorized, attempts.size() + 1);
      if (streamedBody != null) {
        awaitStage(result, transport.sendStreamingAsync(authorized.request()), (response, error) ->
            error == null ? afterStreamed(authorized, response) : afterError(authorized, error));
      } else {
        awaitStage(result, transport.sendAsync(authorized.request()), (response, error) ->
            error == null ? afterResponse(authorized, response) : afterError(authorized, error));
      }
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  /** Remembers {@code stage} as what a cancellation must stop, and goes on when it completes. */
  private <R> void awaitStage(CompletableFuture<ApiResponse<T>> result, CompletableFuture<R> stage,
      java.util.function.BiFunction<R, Throwable, Step<T>> next) {
    pending = stage;
    if (result.isCancelled()) {
      stage.cancel(true);
      return;
    }
    stage.whenComplete((value, error) -> {
      if (!result.isDone()) {
        continueAsync(result, next.apply(value, error));
      } else if (value instanceof StreamedResponse abandoned) {
        closeQuietly(abandoned);
      }
    });
  }

  private void continueAsync(CompletableFuture<ApiResponse<T>> result, Step<T> step) {
    if (step instanceof Done<T> done) {
      if (!result.complete(done.response()) && done.response().body() instanceof AutoCloseable body) {
        closeQuietly(body); // cancelled meanwhile: nobody will read the streamed body
      }
    } else if (step instanceof Failed<T> failed) {
      result.completeExceptionally(failed.exception());
    } else {
      waitAsync(result, ((Retry<T>) step).delay());
    }
  }

  /** Waits before the next attempt; a cancelled call cancels the wait and starts none. */
  private void waitAsync(CompletableFuture<ApiResponse<T>> result, Duration delay) {
    CompletableFuture<Void> wait = sleeper.sleepAsync(delay);
    pending = wait;
    if (result.isCancelled()) {
      wait.cancel(true);
      return;
    }
    wait.whenComplete((ignored, error) -> {
      if (error != null) {
        result.completeExceptionally(asRuntime(FailureCauses.unwrap(error)));
      } else {
        attemptAsync(result);
      }
    });
  }

  private static void closeQuietly(AutoCloseable body) {
    try {
      body.close();
    } catch (Exception ignored) {
      // The body was abandoned by a cancelled call; a failure to close it has no one to report to.
    }
  }

  private static RuntimeException asRuntime(Throwable error) {
    return error instanceof RuntimeException runtime ? runtime : new CompletionException(error);
  }

  private Step<T> attemptBlocking(AuthorizedRequest authorized) {
    observation.attemptStarted(authorized, attempts.size() + 1);
    try {
      return streamedBody != null
          ? afterStreamed(authorized, transport.sendStreaming(authorized.request()))
          : afterResponse(authorized, transport.send(authorized.request()));
    } catch (IOException e) {
      return afterError(authorized, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw exceptions.forInterruption(prepared.description(), e, attempts);
    }
  }

  private void waitBlocking(Duration delay) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw exceptions.forInterruption("the wait before retrying " + prepared.description(), e, attempts);
    }
  }

  private CompletableFuture<ApiResponse<T>> continueAsync(Step<T> step) {
    if (step instanceof Done<T> done) {
      return CompletableFuture.completedFuture(done.response());
    }
    if (step instanceof Failed<T> failed) {
      return CompletableFuture.failedFuture(failed.exception());
    }
    return sleeper.sleepAsync(((Retry<T>) step).delay()).thenCompose(ignored -> runAsync());
  }

  private Step<T> afterResponse(AuthorizedRequest authorized, TransportResponse response) {
    recordResends(response.requestsSent());
    attempts.add(Attempt.withStatus(attempts.size() + 1, response.status()));
    observation.attemptResponded(attempts.size(), response.status(), response.headers());
    if (response.isSuccessful()) {
      return decoded(authorized, response);
    }
    Optional<Duration> delay =
        planner.afterStatus(method(), attempts.size(), delayedSoFar, response.status(), response.headers())
            .filter(deadline::leavesTimeAfter);
    if (delay.isPresent()) {
      return retryAfter(delay.get(), Integer.toString(response.status()));
    }
    Object errorBody = decoder.decodeErrorBody(response, request.errorBodyType(response.status()));
    return new Failed<>(exceptions.forStatus(authorized, response, errorBody, attempts));
  }

  /** A success hands the body over unread; anything else is read whole and goes the usual way. */
  private Step<T> afterStreamed(AuthorizedRequest authorized, StreamedResponse response) {
    if (response.isSuccessful()) {
      recordResends(response.requestsSent());
      attempts.add(Attempt.withStatus(attempts.size() + 1, response.status()));
      observation.attemptResponded(attempts.size(), response.status(), response.headers());
      return new Done<>(new ApiResponse<>(response.status(), response.headers(), streamedBody.apply(response)));
    }
    try {
      return afterResponse(authorized, response.readUpTo(prepared.limits().maxErrorBodyBytes()));
    } catch (IOException e) {
      return afterError(authorized, e);
    }
  }

  private Step<T> afterError(AuthorizedRequest authorized, Throwable error) {
    Throwable cause = FailureCauses.unwrap(error);
    if (cause instanceof RequestResentException resent) {
      recordResends(resent.requestsSent());
      cause = resent.getCause();
    }
    observation.attemptFailed(attempts.size() + 1, cause);
    if (cause instanceof BodyLimitExceededException tooLarge) {
      attempts.add(Attempt.withStatus(attempts.size() + 1, tooLarge.status()));
      return new Failed<>(exceptions.forTooLargeBody(authorized, tooLarge, attempts));
    }
    if (!(cause instanceof IOException)) {
      return new Failed<>(asRuntime(cause));
    }
    TransportFailure failure = classify((IOException) cause);
    attempts.add(Attempt.withFailure(attempts.size() + 1, failure.description()));
    Optional<Duration> delay =
        planner.afterFailure(method(), attempts.size(), delayedSoFar, failure).filter(deadline::leavesTimeAfter);
    if (delay.isPresent()) {
      return retryAfter(delay.get(), failure.description());
    }
    if (failure != TransportFailure.CONNECTION && deadline.hasPassed()) {
      return new Failed<>(exceptions.forCallTimeout(authorized, deadline.timeout(), attempts));
    }
    return new Failed<>(exceptions.forTransportFailure(authorized, failure, cause, attempts));
  }

  /**
   * Lists the sends the HTTP client made by itself before the one that produced the outcome, so
   * that the attempts reported are the requests the server received.
   */
  private void recordResends(int requestsSent) {
    for (int i = 1; i < requestsSent; i++) {
      attempts.add(Attempt.withFailure(attempts.size() + 1, RESENT));
    }
  }

  @SuppressWarnings("unchecked")
  private Step<T> decoded(AuthorizedRequest authorized, TransportResponse response) {
    try {
      T body = (T) decoder.decodeBody(response, responseType);
      return new Done<>(new ApiResponse<>(response.status(), response.headers(), body));
    } catch (IOException | RuntimeException e) {
      return new Failed<>(exceptions.forUndecodableBody(authorized, response, responseType, e, attempts));
    }
  }

  private Step<T> retryAfter(Duration delay, String outcome) {
    delayedSoFar = delayedSoFar.plus(delay);
    LOG.log(
        System.Logger.Level.DEBUG,
        () -> operationId + ": attempt " + attempts.size() + " got " + outcome + "; retrying in "
            + delay.toMillis() + " ms");
    return new Retry<>(delay);
  }

  private HttpMethod method() {
    return prepared.method();
  }

  private static TransportFailure classify(IOException error) {
    if (error instanceof HttpConnectTimeoutException) {
      return TransportFailure.CONNECT_TIMEOUT;
    }
    if (error instanceof HttpTimeoutException || error instanceof SocketTimeoutException) {
      return TransportFailure.RESPONSE_TIMEOUT;
    }
    return TransportFailure.CONNECTION;
  }


  /** What an attempt leads to. */
  private sealed interface Step<T> permits Done, Retry, Failed {}

  /** The call succeeded. */
  private record Done<T>(ApiResponse<T> response) implements Step<T> {}

  /** Another attempt follows after a delay. */
  private record Retry<T>(Duration delay) implements Step<T> {}

  /** The call failed for good. */
  private record Failed<T>(RuntimeException exception) implements Step<T> {}
}
