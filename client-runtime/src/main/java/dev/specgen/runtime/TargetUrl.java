package dev.specgen.runtime;

import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.UntrustedUrlException;
import dev.specgen.runtime.http.HttpMethod;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Builds the URL of a request and guards server-provided URLs against leaving the API's origin. */
final class TargetUrl {

  private TargetUrl() {}

  /** Appends an expanded path to the base URL, keeping the base URL's path prefix. */
  static String underBase(URI baseUrl, String expandedPath) {
    return baseUrl.toString() + expandedPath;
  }

  /**
   * Resolves a server-provided URL and checks that it has the base URL's scheme, host and port, so
   * that credentials are never sent to another origin.
   */
  static String sameOrigin(URI baseUrl, URI url, String operationId) {
    URI resolved = baseUrl.resolve(url);
    if (!origin(resolved).equals(origin(baseUrl))) {
      FailedCall call = new FailedCall(operationId, HttpMethod.GET, withoutQuery(resolved), List.of());
      throw new UntrustedUrlException(
          operationId + ": refusing " + call.requestLine() + ": it is on " + origin(resolved)
              + ", not the API's origin " + origin(baseUrl) + ", and the credentials would be sent there",
          call);
    }
    String text = resolved.toString();
    int fragment = text.indexOf('#');
    return fragment < 0 ? text : text.substring(0, fragment);
  }

  /** Adds encoded query pairs after any query the URL already has. */
  static URI withQuery(String url, List<String> encodedPairs) {
    return URI.create(withQueryText(url, encodedPairs));
  }

  /**
   * {@link #withQuery} as text, without parsing the URL: a call builds its URL several times (with
   * its parameters, with credentials, masked for messages) and parsing is done once, for the
   * request that is sent.
   */
  static String withQueryText(String url, List<String> encodedPairs) {
    if (encodedPairs.isEmpty()) {
      return url;
    }
    String separator = url.contains("?") ? "&" : "?";
    return url + separator + String.join("&", encodedPairs);
  }

  /** The path of an absolute URL without query, as {@link URI#getRawPath()} gives it, without parsing it. */
  static String rawPath(String urlWithoutQuery) {
    int authority = urlWithoutQuery.indexOf("://");
    int path = urlWithoutQuery.indexOf('/', authority < 0 ? 0 : authority + 3);
    return path < 0 ? "" : urlWithoutQuery.substring(path);
  }

  /** The URL up to its path: a query or fragment handed out by a server may carry a token. */
  private static String withoutQuery(URI uri) {
    String text = uri.toString();
    int end = text.length();
    for (char mark : new char[] {'?', '#'}) {
      int at = text.indexOf(mark);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    return text.substring(0, end);
  }

  private static String origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + ":" + effectivePort(scheme, uri.getPort());
  }

  private static int effectivePort(String scheme, int port) {
    if (port >= 0) {
      return port;
    }
    return scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
  }
}
