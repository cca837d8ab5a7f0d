package dev.specgen.runtime;

import dev.specgen.runtime.http.HeaderMap;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.http.ResponseLimits;
import dev.specgen.runtime.http.StreamingBody;
import java.time.Duration;

/**
 * A request with its parameters and body serialized, lacking only credentials, which are added
 * afresh for every attempt so that rotating tokens stay current.
 *
 * @param method the HTTP method
 * @param url the URL with the request's own query string
 * @param headers the headers before credentials
 * @param overridingHeaders per-call headers that win over everything, credentials included
 * @param body the body bytes, or null
 * @param streamingBody the body to stream instead, or null
 * @param timeout the deadline of each attempt
 * @param callTimeout the deadline of the whole call, or null for none
 * @param limits how much of a response may be held in memory
 * @param description method and path without query, for messages
 */
record PreparedRequest(
    HttpMethod method,
    String url,
    HeaderMap headers,
    HeaderMap overridingHeaders,
    byte[] body,
    StreamingBody streamingBody,
    Duration timeout,
    Duration callTimeout,
    ResponseLimits limits,
    String description) {

  /** Query pairs are kept out of the description: an API key may sit among them. */
  static String describe(HttpMethod method, String urlWithoutQuery) {
    return method + " " + TargetUrl.rawPath(urlWithoutQuery);
  }

  /** Lists nothing sensitive. */
  @Override
  public String toString() {
    return "PreparedRequest[" + description + ", headers=" + headers.names() + "]";
  }
}
