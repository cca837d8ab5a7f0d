// Source: front.yaml
package com.example.conversations.front.snippets;

import com.example.conversations.front.FrontClient;
import dev.specgen.runtime.retry.RetryPolicy;
import java.time.Duration;
import javax.annotation.processing.Generated;

/** The client set-up examples of the docs (front/README.md). */
@Generated("dev.specgen.emit.docs.DocsEmitter")
public final class FrontClientSetup {
    private FrontClientSetup() {}

    /**
     * A client whose base URL and credentials come from the environment variables the README names.
     *
     * @return the client
     */
    public static FrontClient fromEnvironment() {
        FrontClient client = FrontClient.fromEnv();
        return client;
    }

    /**
     * A client for a gateway that adds the credentials itself.
     *
     * @param gatewayUrl the URL of the gateway
     * @return the client
     */
    public static FrontClient throughGateway(String gatewayUrl) {
        FrontClient client = FrontClient.builder()
            .baseUrl(gatewayUrl)
            .build();
        return client;
    }

    /**
     * A client with its own timeouts, retries and an extra header.
     *
     * @return the client
     */
    public static FrontClient tuned() {
        FrontClient client = FrontClient.builder()
            .bearerToken(System.getenv("FRONT_API_TOKEN"))
            .connectTimeout(Duration.ofSeconds(5))
            .requestTimeout(Duration.ofSeconds(30))
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
            .header("X-Request-Source", "specgen-docs")
            .build();
        return client;
    }
}
