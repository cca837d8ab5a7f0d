package dev.specgen.runtime;

import com.fasterxml.jackson.databind.JavaType;
import dev.specgen.runtime.Authorizer.AuthorizedRequest;
import dev.specgen.runtime.error.ApiConnectionException;
import dev.specgen.runtime.error.ApiException;
import dev.specgen.runtime.error.ApiExceptions;
import dev.specgen.runtime.error.ApiTimeoutException;
import dev.specgen.runtime.error.ApiExceptionFactory;
import dev.specgen.runtime.error.Attempt;
import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.FailedResponse;
import dev.specgen.runtime.error.RequestInterruptedException;
import dev.specgen.runtime.error.ResponseDecodeException;
import dev.specgen.runtime.error.ResponseTooLargeException;
import dev.specgen.runtime.error.SpecgenException;
import dev.specgen.runtime.http.BodyLimitExceededException;
import dev.specgen.runtime.http.TransportResponse;
import dev.specgen.runtime.retry.TransportFailure;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the exceptions of a failed call, with messages that name the operation, the method and
 * the URL, show the start of the body and list every attempt, and that never contain the
 * attempt's credentials. A non-2xx status raises the exception the request declares for it (a
 * generated client's own type), else the runtime's.
 */
final class ExceptionFactory {

  /** Enough of a body to recognize an error page or a message without flooding logs. */
  static final int BODY_EXCERPT_LENGTH = 200;

  /** The bytes an excerpt is cut from: whitespace runs shrink, and a character takes up to 4 bytes. */
  private static final int EXCERPT_SOURCE_BYTES = 4096;

  private final String operationId;
  private final ApiRequest apiRequest;
  private final PreparedRequest prepared;
  private final int keptBodyBytes;

  /**
   * Creates the factory of one call.
   *
   * @param operationId the operation, for messages
   * @param apiRequest the request, for the exception types it declares
   * @param prepared the request as prepared, for its method, URL and limits
   */
  ExceptionFactory(String operationId, ApiRequest apiRequest, PreparedRequest prepared) {
    this.operationId = operationId;
    this.apiRequest = apiRequest;
    this.prepared = prepared;
    this.keptBodyBytes = prepared.limits().maxErrorBodyBytes();
  }

  ApiException forStatus(
      AuthorizedRequest request, TransportResponse response, Object errorBody, List<Attempt> attempts) {
    FailedCall call = call(request, attempts);
    String message =
        operationId + ": HTTP " + response.status() + " from " + call.requestLine()
            + ApiException.requestIdIn(response.headers()).map(id -> " (request id " + id + ")").orElse("")
            + excerpt(response) + cutNote(response) + history(attempts);
    FailedResponse details =
        new FailedResponse(response.status(), response.headers(), keptText(response), errorBody);
    String safeMessage = request.redactor().redact(message);
    ApiExceptionFactory factory = apiRequest.errorFactory(response.status()).orElse(ApiExceptions::forStatus);
    ApiException exception = factory.create(safeMessage, call, details);
    return exception != null ? exception : ApiExceptions.forStatus(safeMessage, call, details);
  }

  ResponseTooLargeException forTooLargeBody(
      AuthorizedRequest request, BodyLimitExceededException cause, List<Attempt> attempts) {
    FailedCall call = call(request, attempts);
    String message =
        operationId + ": " + cause.getMessage() + " for " + call.requestLine()
            + "; raise maxResponseBytes for this call or stream the response" + history(attempts);
    return new ResponseTooLargeException(
        request.redactor().redact(message), cause, call, cause.status(), cause.limit());
  }

  ApiTimeoutException forCallTimeout(AuthorizedRequest request, Duration callTimeout, List<Attempt> attempts) {
    FailedCall call = call(request, attempts);
    String message =
        operationId + ": the call timeout of " + callTimeout.toMillis() + " ms ran out for "
            + call.requestLine() + history(attempts);
    return new ApiTimeoutException(request.redactor().redact(message), null, call);
  }

  ResponseDecodeException forUndecodableBody(
      AuthorizedRequest request,
      TransportResponse response,
      JavaType type,
      Exception cause,
      List<Attempt> attempts) {
    String position = DecodeFailures.position(cause);
    FailedCall call = call(request, attempts);
    String message =
        operationId + ": could not decode the HTTP " + response.status() + " response of "
            + call.requestLine() + " as " + type.getRawClass().getSimpleName()
            + " (" + DecodeFailures.reason(cause) + (position == null ? "" : " at " + position) + ")"
            + excerpt(response);
    return new ResponseDecodeException(
        request.redactor().redact(message),
        DecodeFailures.detached(cause, position),
        call,
        response.status(),
        response.headers(),
        keptText(response),
        position);
  }

  SpecgenException forTransportFailure(
      AuthorizedRequest request, TransportFailure failure, Throwable cause, List<Attempt> attempts) {
    FailedCall call = call(request, attempts);
    String message =
        request.redactor().redact(
            operationId + ": " + failure.description() + " for " + call.requestLine()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + history(attempts));
    return failure == TransportFailure.CONNECTION
        ? new ApiConnectionException(message, cause, call)
        : new ApiTimeoutException(message, cause, call);
  }

  /**
   * The thread was interrupted. The URL is the one prepared, before credentials are added, so it
   * holds none.
   */
  RequestInterruptedException forInterruption(
      String description, InterruptedException cause, List<Attempt> attempts) {
    FailedCall call = new FailedCall(operationId, prepared.method(), prepared.url(), attempts);
    return new RequestInterruptedException(
        operationId + ": interrupted during " + description + " (" + call.requestLine() + ")", cause, call);
  }

  private FailedCall call(AuthorizedRequest request, List<Attempt> attempts) {
    return new FailedCall(operationId, prepared.method(), request.shownUrl(), attempts);
  }

  /** The text an exception keeps: never more than the error-body limit, whatever the transport read. */
  private String keptText(TransportResponse response) {
    return response.bodyLength() <= keptBodyBytes ? response.bodyText() : response.bodyTextPrefix(keptBodyBytes);
  }

  private String cutNote(TransportResponse response) {
    return response.isBodyTruncated() || response.bodyLength() > keptBodyBytes
        ? " (body cut after " + Math.min(response.bodyLength(), keptBodyBytes) + " bytes)"
        : "";
  }

  /** Only the start of the body is decoded and normalized, however large the body is. */
  private static String excerpt(TransportResponse response) {
    String body = response.bodyTextPrefix(EXCERPT_SOURCE_BYTES);
    if (body.isBlank()) {
      return "";
    }
    String oneLine = body.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= BODY_EXCERPT_LENGTH
        ? ": " + oneLine
        : ": " + oneLine.substring(0, BODY_EXCERPT_LENGTH) + "...";
  }

  /** A single attempt needs no history; several are listed so a retried failure explains itself. */
  private static String history(List<Attempt> attempts) {
    if (attempts.size() < 2) {
      return "";
    }
    return " (gave up after " + attempts.size() + " attempts: "
        + attempts.stream().map(Attempt::toString).collect(Collectors.joining(", ")) + ")";
  }
}
