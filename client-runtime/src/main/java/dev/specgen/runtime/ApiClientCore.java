package dev.specgen.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import dev.specgen.runtime.body.BinaryResponse;
import dev.specgen.runtime.body.EventStream;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.http.StreamedResponse;
import dev.specgen.runtime.retry.RetryPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Executes the requests of a generated client: adds base URL, credentials and headers, sends,
 * retries by policy, decodes the body, and turns failures into {@link
 * dev.specgen.runtime.error.SpecgenException}s. Thread-safe; one instance serves a whole client.
 * Each call is shown to the configured {@link CallObserver}s and request log.
 *
 * <p>{@link #close()} ends the core: later calls fail with an {@link IllegalStateException}, and a
 * transport the configuration created is closed with it (a transport handed in, or shared with a
 * parent client, is not).
 *
 * <p>The {@code ...Async} methods never block: their futures complete exceptionally with the very
 * exception the blocking method would throw (not wrapped in a {@link
 * java.util.concurrent.CompletionException}), and cancelling one ({@code cancel(true)}) aborts the
 * HTTP exchange in flight, or the wait before a retry, and starts no further attempt.
 *
 * <p>Every method takes the OpenAPI operation id (for messages), the request, the per-call options
 * (null means none) and the response type. {@code Void} ignores the body; {@code String} and
 * {@code byte[]} take it as it is.
 */
public final class ApiClientCore implements AutoCloseable {

  private final ClientConfig config;
  private final RequestPreparer preparer;
  private final CallEnvironment environment;
  private final ExchangeLog log;
  private final AtomicBoolean closed = new AtomicBoolean();

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
    this.log = new ExchangeLog(config.logLevel(), config.redactedHeaders());
  }

  /**
   * Closes the core: calls made afterwards fail with an {@link IllegalStateException}, and the
   * transport is closed too when the configuration created it, which ends the HTTP client's
   * threads. Closing twice does nothing more.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && config.ownsTransport()) {
      config.transport().close();
    }
  }

  /**
   * Tells whether {@link #close()} was called.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return closed.get();
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
    return runObserved(this.<T>newCall(operationId, request, options, javaType(responseType)));
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
    return runObserved(this.<T>newCall(operationId, request, options, javaType(responseType)));
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
    return AsyncBodies.bodyOf(executeWithResponseAsync(operationId, request, options, responseType));
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
    return AsyncBodies.bodyOf(executeWithResponseAsync(operationId, request, options, responseType));
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

  /**
   * Executes a call whose success body is binary and returns it unread, for the caller to stream
   * and close.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @return the response; its body must be closed
   * @throws dev.specgen.runtime.error.SpecgenException if the call failed
   */
  public ApiResponse<BinaryResponse> executeBinary(String operationId, ApiRequest request, RequestOptions options) {
    return runObserved(
        this.<BinaryResponse>newCall(operationId, request, options, javaType(BinaryResponse.class))
            .streaming(response -> new BinaryResponse(response.headers(), response.body())));
  }

  /**
   * Like {@link #executeBinary}, without blocking: the future completes when the headers arrive.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @return a future of the response; its body must be closed
   */
  public CompletableFuture<ApiResponse<BinaryResponse>> executeBinaryAsync(
      String operationId, ApiRequest request, RequestOptions options) {
    try {
      return runObservedAsync(
          this.<BinaryResponse>newCall(operationId, request, options, javaType(BinaryResponse.class))
              .streaming(response -> new BinaryResponse(response.headers(), response.body())));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Executes a call whose success body is a {@code text/event-stream} and returns the stream of
   * events, read as they arrive.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @param dataType the type each event's data decodes into
   * @param <T> the data type
   * @return the response; its event stream must be closed
   * @throws dev.specgen.runtime.error.SpecgenException if the call failed
   */
  public <T> ApiResponse<EventStream<T>> executeEvents(
      String operationId, ApiRequest request, RequestOptions options, TypeReference<T> dataType) {
    return runObserved(this.<T>eventCall(operationId, request, options, javaType(dataType)));
  }

  /**
   * Like {@link #executeEvents}, without blocking: the future completes when the headers arrive.
   *
   * @param operationId the OpenAPI operation id
   * @param request the request
   * @param options per-call options, or null
   * @param dataType the type each event's data decodes into
   * @param <T> the data type
   * @return a future of the response; its event stream must be closed
   */
  public <T> CompletableFuture<ApiResponse<EventStream<T>>> executeEventsAsync(
      String operationId, ApiRequest request, RequestOptions options, TypeReference<T> dataType) {
    try {
      return runObservedAsync(this.<T>eventCall(operationId, request, options, javaType(dataType)));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The body of a future response, for the async forms of binary and event-stream calls: a failure
   * stays the call's own exception, and cancelling the returned future cancels the call.
   *
   * @param response a future response of one of this core's async methods
   * @param <T> the body type
   * @return a future of the body
   */
  public static <T> CompletableFuture<T> bodyOf(CompletableFuture<ApiResponse<T>> response) {
    return AsyncBodies.bodyOf(response);
  }

  private <T> ObservedCall<EventStream<T>> eventCall(
      String operationId, ApiRequest request, RequestOptions options, JavaType dataType) {
    ObservedCall<EventStream<T>> observed = newCall(operationId, request, options, javaType(EventStream.class));
    Call<EventStream<T>> call = observed.call();
    return observed.streaming(response -> new EventStream<T>(response.status(), response.headers(), response.body(),
        config.objectMapper(), dataType, call.described()));
  }

  /** Problems found while preparing (a bad parameter, say) fail the future rather than throw. */
  private <T> CompletableFuture<ApiResponse<T>> startAsync(
      String operationId, ApiRequest request, RequestOptions options, JavaType type) {
    try {
      return runObservedAsync(this.<T>newCall(operationId, request, options, type));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private <T> ObservedCall<T> newCall(
      String operationId, ApiRequest request, RequestOptions options, JavaType type) {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(request, "request");
    if (closed.get()) {
      throw new IllegalStateException(
          (config.clientName() == null ? "The client" : config.clientName()) + " is closed; " + operationId
              + " cannot be called after close()");
    }
    RequestOptions effective = options == null ? RequestOptions.defaults() : options;
    PreparedRequest prepared = preparer.prepare(operationId, request, effective);
    RetryPlanner planner = new RetryPlanner(
        effective.retryPolicyOver(config.retryPolicy()), config.clock(), preparer.carriesIdempotencyKey(prepared));
    CallObservation observation = new CallObservation(operationId, prepared, observers(effective), log);
    return new ObservedCall<>(
        new Call<>(operationId, request, prepared, type, environment, planner, observation), observation);
  }

  private List<CallObserver> observers(RequestOptions options) {
    List<CallObserver> observers = new ArrayList<>(2);
    config.observer().ifPresent(observers::add);
    options.observer().ifPresent(observers::add);
    return observers;
  }

  private static <T> ApiResponse<T> runObserved(ObservedCall<T> observed) {
    ApiResponse<T> response;
    try {
      response = observed.call().run();
    } catch (RuntimeException e) {
      observed.observation().callEnded(null, e);
      throw e;
    }
    observed.observation().callEnded(response.status(), null);
    return response;
  }

  /**
   * The observers are told before the caller's future completes, so that a caller who has joined
   * it sees them told; cancelling the caller's future cancels the call.
   */
  private static <T> CompletableFuture<ApiResponse<T>> runObservedAsync(ObservedCall<T> observed) {
    return AsyncBodies.relay(observed.call().runAsync(), response -> response, (response, error) ->
        observed.observation().callEnded(error == null ? response.status() : null, error));
  }


  /** A call and what observes it, made together. */
  private record ObservedCall<T>(Call<T> call, CallObservation observation) {
    ObservedCall<T> streaming(Function<StreamedResponse, T> wrap) {
      call.streaming(wrap);
      return this;
    }
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
