package dev.specgen.runtime;

import dev.specgen.runtime.body.BinaryData;
import dev.specgen.runtime.body.MultipartForm;
import dev.specgen.runtime.error.ApiExceptionFactory;
import dev.specgen.runtime.http.HeaderValidation;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.param.QueryStyle;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One operation call as a generated client describes it: method, path template and the raw values
 * of its parameters, plus its declared error responses: the body type of each and the exception
 * type it raises. Values stay raw until execution, where
 * the client's {@code ObjectMapper} serializes them, so the request itself needs no configuration.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.get("/contacts/{contact_id}/conversations")
 *     .pathParam("contact_id", contactId)
 *     .queryDeepObject("q", filter)
 *     .query("limit", limit)
 *     .error(422, ValidationError.class, FrontUnprocessableEntityException::new)
 *     .otherErrors(FrontApiException::new)
 *     .build();
 * }</pre>
 *
 * {@link #toString()} lists parameter names only.
 */
public final class ApiRequest {

  private final HttpMethod method;
  private final String pathTemplate;
  private final URI absoluteUrl;
  private final Map<String, Object> pathParams;
  private final List<QueryParam> queryParams;
  private final List<HeaderParam> headerParams;
  private final RequestBody body;
  private final String accept;
  private final Map<Integer, DeclaredError> errorsByStatus;
  private final Map<Integer, DeclaredError> errorsByClass;
  private final DeclaredError defaultError;
  private final ApiExceptionFactory otherErrors;

  private ApiRequest(Builder builder) {
    this.method = builder.method;
    this.pathTemplate = builder.pathTemplate;
    this.absoluteUrl = builder.absoluteUrl;
    this.pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(builder.pathParams));
    this.queryParams = List.copyOf(builder.queryParams);
    this.headerParams = List.copyOf(builder.headerParams);
    this.body = builder.body;
    this.accept = builder.accept;
    this.errorsByStatus = Map.copyOf(builder.errorsByStatus);
    this.errorsByClass = Map.copyOf(builder.errorsByClass);
    this.defaultError = builder.defaultError;
    this.otherErrors = builder.otherErrors;
  }

  /**
   * Starts a GET request.
   *
   * @param pathTemplate the path, relative to the base URL, e.g. {@code /contacts/{contact_id}}
   * @return a builder
   */
  public static Builder get(String pathTemplate) {
    return builder(HttpMethod.GET, pathTemplate);
  }

  /**
   * Starts a POST request.
   *
   * @param pathTemplate the path, relative to the base URL
   * @return a builder
   */
  public static Builder post(String pathTemplate) {
    return builder(HttpMethod.POST, pathTemplate);
  }

  /**
   * Starts a PUT request.
   *
   * @param pathTemplate the path, relative to the base URL
   * @return a builder
   */
  public static Builder put(String pathTemplate) {
    return builder(HttpMethod.PUT, pathTemplate);
  }

  /**
   * Starts a PATCH request.
   *
   * @param pathTemplate the path, relative to the base URL
   * @return a builder
   */
  public static Builder patch(String pathTemplate) {
    return builder(HttpMethod.PATCH, pathTemplate);
  }

  /**
   * Starts a DELETE request.
   *
   * @param pathTemplate the path, relative to the base URL
   * @return a builder
   */
  public static Builder delete(String pathTemplate) {
    return builder(HttpMethod.DELETE, pathTemplate);
  }

  /**
   * Starts a HEAD request.
   *
   * @param pathTemplate the path, relative to the base URL
   * @return a builder
   */
  public static Builder head(String pathTemplate) {
    return builder(HttpMethod.HEAD, pathTemplate);
  }

  /**
   * Starts an OPTIONS request.
   *
   * @param pathTemplate the path, relative to the base URL
   * @return a builder
   */
  public static Builder options(String pathTemplate) {
    return builder(HttpMethod.OPTIONS, pathTemplate);
  }

  /**
   * Starts a request with any method.
   *
   * @param method the HTTP method
   * @param pathTemplate the path, relative to the base URL; must start with {@code /}
   * @return a builder
   */
  public static Builder builder(HttpMethod method, String pathTemplate) {
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    if (!pathTemplate.startsWith("/")) {
      throw new IllegalArgumentException("Path template must start with '/': " + pathTemplate);
    }
    return new Builder(Objects.requireNonNull(method, "method"), pathTemplate, null);
  }

  /**
   * Starts a GET of a URL the server handed out, such as a next-page link. It is sent only if it
   * has the same scheme, host and port as the client's base URL, because the credentials go with
   * it. A reference starting with {@code /} is resolved against the base URL's origin.
   *
   * @param url the absolute URL, or a reference starting with {@code /}
   * @return a builder
   * @throws IllegalArgumentException if the URL is not valid
   */
  public static Builder getUrl(String url) {
    URI uri = URI.create(Objects.requireNonNull(url, "url"));
    if (!uri.isAbsolute() && (uri.getRawPath() == null || !uri.getRawPath().startsWith("/"))) {
      throw new IllegalArgumentException("Expected an absolute URL or a path starting with '/'");
    }
    return new Builder(HttpMethod.GET, null, uri);
  }

  /**
   * Starts a builder holding this request's settings, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * Returns the path template.
   *
   * @return the template, or empty for a {@link #getUrl(String)} request
   */
  public Optional<String> pathTemplate() {
    return Optional.ofNullable(pathTemplate);
  }

  /**
   * Returns the URL of a {@link #getUrl(String)} request.
   *
   * @return the URL as given, or empty for a path-template request
   */
  public Optional<URI> absoluteUrl() {
    return Optional.ofNullable(absoluteUrl);
  }

  /**
   * Returns the path parameters.
   *
   * @return names to raw values, in the order added
   */
  public Map<String, Object> pathParams() {
    return pathParams;
  }

  /**
   * Returns the query parameters.
   *
   * @return the parameters, in the order added
   */
  public List<QueryParam> queryParams() {
    return queryParams;
  }

  /**
   * Returns the header parameters.
   *
   * @return the parameters, in the order added
   */
  public List<HeaderParam> headerParams() {
    return headerParams;
  }

  /**
   * Returns the body.
   *
   * @return the body, or empty if the request has none
   */
  public Optional<RequestBody> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Returns the {@code Accept} header the operation's declared response media types call for.
   *
   * @return the header value, or empty to send the client's default ({@code application/json})
   */
  public Optional<String> accept() {
    return Optional.ofNullable(accept);
  }

  /**
   * Returns the type the error body of a status decodes into: the type declared for that exact
   * status, else for its class (such as {@code 4XX}), else the default.
   *
   * @param status the response status
   * @return the declared type, or empty if the body should stay text only
   */
  public Optional<Class<?>> errorBodyType(int status) {
    return declaredError(status).map(DeclaredError::type);
  }

  /**
   * Returns what creates the exception of a status: the factory declared with the status's
   * response (exact status, else its class, else the default response), else the one for other
   * statuses.
   *
   * @param status the response status
   * @return the factory, or empty to raise the runtime's exception for the status
   */
  public Optional<ApiExceptionFactory> errorFactory(int status) {
    return declaredError(status).map(DeclaredError::factory).or(() -> Optional.ofNullable(otherErrors));
  }

  /** The response the operation declares for a status: the exact one, else its class, else the default. */
  private Optional<DeclaredError> declaredError(int status) {
    DeclaredError declared = errorsByStatus.get(status);
    if (declared == null) {
      declared = errorsByClass.get(status / 100);
    }
    return Optional.ofNullable(declared != null ? declared : defaultError);
  }

  /** Lists names only: parameter values may be sensitive. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ApiRequest[").append(method).append(' ');
    out.append(pathTemplate != null ? pathTemplate : "<url>");
    if (!queryParams.isEmpty()) {
      out.append(", query=").append(queryParams.stream().map(QueryParam::name).toList());
    }
    if (!headerParams.isEmpty()) {
      out.append(", headers=").append(headerParams.stream().map(HeaderParam::name).toList());
    }
    if (body != null) {
      out.append(", ").append(body);
    }
    return out.append(']').toString();
  }

  /**
   * A query parameter before serialization.
   *
   * @param name the parameter name
   * @param value the raw value, possibly null
   * @param style how to serialize it
   */
  public record QueryParam(String name, Object value, QueryStyle style) {

    /**
     * Validates the parts.
     *
     * @param name the parameter name
     * @param value the raw value
     * @param style the style
     */
    public QueryParam {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(style, "style");
    }

    /** Leaves the value out: it may be sensitive. */
    @Override
    public String toString() {
      return "QueryParam[" + name + ", " + style + "]";
    }
  }

  /**
   * A header parameter before serialization.
   *
   * @param name the header name
   * @param value the raw value, possibly null
   */
  public record HeaderParam(String name, Object value) {

    /**
     * Validates the header name.
     *
     * @param name the header name
     * @param value the raw value
     */
    public HeaderParam {
      HeaderValidation.requireValidName(name);
    }

    /** Leaves the value out: it may be sensitive. */
    @Override
    public String toString() {
      return "HeaderParam[" + name + "]";
    }
  }

  /**
   * An error response an operation declares: the type its body decodes into and the exception it
   * raises, each possibly absent.
   */
  private record DeclaredError(Class<?> type, ApiExceptionFactory factory) {}

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final HttpMethod method;
    private final String pathTemplate;
    private final URI absoluteUrl;
    private final Map<String, Object> pathParams = new LinkedHashMap<>();
    private final List<QueryParam> queryParams = new ArrayList<>();
    private final List<HeaderParam> headerParams = new ArrayList<>();
    private RequestBody body;
    private String accept;
    private final Map<Integer, DeclaredError> errorsByStatus = new TreeMap<>();
    private final Map<Integer, DeclaredError> errorsByClass = new TreeMap<>();
    private DeclaredError defaultError;
    private ApiExceptionFactory otherErrors;

    private Builder(HttpMethod method, String pathTemplate, URI absoluteUrl) {
      this.method = method;
      this.pathTemplate = pathTemplate;
      this.absoluteUrl = absoluteUrl;
    }

    private Builder(ApiRequest request) {
      this(request.method, request.pathTemplate, request.absoluteUrl);
      pathParams.putAll(request.pathParams);
      queryParams.addAll(request.queryParams);
      headerParams.addAll(request.headerParams);
      body = request.body;
      accept = request.accept;
      errorsByStatus.putAll(request.errorsByStatus);
      errorsByClass.putAll(request.errorsByClass);
      defaultError = request.defaultError;
      otherErrors = request.otherErrors;
    }

    /**
     * Sets a path parameter (style {@code simple}). The value becomes exactly one percent-encoded
     * segment, so no value can change the path's shape.
     *
     * @param name the placeholder name in the template
     * @param value the value; must not be null or empty when the request is executed
     * @return this builder
     */
    public Builder pathParam(String name, Object value) {
      pathParams.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Adds a query parameter with style {@code form} and {@code explode: true}: arrays repeat the
     * key. A null value is omitted.
     *
     * @param name the parameter name
     * @param value the value, or null
     * @return this builder
     */
    public Builder query(String name, Object value) {
      return query(name, value, QueryStyle.FORM);
    }

    /**
     * Adds a query parameter with an explicit style. A null value is omitted.
     *
     * @param name the parameter name
     * @param value the value, or null
     * @param style the OpenAPI style
     * @return this builder
     */
    public Builder query(String name, Object value, QueryStyle style) {
      queryParams.add(new QueryParam(name, value, style));
      return this;
    }

    /**
     * Adds a query parameter with style {@code form} and {@code explode: false}: arrays become
     * one comma-separated value.
     *
     * @param name the parameter name
     * @param value the value, or null
     * @return this builder
     */
    public Builder queryUnexploded(String name, Object value) {
      return query(name, value, QueryStyle.FORM_UNEXPLODED);
    }

    /**
     * Adds a query parameter with style {@code deepObject}: {@code q[statuses]=a&q[statuses]=b}.
     *
     * @param name the parameter name
     * @param value a Map or any object the mapper can serialize, or null
     * @return this builder
     */
    public Builder queryDeepObject(String name, Object value) {
      return query(name, value, QueryStyle.DEEP_OBJECT);
    }

    /**
     * Adds a header parameter (style {@code simple}: arrays comma-separated). A null value is
     * omitted; a value with CR or LF is refused when the request is executed.
     *
     * @param name the header name
     * @param value the value, or null
     * @return this builder
     */
    public Builder header(String name, Object value) {
      headerParams.add(new HeaderParam(name, value));
      return this;
    }

    /**
     * Sets a body to write as JSON.
     *
     * @param value the value to serialize; null means no body
     * @return this builder
     */
    public Builder jsonBody(Object value) {
      this.body = value == null ? null : RequestBody.json(value);
      return this;
    }

    /**
     * Sets a body to send as given.
     *
     * @param bytes the bytes
     * @param contentType the media type
     * @return this builder
     */
    public Builder rawBody(byte[] bytes, String contentType) {
      this.body = RequestBody.raw(bytes, contentType);
      return this;
    }

    /**
     * Sets a body of any kind: JSON under its content type, a form, a multipart form, binary data
     * or text.
     *
     * @param body the body; null means no body
     * @return this builder
     */
    public Builder body(RequestBody body) {
      this.body = body;
      return this;
    }

    /**
     * Sets a body written as JSON and sent under the spec's JSON content type, such as {@code
     * application/merge-patch+json}. A null value changes nothing, so that an operation offering
     * several media types can pass each and only the one set is sent.
     *
     * @param value the value to serialize, or null
     * @param contentType the content type
     * @return this builder
     */
    public Builder jsonBody(Object value, String contentType) {
      return value == null ? this : body(RequestBody.json(value, contentType));
    }

    /**
     * Sets a form body ({@code application/x-www-form-urlencoded}); a null value changes nothing.
     *
     * @param value the object whose properties are the fields, or null
     * @param styles the style of each field the spec's Encoding Object gives one
     * @return this builder
     */
    public Builder formBody(Object value, Map<String, QueryStyle> styles) {
      return value == null ? this : body(RequestBody.form(value, styles));
    }

    /**
     * Sets a multipart body, sent as it is read; a null form changes nothing.
     *
     * @param form the form, or null
     * @return this builder
     */
    public Builder multipartBody(MultipartForm form) {
      return form == null ? this : body(RequestBody.multipart(form.toMultipartBody()));
    }

    /**
     * Sets a binary body, sent as it is read; null data changes nothing.
     *
     * @param data the data, or null
     * @param contentType the content type the spec declares, used when the data names none
     * @return this builder
     */
    public Builder binaryBody(BinaryData data, String contentType) {
      return data == null ? this : body(RequestBody.binary(data, contentType));
    }

    /**
     * Sets a text body, sent as UTF-8; null text changes nothing.
     *
     * @param text the text, or null
     * @param contentType the content type, e.g. {@code text/plain}
     * @return this builder
     */
    public Builder textBody(String text, String contentType) {
      return text == null ? this : body(RequestBody.text(text, contentType));
    }

    /**
     * Sets the {@code Accept} header, for operations whose responses are not (only) JSON.
     *
     * @param mediaTypes the header value, e.g. {@code image/png, application/json}
     * @return this builder
     */
    public Builder accept(String mediaTypes) {
      HeaderValidation.requireSafeValue("Accept", Objects.requireNonNull(mediaTypes, "mediaTypes"));
      this.accept = mediaTypes;
      return this;
    }

    /**
     * Declares the type an error response of a status decodes into; the runtime's exception for the
     * status is raised.
     *
     * @param status the HTTP status, e.g. 422
     * @param type the error body type
     * @return this builder
     */
    public Builder errorBody(int status, Class<?> type) {
      return declare(status, Objects.requireNonNull(type, "type"), null);
    }

    /**
     * Declares an error response of a status: the type its body decodes into and the exception it
     * raises.
     *
     * @param status the HTTP status, e.g. 404
     * @param type the error body type
     * @param factory creates the exception, e.g. {@code FrontNotFoundException::new}
     * @return this builder
     */
    public Builder error(int status, Class<?> type, ApiExceptionFactory factory) {
      return declare(status, Objects.requireNonNull(type, "type"), Objects.requireNonNull(factory, "factory"));
    }

    /**
     * Declares an error response of a status that has no typed body: only the exception it raises.
     *
     * @param status the HTTP status, e.g. 429
     * @param factory creates the exception
     * @return this builder
     */
    public Builder error(int status, ApiExceptionFactory factory) {
      return declare(status, null, Objects.requireNonNull(factory, "factory"));
    }

    /**
     * Declares the type error responses of a status class decode into, for OpenAPI's {@code 4XX}
     * and {@code 5XX} response keys. An exact status declared with {@link #errorBody(int, Class)}
     * wins.
     *
     * @param statusClass the first digit, e.g. 4 for {@code 4XX}
     * @param type the error body type
     * @return this builder
     */
    public Builder errorBodyForClass(int statusClass, Class<?> type) {
      return declareClass(statusClass, Objects.requireNonNull(type, "type"), null);
    }

    /**
     * Declares the error responses of a status class ({@code 4XX}): the type their bodies decode
     * into, which may be null for none, and the exception they raise. An exact status wins.
     *
     * @param statusClass the first digit, e.g. 4 for {@code 4XX}
     * @param type the error body type, or null if the responses have no typed body
     * @param factory creates the exception
     * @return this builder
     */
    public Builder errorForClass(int statusClass, Class<?> type, ApiExceptionFactory factory) {
      return declareClass(statusClass, type, Objects.requireNonNull(factory, "factory"));
    }

    /**
     * Declares the type every other error response decodes into (OpenAPI's {@code default}).
     *
     * @param type the error body type
     * @return this builder
     */
    public Builder defaultErrorBody(Class<?> type) {
      this.defaultError = new DeclaredError(Objects.requireNonNull(type, "type"), null);
      return this;
    }

    /**
     * Declares the default response (OpenAPI's {@code default}): what every error status without
     * an exact or class declaration decodes into, which may be null for none, and raises.
     *
     * @param type the error body type, or null if the response has no typed body
     * @param factory creates the exception
     * @return this builder
     */
    public Builder defaultError(Class<?> type, ApiExceptionFactory factory) {
      this.defaultError = new DeclaredError(type, Objects.requireNonNull(factory, "factory"));
      return this;
    }

    /**
     * Sets what creates the exception of an error status the request declares nothing for (a
     * generated client's base exception, {@code FrontApiException::new}). Without it such a
     * status raises the runtime's exception for the status.
     *
     * @param factory creates the exception
     * @return this builder
     */
    public Builder otherErrors(ApiExceptionFactory factory) {
      this.otherErrors = Objects.requireNonNull(factory, "factory");
      return this;
    }

    private Builder declare(int status, Class<?> type, ApiExceptionFactory factory) {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("Status must be 100 to 599, was " + status);
      }
      errorsByStatus.put(status, new DeclaredError(type, factory));
      return this;
    }

    private Builder declareClass(int statusClass, Class<?> type, ApiExceptionFactory factory) {
      if (statusClass < 1 || statusClass > 5) {
        throw new IllegalArgumentException("Status class must be 1 to 5, was " + statusClass);
      }
      errorsByClass.put(statusClass, new DeclaredError(type, factory));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the immutable request
     */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
