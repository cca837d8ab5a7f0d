package dev.specgen.runtime;

import dev.specgen.runtime.param.PercentEncoding;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Masks the credentials of one attempt in text bound for an exception message, in case the server
 * echoed one back in its response body.
 *
 * <p>Only credentials of at least {@link #MIN_SECRET_LENGTH} characters are searched for in free
 * text: masking every {@code a} of a message because a test key is {@code "a"} would garble the
 * message and protect nothing. Credentials the client itself puts in a URL's query are masked by
 * position whatever their length (see {@link CollectingAuthTarget}).
 */
final class Redactor {

  /** What a credential is replaced with. */
  static final String MASK = "****";

  /** The shortest credential searched for in text; real tokens and keys are far longer. */
  static final int MIN_SECRET_LENGTH = 4;

  private final Collection<String> credentials;

  /** What {@link #redact} searches for; built by the first message, as most calls never make one. */
  private volatile Set<String> searched;

  Redactor(Collection<String> secrets) {
    this.credentials = secrets;
  }

  private Set<String> searched() {
    Set<String> result = searched;
    if (result == null) {
      result = new LinkedHashSet<>();
      for (String secret : credentials) {
        if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
          result.add(secret);
          result.add(PercentEncoding.encode(secret));
        }
      }
      searched = result;
    }
    return result;
  }

  String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : searched()) {
      result = result.replace(secret, MASK);
    }
    return result;
  }
}
