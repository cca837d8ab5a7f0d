// Source: front.yaml
package dev.specgen.flagship.front;

import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.FailedResponse;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** Front API answered 401 Unauthorized. */
@Generated("dev.specgen.emit.client.ClientEmitter")
public class FrontUnauthorizedException extends FrontApiException {
    private static final long serialVersionUID = 1L;

    /** Created by the client, for a response of 401 Unauthorized. */
    public FrontUnauthorizedException(String message, FailedCall call, FailedResponse response) {
        super(message, call, response);
    }

    /**
     * The body decoded as {@link ErrorResponse}; null if the response had none or it did not decode (its
     * text is in {@link #bodyText()}).
     */
    public @Nullable ErrorResponse body() {
        return errorBody(ErrorResponse.class).orElse(null);
    }
}
