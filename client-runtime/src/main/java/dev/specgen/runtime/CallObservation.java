package dev.specgen.runtime;

import dev.specgen.runtime.Authorizer.AuthorizedRequest;
import dev.specgen.runtime.http.HeaderMap;
import dev.specgen.runtime.http.HttpMethod;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one call tells its observers and its log: each attempt's start and outcome, then the call's
 * end. Attempts of a call never overlap, so the fields need no more than visibility.
 */
final class CallObservation {

  private static final System.Logger LOG = System.getLogger("dev.specgen.runtime");

  private final String operationId;
  private final HttpMethod method;
  private final List<CallObserver> observers;
  private final ExchangeLog log;
  private final long callStart = System.nanoTime();
  private volatile long attemptStart;
  private volatile String url;
  private volatile Redactor redactor = new Redactor(List.of());
  private volatile int attempts;
  private volatile OptionalInt lastStatus = OptionalInt.empty();

  /**
   * Starts observing a call.
   *
   * @param operationId the operation
   * @param prepared the request, whose URL holds no credential yet
   * @param observers the client's and the call's observers
   * @param log where requests and responses are logged
   */
  CallObservation(String operationId, PreparedRequest prepared, List<CallObserver> observers, ExchangeLog log) {
    this.operationId = operationId;
    this.method = prepared.method();
    this.url = prepared.url();
    this.observers = observers;
    this.log = log;
  }

  void attemptStarted(AuthorizedRequest authorized, int attempt) {
    attemptStart = System.nanoTime();
    redactor = authorized.redactor();
    if (observers.isEmpty() && !log.enabled()) {
      return; // nobody reads the URL: a call without observers or log pays nothing for them
    }
    url = redactor.redact(authorized.request().uri().toString());
    log.request(operationId, attempt, method.name(), url, authorized.request().headers(), redactor);
  }

  void attemptResponded(int attempt, int status, HeaderMap headers) {
    Duration duration = since(attemptStart);
    attempts = attempt;
    lastStatus = OptionalInt.of(status);
    log.response(operationId, attempt, status, duration, headers, redactor);
    if (!observers.isEmpty()) {
      tell(new CallObserver.AttemptEvent(
          operationId, method, url, attempt, lastStatus, duration, Optional.empty()));
    }
  }

  void attemptFailed(int attempt, Throwable failure) {
    Duration duration = since(attemptStart);
    attempts = attempt;
    log.failure(operationId, attempt, failure, duration, redactor);
    if (!observers.isEmpty()) {
      tell(new CallObserver.AttemptEvent(
          operationId, method, url, attempt, OptionalInt.empty(), duration, Optional.of(failure)));
    }
  }

  /**
   * Reports the call's outcome.
   *
   * @param status the response's status, or null when the call failed
   * @param failure the call's exception, or null when it succeeded
   */
  void callEnded(Integer status, Throwable failure) {
    if (observers.isEmpty()) {
      return;
    }
    Throwable cause = FailureCauses.unwrap(failure);
    OptionalInt finalStatus = status != null ? OptionalInt.of(status) : lastStatus;
    CallObserver.CallEvent event = new CallObserver.CallEvent(
        operationId, method, url, attempts, finalStatus, since(callStart), Optional.ofNullable(cause));
    for (CallObserver observer : observers) {
      guarded(() -> observer.callFinished(event));
    }
  }

  private void tell(CallObserver.AttemptEvent event) {
    for (CallObserver observer : observers) {
      guarded(() -> observer.attemptFinished(event));
    }
  }

  /** An observer's own failure must not change the call's outcome. */
  private void guarded(Runnable notification) {
    try {
      notification.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, operationId + ": a call observer failed", e);
    }
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

}
