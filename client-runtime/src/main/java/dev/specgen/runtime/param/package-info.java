/**
 * Turns parameter values into URL and header text by the OpenAPI serialization rules. Values go
 * through the client's {@code ObjectMapper} first, so enums, dates and models serialize exactly as
 * they would in a JSON body.
 */
package dev.specgen.runtime.param;
