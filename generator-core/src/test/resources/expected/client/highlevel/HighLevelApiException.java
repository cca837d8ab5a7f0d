// Source: highlevel.yaml
package dev.specgen.flagship.highlevel;

import dev.specgen.runtime.error.ApiException;
import dev.specgen.runtime.error.FailedCall;
import dev.specgen.runtime.error.FailedResponse;
import javax.annotation.processing.Generated;

/**
 * An error response from HighLevel API (a status outside 2xx): the base of the exceptions its client throws for one.
 *
 * <p>Each error status the spec declares raises a subclass with the typed body: {@link HighLevelBadRequestException} (400 Bad Request), {@link HighLevelUnauthorizedException} (401 Unauthorized), {@link HighLevelUnprocessableEntityException} (422 Unprocessable Entity). A status the called operation does not declare raises this class itself.
 *
 * <p>Besides the response ({@link #status()}, {@link #headers()}, {@link #bodyText()}) it gives the id the server gave the request ({@link #requestId()}) and the method and URL of the failed call, credentials masked ({@link #method()}, {@link #url()}).
 */
@Generated("dev.specgen.emit.client.ClientEmitter")
public class HighLevelApiException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Created by the client, for a status the called operation declares no exception of its own for.
     */
    public HighLevelApiException(String message, FailedCall call, FailedResponse response) {
        super(message, call, response);
    }
}
