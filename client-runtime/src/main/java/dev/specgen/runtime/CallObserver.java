package dev.specgen.runtime;

import dev.specgen.runtime.http.HttpMethod;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Sees every call a client makes: each attempt as it ends, and the call as a whole. Set one on a
 * client builder ({@code observer(...)}) for every call, or in {@link RequestOptions} for one call;
 * both are told when both are set. Use it for metrics, tracing or audit logs.
 *
 * <p>Observers run on the thread that finished the attempt (the caller's, or an HTTP client thread
 * for asynchronous calls), so they should be quick and must be thread-safe. An exception thrown by
 * an observer is logged and otherwise ignored: it never changes the call's outcome. URLs are
 * redacted: credential values in them read {@code ****}.
 */
public interface CallObserver {

  /**
   * Called when an attempt has ended, with a response (whatever its status) or with a failure.
   *
   * @param attempt what happened
   */
  default void attemptFinished(AttemptEvent attempt) {}

  /**
   * Called once when the call has ended, successfully or not, after its last attempt.
   *
   * @param call what happened
   */
  default void callFinished(CallEvent call) {}

  /**
   * An observer that sees attempts only.
   *
   * @param action what to do with each attempt
   * @return the observer
   */
  static CallObserver onAttempt(Consumer<AttemptEvent> action) {
    Objects.requireNonNull(action, "action");
    return new CallObserver() {
      @Override
      public void attemptFinished(AttemptEvent attempt) {
        action.accept(attempt);
      }
    };
  }

  /**
   * An observer that sees whole calls only.
   *
   * @param action what to do with each call
   * @return the observer
   */
  static CallObserver onCall(Consumer<CallEvent> action) {
    Objects.requireNonNull(action, "action");
    return new CallObserver() {
      @Override
      public void callFinished(CallEvent call) {
        action.accept(call);
      }
    };
  }

  /**
   * An observer that tells several others, in order.
   *
   * @param observers the observers
   * @return the combined observer
   */
  static CallObserver all(CallObserver... observers) {
    List<CallObserver> list = List.of(observers);
    return new CallObserver() {
      @Override
      public void attemptFinished(AttemptEvent attempt) {
        list.forEach(observer -> observer.attemptFinished(attempt));
      }

      @Override
      public void callFinished(CallEvent call) {
        list.forEach(observer -> observer.callFinished(call));
      }
    };
  }

  /**
   * One attempt of a call.
   *
   * @param operationId the OpenAPI operation id
   * @param method the HTTP method
   * @param url the URL sent to, credentials redacted
   * @param attempt the attempt's number, from 1
   * @param status the response status, or empty when no response arrived
   * @param duration from sending the request to the end of the response (or the failure)
   * @param failure why no usable response arrived (a connection failure, a timeout), or empty
   */
  record AttemptEvent(
      String operationId,
      HttpMethod method,
      String url,
      int attempt,
      OptionalInt status,
      Duration duration,
      Optional<Throwable> failure) {}

  /**
   * A whole call: every attempt and every wait between them.
   *
   * @param operationId the OpenAPI operation id
   * @param method the HTTP method
   * @param url the URL of the last attempt, credentials redacted
   * @param attempts how many attempts were made
   * @param status the last response's status, or empty when none arrived
   * @param duration from the start of the call to its outcome
   * @param exception the exception the call failed with, or empty when it succeeded
   */
  record CallEvent(
      String operationId,
      HttpMethod method,
      String url,
      int attempts,
      OptionalInt status,
      Duration duration,
      Optional<Throwable> exception) {

    /**
     * Tells whether the call succeeded.
     *
     * @return true when the call returned a response
     */
    public boolean succeeded() {
      return exception.isEmpty();
    }
  }
}
