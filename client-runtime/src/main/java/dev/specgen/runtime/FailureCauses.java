package dev.specgen.runtime;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Finds the failure itself inside the wrappers {@link java.util.concurrent.CompletableFuture}
 * stages put around it, so that async calls fail with the exception the blocking call throws.
 */
public final class FailureCauses {

  private FailureCauses() {}

  /**
   * The failure inside any {@link CompletionException} or {@link ExecutionException} wrappers.
   *
   * @param error a failure as a future stage reports it
   * @return the innermost cause that is not such a wrapper, or {@code error} itself
   */
  public static Throwable unwrap(Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
