package dev.specgen.runtime;

import com.fasterxml.jackson.databind.JavaType;
import dev.specgen.runtime.Authorizer.AuthorizedRequest;
import dev.specgen.runtime.error.ApiConnectionException;
import dev.specgen.runtime.error.ApiException;
import dev.specgen.runtime.error.ApiExceptions;
import dev.specgen.runtime.error.ApiTimeoutException;
import dev.specgen.runtime.error.Attempt;
import dev.specgen.runtime.error.ErrorResponse;
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
 * Builds the exceptions of a failed call, with messages that name the operation, show the start
 * of the body and list every attempt, and that never contain the attempt's credentials.
 */
final class ExceptionFactory {

  /** Enough of a body to recognize an error page or a message without flooding logs. */
  static final int BODY_EXCERPT_LENGTH = 200;

  /** The bytes an excerpt is cut from: whitespace runs shrink, and a character takes up to 4 bytes. */
  private static final int EXCERPT_SOURCE_BYTES = 4096;

  private final String operationId;
  private final int keptBodyBytes;

  /**
   * Creates the factory of one call.
   *
   * @param operationId the operation, for messages
   * @param keptBodyBytes how much of a body an exception keeps at most
   */
  ExceptionFactory(String operationId, int keptBodyBytes) {
    this.operationId = operationId;
    this.keptBodyBytes = keptBodyBytes;
  }

  ApiException forStatus(
      AuthorizedRequest request, TransportResponse response, Object errorBody, List<Attempt> attempts) {
    String message =
        operationId + ": HTTP " + response.status() + " from " + request.description()
            + excerpt(response) + cutNote(response) + history(attempts);
    ErrorResponse details =
        new ErrorResponse(response.status(), response.headers(), keptText(response), errorBody);
    return ApiExceptions.forStatus(request.redactor().redact(message), operationId, details, attempts);
  }

  ResponseTooLargeException forTooLargeBody(
      AuthorizedRequest request, BodyLimitExceededException cause, List<Attempt> attempts) {
    String message =
        operationId + ": " + cause.getMessage() + " for " + request.description()
            + "; raise maxResponseBytes for this call or stream the response" + history(attempts);
    return new ResponseTooLargeException(
        request.redactor().redact(message), cause, operationId, cause.status(), cause.limit(), attempts);
  }

  ApiTimeoutException forCallTimeout(AuthorizedRequest request, Duration callTimeout, List<Attempt> attempts) {
    String message =
        operationId + ": the call timeout of " + callTimeout.toMillis() + " ms ran out for "
            + request.description() + history(attempts);
    return new ApiTimeoutException(request.redactor().redact(message), null, operationId, attempts);
  }

  ResponseDecodeException forUndecodableBody(
      AuthorizedRequest request,
      TransportResponse response,
      JavaType type,
      Exception cause,
      List<Attempt> attempts) {
    String position = DecodeFailures.position(cause);
    String message =
        operationId + ": could not decode the HTTP " + response.status() + " response of "
            + request.description() + " as " + type.getRawClass().getSimpleName()
            + " (" + DecodeFailures.reason(cause) + (position == null ? "" : " at " + position) + ")"
            + excerpt(response);
    return new ResponseDecodeException(
        request.redactor().redact(message),
        DecodeFailures.detached(cause, position),
        operationId,
        response.status(),
        response.headers(),
        keptText(response),
        position,
        attempts);
  }

  SpecgenException forTransportFailure(
      AuthorizedRequest request, TransportFailure failure, Throwable cause, List<Attempt> attempts) {
    String message =
        request.redactor().redact(
            operationId + ": " + failure.description() + " for " + request.description()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + history(attempts));
    return failure == TransportFailure.CONNECTION
        ? new ApiConnectionException(message, cause, operationId, attempts)
        : new ApiTimeoutException(message, cause, operationId, attempts);
  }

  RequestInterruptedException forInterruption(
      String description, InterruptedException cause, List<Attempt> attempts) {
    return new RequestInterruptedException(
        operationId + ": interrupted during " + description, cause, operationId, attempts);
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
