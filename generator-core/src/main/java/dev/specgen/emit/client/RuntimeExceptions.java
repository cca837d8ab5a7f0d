package dev.specgen.emit.client;

/** The runtime exception a response status raises, as generated Javadoc and docs name it. */
public final class RuntimeExceptions {

  /** The package of the runtime's exceptions. */
  public static final String PACKAGE = "dev.specgen.runtime.error";

  private RuntimeExceptions() {}

  /** The simple name of the exception for {@code status} ({@code 404}, {@code 5XX}, {@code default}). */
  public static String forStatus(String status) {
    return switch (status) {
      case "400" -> "BadRequestException";
      case "401" -> "UnauthorizedException";
      case "403" -> "ForbiddenException";
      case "404" -> "NotFoundException";
      case "409" -> "ConflictException";
      case "422" -> "UnprocessableEntityException";
      case "429" -> "TooManyRequestsException";
      default -> status.startsWith("5") ? "ServerErrorException" : "ApiException";
    };
  }
}
