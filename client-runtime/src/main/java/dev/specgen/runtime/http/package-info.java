/**
 * The HTTP transport seam: small request and response value types and the {@link
 * dev.specgen.runtime.http.HttpTransport} interface, with a default implementation over {@code
 * java.net.http.HttpClient}. Users may plug in their own transport.
 */
package dev.specgen.runtime.http;
