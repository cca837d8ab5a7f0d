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

  private final Set<String> secrets;

  Redactor(Collection<String> secrets) {
    this.secrets = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
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
