// Source: front.yaml
package dev.specgen.flagship.front;

import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.FailedResponse;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Front API answered 401 Unauthorized.
 *
 * <p>The common base of the API's exceptions is {@link FrontApiException}.
 */
@Generated("dev.specgen.emit.client.ClientEmitter")
public class FrontUnauthorizedException extends FrontApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; the client does, for a response of 401 Unauthorized.
     *
     * @param message the message, naming the operation, method and URL, free of credentials
     * @param call the operation, method, URL (credentials masked) and attempts of the failed call
     * @param response the error response: status, headers and body
     */
    public FrontUnauthorizedException(String message, FailedCall call, FailedResponse response) {
        super(message, call, response);
    }

    /**
     * Returns the error body.
     *
     * @return the body decoded as {@link ErrorResponse}, or null if the response had none or it did not decode (its text is in {@link #bodyText()})
     */
    public @Nullable ErrorResponse body() {
        return errorBody(ErrorResponse.class).orElse(null);
    }
}
