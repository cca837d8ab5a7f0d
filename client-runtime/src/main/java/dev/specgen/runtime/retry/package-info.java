/**
 * When and how long to wait before retrying: the {@link dev.specgen.runtime.retry.RetryPolicy}
 * settings, the decision itself, {@code Retry-After} parsing and the injectable {@link
 * dev.specgen.runtime.retry.Sleeper}.
 */
package dev.specgen.runtime.retry;
