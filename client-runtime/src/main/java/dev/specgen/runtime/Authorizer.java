package dev.specgen.runtime;

import dev.specgen.runtime.auth.Auth;
import dev.specgen.runtime.http.HeaderMap;
import dev.specgen.runtime.http.TransportRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Adds the configured credentials to a prepared request, once per attempt. */
final class Authorizer {

  private final List<Auth> schemes;

  Authorizer(List<Auth> schemes) {
    this.schemes = List.copyOf(schemes);
  }

  /**
   * Builds one attempt's request.
   *
   * @param prepared the request without credentials
   * @param attemptTimeout this attempt's deadline: the per-attempt one, or less when the call's
   *     deadline is nearer
   */
  AuthorizedRequest authorize(PreparedRequest prepared, Duration attemptTimeout) {
    HeaderMap.Builder headers = prepared.headers().toBuilder();
    CollectingAuthTarget target = new CollectingAuthTarget(headers);
    schemes.forEach(scheme -> scheme.apply(target));
    headers.setAll(prepared.overridingHeaders());
    URI uri = TargetUrl.withQuery(prepared.url(), target.queryPairs());
    TransportRequest request =
        prepared.streamingBody() != null
            ? TransportRequest.streaming(
                prepared.method(),
                uri,
                headers.build(),
                prepared.streamingBody(),
                attemptTimeout,
                prepared.limits())
            : new TransportRequest(
                prepared.method(),
                uri,
                headers.build(),
                prepared.body(),
                attemptTimeout,
                prepared.limits());
    String maskedUrl = TargetUrl.withQueryText(prepared.url(), target.maskedQueryPairs());
    return new AuthorizedRequest(request, target.redactor(), prepared.description(), maskedUrl);
  }

  /**
   * A request ready for the transport, with what it takes to keep its credentials out of messages.
   *
   * @param request the request to send
   * @param redactor masks this attempt's credentials
   * @param description method and path without query, for short messages
   * @param maskedUrl the URL with its query, the credentials the client put there masked
   */
  record AuthorizedRequest(TransportRequest request, Redactor redactor, String description, String maskedUrl) {

    /**
     * The URL with its query, every credential masked: what exceptions report. Built on demand:
     * most calls never report it.
     */
    String shownUrl() {
      return redactor.redact(maskedUrl);
    }
  }
}
