/**
 * The exceptions a generated client throws. All extend {@link
 * dev.specgen.runtime.error.SpecgenException}, which names the operation, the method and the URL
 * (credentials masked) and lists the attempts. A non-2xx response raises an {@link
 * dev.specgen.runtime.error.ApiException}: a generated client's own subclass for its API and the
 * status (through the {@link dev.specgen.runtime.error.ApiExceptionFactory} its requests carry), or,
 * for a request that names none, the runtime subtype {@link
 * dev.specgen.runtime.error.ApiExceptions#forStatus} picks. Messages never contain credentials.
 */
package dev.specgen.runtime.error;
