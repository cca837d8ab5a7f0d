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
    Location origin) {

  public Operation {
    tags = List.copyOf(tags);
    requiredScopes = List.copyOf(requiredScopes);
    security = List.copyOf(security);
    parameters = List.copyOf(parameters);
    responses = List.copyOf(responses);
  }

  /** The 2xx responses. */
  public List<Response> successResponses() {
    return responses.stream().filter(Response::isSuccess).toList();
  }

  /** Responses that are not 2xx, {@code default} included. */
  public List<Response> errorResponses() {
    return responses.stream().filter(r -> !r.isSuccess()).toList();
  }

  /** The body type of the first 2xx response that has one. */
  public Optional<TypeRef> successType() {
    return successType(responses);
  }

  /** The body type of the first 2xx response among {@code responses} that has one. */
  public static Optional<TypeRef> successType(List<Response> responses) {
    return responses.stream()
        .filter(Response::isSuccess)
        .flatMap(r -> r.content().stream())
        .map(MediaType::type)
        .findFirst();
  }
}
