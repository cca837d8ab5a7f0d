// Source: highlevel.yaml
package dev.specgen.flagship.highlevel;

import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.FailedResponse;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** HighLevel API answered 400 Bad Request. */
@Generated("dev.specgen.emit.client.ClientEmitter")
public class HighLevelBadRequestException extends HighLevelApiException {
    private static final long serialVersionUID = 1L;

    /** Created by the client, for a response of 400 Bad Request. */
    public HighLevelBadRequestException(String message, FailedCall call, FailedResponse response) {
        super(message, call, response);
    }

    /**
     * The body decoded as {@link BadRequestError}; null if the response had none or it did not decode (its
     * text is in {@link #bodyText()}).
     */
    public @Nullable BadRequestError body() {
        return errorBody(BadRequestError.class).orElse(null);
    }
}
