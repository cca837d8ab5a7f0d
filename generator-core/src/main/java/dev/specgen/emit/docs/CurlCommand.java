package dev.specgen.emit.docs;

import dev.specgen.ir.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A curl command for the example request, for a POSIX shell. Literal text is single-quoted;
 * credentials come from environment variables ({@code "Authorization: Bearer $FRONT_API_TOKEN"}),
 * so the command can be pasted as it is once the variable is set.
 */
final class CurlCommand {

  /**
   * A credential of the request.
   *
   * @param variables the environment variables holding it (two for basic auth)
   */
  record Credential(SecurityScheme scheme, List<String> variables) {}

  private CurlCommand() {}

  static String render(ExampleRequest.Http http, List<Credential> credentials) {
    List<String> options = new ArrayList<>();
    options.add("--request " + http.method());
    options.add("--url " + url(http.url(), credentials));
    for (Map.Entry<String, String> header : http.headers().entrySet()) {
      options.add("--header " + single(header.getKey() + ": " + header.getValue()));
    }
    for (Credential credential : credentials) {
      SecurityScheme scheme = credential.scheme();
      switch (scheme.kind()) {
        case BEARER -> options.add("--header " + withVariable("Authorization: Bearer ", credential.variables().get(0), ""));
        case BASIC -> options.add("--user " + withVariable("", credential.variables().get(0),
            ":$" + credential.variables().get(1)));
        case API_KEY -> {
          switch (scheme.apiKeyLocation()) {
            case HEADER -> options.add("--header "
                + withVariable(scheme.parameterName() + ": ", credential.variables().get(0), ""));
            case COOKIE -> options.add("--cookie "
                + withVariable(scheme.parameterName() + "=", credential.variables().get(0), ""));
            case QUERY -> { } // part of the URL
          }
        }
      }
    }
    http.jsonBody().ifPresent(body -> options.add("--data " + single(body)));
    return "curl " + String.join(" \\\n  ", options) + "\n";
  }

  /** The URL, double-quoted when an API key goes into its query. */
  private static String url(String url, List<Credential> credentials) {
    StringBuilder query = new StringBuilder();
    for (Credential credential : credentials) {
      SecurityScheme scheme = credential.scheme();
      if (scheme.kind() == SecurityScheme.Kind.API_KEY && scheme.apiKeyLocation() == SecurityScheme.ApiKeyLocation.QUERY) {
        query.append(query.length() == 0 && !url.contains("?") ? "?" : "&")
            .append(WireValues.encode(scheme.parameterName())).append("=$").append(credential.variables().get(0));
      }
    }
    return query.length() == 0 ? single(url) : "\"" + inDoubleQuotes(url) + query + "\"";
  }

  /** {@code "prefix$VARIABLE suffix"}; the suffix may itself name variables. */
  private static String withVariable(String prefix, String variable, String suffix) {
    return "\"" + inDoubleQuotes(prefix) + "$" + variable + suffix + "\"";
  }

  /** Single quotes keep everything literal; a single quote itself is closed, escaped and reopened. */
  static String single(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static String inDoubleQuotes(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\' || c == '$' || c == '`') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
