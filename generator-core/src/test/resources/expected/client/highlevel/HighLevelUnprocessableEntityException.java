// Source: highlevel.yaml
package dev.specgen.flagship.highlevel;

import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.FailedResponse;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * HighLevel API answered 422 Unprocessable Entity.
 *
 * <p>The common base of the API's exceptions is {@link HighLevelApiException}.
 */
@Generated("dev.specgen.emit.client.ClientEmitter")
public class HighLevelUnprocessableEntityException extends HighLevelApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; the client does, for a response of 422 Unprocessable Entity.
     *
     * @param message the message, naming the operation, method and URL, free of credentials
     * @param call the operation, method, URL (credentials masked) and attempts of the failed call
     * @param response the error response: status, headers and body
     */
    public HighLevelUnprocessableEntityException(String message, FailedCall call,
            FailedResponse response) {
        super(message, call, response);
    }

    /**
     * Returns the error body.
     *
     * @return the body decoded as {@link UnprocessableEntityError}, or null if the response had none or it did not decode (its text is in {@link #bodyText()})
     */
    public @Nullable UnprocessableEntityError body() {
        return errorBody(UnprocessableEntityError.class).orElse(null);
    }
}
