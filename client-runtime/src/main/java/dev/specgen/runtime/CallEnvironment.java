package dev.specgen.runtime;

import dev.specgen.runtime.http.HttpTransport;
import dev.specgen.runtime.retry.Sleeper;

/**
 * The client-wide collaborators every {@link Call} uses.
 *
 * @param authorizer adds credentials to each attempt
 * @param transport sends requests
 * @param sleeper waits between attempts
 * @param decoder decodes bodies
 */
record CallEnvironment(Authorizer authorizer, HttpTransport transport, Sleeper sleeper, ResponseDecoder decoder) {}
