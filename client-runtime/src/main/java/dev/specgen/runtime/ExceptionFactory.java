package dev.specgen.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import dev.specgen.runtime.error.SpecgenException;
import dev.specgen.runtime.http.TransportResponse;
import dev.specgen.runtime.retry.TransportFailure;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the exceptions of a failed call, with messages that name the operation, show the start
 * of the body and list every attempt, and that never contain the attempt's credentials.
 */
final class ExceptionFactory {

  /** Enough of a body to recognize an error page or a message without flooding logs. */
  static final int BODY_EXCERPT_LENGTH = 200;

  private final String operationId;

  ExceptionFactory(String operationId) {
    this.operationId = operationId;
  }

  ApiException forStatus(
      AuthorizedRequest request, TransportResponse response, Object errorBody, List<Attempt> attempts) {
    String message =
        operationId + ": HTTP " + response.status() + " from " + request.description()
            + excerpt(response.bodyText()) + history(attempts);
    ErrorResponse details =
        new ErrorResponse(response.status(), response.headers(), response.bodyText(), errorBody);
    return ApiExceptions.forStatus(request.redactor().redact(message), operationId, details, attempts);
  }

  ResponseDecodeException forUndecodableBody(
      AuthorizedRequest request,
      TransportResponse response,
      JavaType type,
      Exception cause,
      List<Attempt> attempts) {
    String message =
        operationId + ": could not decode the HTTP " + response.status() + " response of "
            + request.description() + " as " + type.getRawClass().getSimpleName()
            + " (" + reason(cause) + ")" + excerpt(response.bodyText());
    return new ResponseDecodeException(
        request.redactor().redact(message),
        cause,
        operationId,
        response.status(),
        response.headers(),
        response.bodyText(),
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

  private static String excerpt(String body) {
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

  /** Jackson's own message without its location suffix, which may quote the body again. */
  private static String reason(Exception cause) {
    String reason =
        cause instanceof JsonProcessingException
            ? ((JsonProcessingException) cause).getOriginalMessage()
            : cause.getMessage();
    if (reason == null) {
      return cause.getClass().getSimpleName();
    }
    int lineBreak = reason.indexOf('\n');
    return lineBreak < 0 ? reason : reason.substring(0, lineBreak);
  }
}
