package dev.specgen.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.retry.RetryPlanner;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Executes the requests of a generated client: adds base URL, credentials and headers, sends,
 * retries by policy, decodes the body, and turns failures into {@link
 * dev.specgen.runtime.error.SpecgenException}s. Thread-safe; one instance serves a whole client.
 *
 * <p>Every method takes the OpenAPI operation id (for messages), the request, the per-call options
 * (null means none) and the response type. {@code Void} ignores the body; {@code String} and
 * {@code byte[]} take it as it is.
 */
public final class ApiClientCore {

  private final ClientConfig config;
  private final RequestPreparer preparer;
  private final CallEnvironment environment;

  /**
   * Creates the core for a configuration.
   *
   * @param config the client configuration
   */
  public ApiClientCore(ClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.preparer = new RequestPreparer(config);
    this.environment =
        new CallEnvironment(
            new Authorizer(config.auth()),
            config.transport(),
            config.sleeper(),
            new ResponseDecoder(config.objectMapper()));
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration this core was created with
   */
  public ClientConfig config() {
    return config;
  }

  /**
   * Returns the JSON mapper.
   *
   * @return the mapper used for bodies and parameters
   */
  public ObjectMapper objectMapper() {
    return config.objectMapper();
  }

  /**
   * Executes a call and returns its decoded body.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @param responseType the body type
   * @param <T> the body type
   * @return the body, or null if the response had none
   * @throws dev.specgen.runtime.error.SpecgenException if the call failed
   */
  public <T> T execute(String operationId, ApiRequest request, RequestOptions options, Class<T> responseType) {
    return executeWithResponse(operationId, request, options, responseType).body();
  }

  /**
   * Executes a call whose body type is generic, such as {@code List<Contact>}.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @param responseType the body type
   * @param <T> the body type
   * @return the body, or null if the response had none
   * @throws dev.specgen.runtime.error.SpecgenException if the call failed
   */
  public <T> T execute(
      String operationId, ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
    return executeWithResponse(operationId, request, options, responseType).body();
  }

  /**
   * Executes a call and returns the status and headers along with the decoded body.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @param responseType the body type
   * @param <T> the body type
   * @return the response
   * @throws dev.specgen.runtime.error.SpecgenException if the call failed
   */
  public <T> ApiResponse<T> executeWithResponse(
      String operationId, ApiRequest request, RequestOptions options, Class<T> responseType) {
    return this.<T>newCall(operationId, request, options, javaType(responseType)).run();
  }

  /**
   * Executes a call with a generic body type and returns status, headers and body.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @param responseType the body type
   * @param <T> the body type
   * @return the response
   * @throws dev.specgen.runtime.error.SpecgenException if the call failed
   */
  public <T> ApiResponse<T> executeWithResponse(
      String operationId, ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
    return this.<T>newCall(operationId, request, options, javaType(responseType)).run();
  }

  /**
   * Executes a call without blocking and returns its decoded body.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @param responseType the body type
   * @param <T> the body type
   * @return a future of the body, completed exceptionally with a {@link
   *     dev.specgen.runtime.error.SpecgenException} if the call failed
   */
  public <T> CompletableFuture<T> executeAsync(
      String operationId, ApiRequest request, RequestOptions options, Class<T> responseType) {
    return executeWithResponseAsync(operationId, request, options, responseType).thenApply(ApiResponse::body);
  }

  /**
   * Executes a call with a generic body type without blocking.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @param responseType the body type
   * @param <T> the body type
   * @return a future of the body
   */
  public <T> CompletableFuture<T> executeAsync(
      String operationId, ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
    return executeWithResponseAsync(operationId, request, options, responseType).thenApply(ApiResponse::body);
  }

  /**
   * Executes a call without blocking and returns status, headers and body.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @param responseType the body type
   * @param <T> the body type
   * @return a future of the response
   */
  public <T> CompletableFuture<ApiResponse<T>> executeWithResponseAsync(
      String operationId, ApiRequest request, RequestOptions options, Class<T> responseType) {
    return startAsync(operationId, request, options, javaType(responseType));
  }

  /**
   * Executes a call with a generic body type without blocking and returns status, headers and
   * body.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @param responseType the body type
   * @param <T> the body type
   * @return a future of the response
   */
  public <T> CompletableFuture<ApiResponse<T>> executeWithResponseAsync(
      String operationId, ApiRequest request, RequestOptions options, TypeReference<T> responseType) {
    return startAsync(operationId, request, options, javaType(responseType));
  }

  /** Problems found while preparing (a bad parameter, say) fail the future rather than throw. */
  private <T> CompletableFuture<ApiResponse<T>> startAsync(
      String operationId, ApiRequest request, RequestOptions options, JavaType type) {
    try {
      return this.<T>newCall(operationId, request, options, type).runAsync();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private <T> Call<T> newCall(String operationId, ApiRequest request, RequestOptions options, JavaType type) {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(request, "request");
    RequestOptions effective = options == null ? RequestOptions.defaults() : options;
    PreparedRequest prepared = preparer.prepare(operationId, request, effective);
    RetryPlanner planner = new RetryPlanner(effective.retryPolicyOver(config.retryPolicy()), config.clock());
    return new Call<>(operationId, request, prepared, type, environment, planner);
  }

  private JavaType javaType(Class<?> type) {
    return config.objectMapper().constructType(Objects.requireNonNull(type, "responseType"));
  }

  private JavaType javaType(TypeReference<?> type) {
    return config.objectMapper().getTypeFactory().constructType(Objects.requireNonNull(type, "responseType"));
  }

  @Override
  public String toString() {
    return "ApiClientCore[" + config + "]";
  }
}
