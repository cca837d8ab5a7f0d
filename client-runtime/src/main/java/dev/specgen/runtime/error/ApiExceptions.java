package dev.specgen.runtime.error;

/**
 * Chooses the runtime's {@link ApiException} subtype for a status code: what a request that names
 * no exception types of its own (no {@link ApiExceptionFactory}) raises.
 */
public final class ApiExceptions {

  private ApiExceptions() {}

  /**
   * Creates the exception matching a response's status.
   *
   * @param message the message, already free of credentials
   * @param call the operation, method, URL and attempts of the failed call
   * @param response the error response
   * @return a subtype for 400, 401, 403, 404, 409, 422, 429 and 5xx; a plain {@link ApiException}
   *     otherwise
   */
  public static ApiException forStatus(
      String message, FailedCall call, FailedResponse response) {
    int status = response.status();
    if (status >= 500 && status < 600) {
      return new ServerErrorException(message, call, response);
    }
    switch (status) {
      case 400:
        return new BadRequestException(message, call, response);
      case 401:
        return new UnauthorizedException(message, call, response);
      case 403:
        return new ForbiddenException(message, call, response);
      case 404:
        return new NotFoundException(message, call, response);
      case 409:
        return new ConflictException(message, call, response);
      case 422:
        return new UnprocessableEntityException(message, call, response);
      case 429:
        return new TooManyRequestsException(message, call, response);
      default:
        return new ApiException(message, call, response);
    }
  }
}
