package dev.specgen.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.BodyEncoder.EncodedBody;
import dev.specgen.runtime.http.HeaderMap;
import dev.specgen.runtime.param.ParameterSerializer;
import dev.specgen.runtime.param.PathTemplate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Serializes an {@link ApiRequest}'s parameters and body against the client's configuration. */
final class RequestPreparer {

  private final ClientConfig config;
  private final ParameterSerializer parameters;
  private final ObjectMapper mapper;
  private final BodyEncoder bodies;

  RequestPreparer(ClientConfig config) {
    this.config = config;
    this.mapper = config.objectMapper();
    this.parameters = new ParameterSerializer(mapper);
    this.bodies = new BodyEncoder(mapper, parameters);
  }

  PreparedRequest prepare(String operationId, ApiRequest request, RequestOptions options) {
    String urlWithoutQuery = urlWithoutQuery(operationId, request);
    String url = TargetUrl.withQueryText(urlWithoutQuery, queryPairs(request));
    EncodedBody body = request.body().map(bodies::encode).orElse(EncodedBody.NONE);
    Duration timeout = options.timeout().orElse(config.requestTimeout());
    return new PreparedRequest(
        request.method(),
        url,
        headers(request, body, options),
        options.headers(),
        body.bytes(),
        body.stream(),
        timeout,
        options.callTimeout().or(config::callTimeout).orElse(null),
        options.responseLimitsOver(config.responseLimits()),
        PreparedRequest.describe(request.method(), stripQuery(urlWithoutQuery)));
  }

  private String urlWithoutQuery(String operationId, ApiRequest request) {
    if (request.absoluteUrl().isPresent()) {
      if (!request.pathParams().isEmpty()) {
        throw new IllegalArgumentException("A request to a full URL cannot have path parameters");
      }
      return TargetUrl.sameOrigin(config.baseUrl(), request.absoluteUrl().get(), operationId);
    }
    String template = request.pathTemplate().orElseThrow();
    return TargetUrl.underBase(config.baseUrl(), PathTemplate.expand(template, encodedPathValues(request)));
  }

  private Map<String, String> encodedPathValues(ApiRequest request) {
    Map<String, String> values = new LinkedHashMap<>();
    request.pathParams().forEach((name, value) -> values.put(name, parameters.pathSegment(name, value)));
    return values;
  }

  private List<String> queryPairs(ApiRequest request) {
    List<String> pairs = new ArrayList<>();
    for (ApiRequest.QueryParam param : request.queryParams()) {
      pairs.addAll(parameters.queryPairs(param.name(), param.value(), param.style()));
    }
    return pairs;
  }

  /**
   * Later sources replace earlier ones: defaults, then the body's content type, then the client's
   * headers, then the operation's header parameters. An idempotency key is added last, unless the
   * call already sets that header.
   */
  private HeaderMap headers(ApiRequest request, EncodedBody body, RequestOptions options) {
    HeaderMap.Builder headers = HeaderMap.builder();
    headers.set("User-Agent", config.userAgent());
    headers.set("Accept", request.accept().orElse("application/json"));
    if (body.contentType() != null) {
      headers.set("Content-Type", body.contentType());
    }
    headers.setAll(config.headers());
    for (ApiRequest.HeaderParam param : request.headerParams()) {
      parameters.headerText(param.value()).ifPresent(text -> headers.set(param.name(), text));
    }
    idempotencyKeyHeader(request).filter(name -> !headers.contains(name) && !options.headers().contains(name))
        .ifPresent(name -> headers.set(name, UUID.randomUUID().toString()));
    return headers.build();
  }

  /**
   * The header a fresh idempotency key goes in, for a POST or PATCH when the client sends keys.
   * The key is made here, once per call, so every attempt repeats it.
   */
  private Optional<String> idempotencyKeyHeader(ApiRequest request) {
    return config.idempotencyKeyHeader().filter(name -> !request.method().isIdempotent());
  }

  /** Whether a prepared request carries the configured idempotency key header, its own or a fresh one. */
  boolean carriesIdempotencyKey(PreparedRequest prepared) {
    return config.idempotencyKeyHeader()
        .filter(name -> prepared.headers().contains(name) || prepared.overridingHeaders().contains(name))
        .isPresent();
  }

  private static String stripQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
