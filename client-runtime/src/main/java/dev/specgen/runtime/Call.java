package dev.specgen.runtime;

import com.fasterxml.jackson.databind.JavaType;
import dev.specgen.runtime.Authorizer.AuthorizedRequest;
import dev.specgen.runtime.error.Attempt;
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
import java.util.concurrent.ExecutionException;
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
    this.exceptions = new ExceptionFactory(operationId, prepared.limits().maxErrorBodyBytes());
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

  CompletableFuture<ApiResponse<T>> runAsync() {
    AuthorizedRequest authorized;
    CompletableFuture<TransportResponse> sent;
    try {
      authorized = authorizer.authorize(prepared, deadline.attemptTimeout(prepared.timeout()));
      if (deadline.hasPassed()) {
        return CompletableFuture.failedFuture(exceptions.forCallTimeout(authorized, deadline.timeout(), attempts));
      }
      observation.attemptStarted(authorized, attempts.size() + 1);
      if (streamedBody != null) {
        return transport.sendStreamingAsync(authorized.request())
            .handle((response, error) -> error == null ? afterStreamed(authorized, response) : afterError(authorized, error))
            .thenCompose(this::continueAsync);
      }
      sent = transport.sendAsync(authorized.request());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sent.handle((response, error) -> error == null ? afterResponse(authorized, response) : afterError(authorized, error))
        .thenCompose(this::continueAsync);
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
    Throwable cause = unwrap(error);
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
      return new Failed<>(cause instanceof RuntimeException ? (RuntimeException) cause : new CompletionException(cause));
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

  private static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
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
