// Source: highlevel.yaml
package dev.specgen.flagship.highlevel;

import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.FailedResponse;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** HighLevel API answered 422 Unprocessable Entity. */
@Generated("dev.specgen.emit.client.ClientEmitter")
public class HighLevelUnprocessableEntityException extends HighLevelApiException {
    private static final long serialVersionUID = 1L;

    /** Created by the client, for a response of 422 Unprocessable Entity. */
    public HighLevelUnprocessableEntityException(String message, FailedCall call,
            FailedResponse response) {
        super(message, call, response);
    }

    /**
     * The body decoded as {@link UnprocessableEntityError}; null if the response had none or it did not decode (its
     * text is in {@link #bodyText()}).
     */
    public @Nullable UnprocessableEntityError body() {
        return errorBody(UnprocessableEntityError.class).orElse(null);
    }
}
