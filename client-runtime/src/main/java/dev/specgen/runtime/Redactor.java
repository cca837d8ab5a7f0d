package dev.specgen.runtime;

import dev.specgen.runtime.param.PercentEncoding;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Masks the credentials of one attempt in text bound for an exception message, in case the server
 * echoed one back in its response body.
 */
final class Redactor {

  private static final String MASK = "****";

  private final Set<String> secrets;

  Redactor(Collection<String> secrets) {
    this.secrets = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        this.secrets.add(secret);
        this.secrets.add(PercentEncoding.encode(secret));
      }
    }
  }

  String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return result;
  }
}
