package dev.specgen.ir;

import dev.specgen.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP operation.
 *
 * @param operationId the spec's operationId (or one derived from method and path)
 * @param javaName a lowerCamel Java method name, unique in the API
 * @param path the path template, e.g. {@code /contacts/{contact_id}/conversations}
 * @param requiredScopes scopes from {@code x-required-scopes}, else from the security requirements
 * @param security alternatives that satisfy the operation; empty means no authentication
 * @param parameters path-item and operation parameters merged, in spec order
 * @param responses responses by status in the spec's order ({@code default} included)
 * @param unsupportedParts what the client leaves out of this operation (an XML body, callbacks),
 *     each already reported as a warning; empty when the client supports it whole
 */
public record Operation(
    String operationId,
    String javaName,
    HttpMethod method,
    String path,
    String summary,
    String description,
    List<String> tags,
    boolean deprecated,
    List<String> requiredScopes,
    List<SecurityRequirement> security,
    List<Parameter> parameters,
    Optional<RequestBody> requestBody,
    List<Response> responses,
    Pagination pagination,
    Location origin,
    List<String> unsupportedParts) {

  public Operation {
    unsupportedParts = List.copyOf(unsupportedParts);
    tags = List.copyOf(tags);
    requiredScopes = List.copyOf(requiredScopes);
    security = List.copyOf(security);
    parameters = List.copyOf(parameters);
    responses = List.copyOf(responses);
  }

  /** An operation the client supports whole. */
  public Operation(String operationId, String javaName, HttpMethod method, String path, String summary,
      String description, List<String> tags, boolean deprecated, List<String> requiredScopes,
      List<SecurityRequirement> security, List<Parameter> parameters, Optional<RequestBody> requestBody,
      List<Response> responses, Pagination pagination, Location origin) {
    this(operationId, javaName, method, path, summary, description, tags, deprecated, requiredScopes, security,
        parameters, requestBody, responses, pagination, origin, List.of());
  }

  /** The 2xx responses. */
  public List<Response> successResponses() {
    return responses.stream().filter(Response::isSuccess).toList();
  }

  /** Responses that are not 2xx, {@code default} included. */
  public List<Response> errorResponses() {
    return responses.stream().filter(r -> !r.isSuccess()).toList();
  }

  /** The body type of the first 2xx response that has one, in the media type the client reads. */
  public Optional<TypeRef> successType() {
    return successMedia().map(MediaType::type);
  }

  /** The body type of the first 2xx response among {@code responses} that has one, as {@link #successType()}. */
  public static Optional<TypeRef> successType(List<Response> responses) {
    return successMedia(responses).map(MediaType::type);
  }

  /**
   * The media type the client reads from the first 2xx response that has a body: its JSON form when
   * it has one, else its first form the client supports.
   */
  public Optional<MediaType> successMedia() {
    return successMedia(responses);
  }

  private static Optional<MediaType> successMedia(List<Response> responses) {
    return responses.stream()
        .filter(Response::isSuccess)
        .filter(r -> !r.content().isEmpty())
        .findFirst()
        .flatMap(r -> r.content().stream().filter(m -> m.kind() == MediaKind.JSON).findFirst()
            .or(() -> r.content().stream().filter(m -> m.kind() != MediaKind.UNSUPPORTED).findFirst()));
  }
}
