package dev.specgen.runtime.error;

import java.util.List;

/** Chooses the {@link ApiException} subtype for a status code. */
public final class ApiExceptions {

  private ApiExceptions() {}

  /**
   * Creates the exception matching a response's status.
   *
   * @param message the message, already free of credentials
   * @param operationId the OpenAPI operation id
   * @param response the error response
   * @param attempts every attempt made
   * @return a subtype for 400, 401, 403, 404, 409, 422, 429 and 5xx; a plain {@link ApiException}
   *     otherwise
   */
  public static ApiException forStatus(
      String message, String operationId, ErrorResponse response, List<Attempt> attempts) {
    int status = response.status();
    if (status >= 500 && status < 600) {
      return new ServerErrorException(message, operationId, response, attempts);
    }
    switch (status) {
      case 400:
        return new BadRequestException(message, operationId, response, attempts);
      case 401:
        return new UnauthorizedException(message, operationId, response, attempts);
      case 403:
        return new ForbiddenException(message, operationId, response, attempts);
      case 404:
        return new NotFoundException(message, operationId, response, attempts);
      case 409:
        return new ConflictException(message, operationId, response, attempts);
      case 422:
        return new UnprocessableEntityException(message, operationId, response, attempts);
      case 429:
        return new TooManyRequestsException(message, operationId, response, attempts);
      default:
        return new ApiException(message, operationId, response, attempts);
    }
  }
}
