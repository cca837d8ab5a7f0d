// Source: highlevel.yaml
package dev.specgen.flagship.highlevel;

import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.FailedResponse;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** HighLevel API answered 401 Unauthorized. */
@Generated("dev.specgen.emit.client.ClientEmitter")
public class HighLevelUnauthorizedException extends HighLevelApiException {
    private static final long serialVersionUID = 1L;

    /** Created by the client, for a response of 401 Unauthorized. */
    public HighLevelUnauthorizedException(String message, FailedCall call,
            FailedResponse response) {
        super(message, call, response);
    }

    /**
     * The body decoded as {@link UnauthorizedError}; null if the response had none or it did not decode (its
     * text is in {@link #bodyText()}).
     */
    public @Nullable UnauthorizedError body() {
        return errorBody(UnauthorizedError.class).orElse(null);
    }
}
