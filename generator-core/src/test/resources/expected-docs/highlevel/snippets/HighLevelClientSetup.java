// Source: highlevel.yaml
package com.example.conversations.highlevel.snippets;

import com.example.conversations.highlevel.HighLevelClient;
import dev.specgen.runtime.retry.RetryPolicy;
import java.time.Duration;
import javax.annotation.processing.Generated;

/** The client set-up examples of the docs (highlevel/README.md). */
@Generated("dev.specgen.emit.docs.DocsEmitter")
public final class HighLevelClientSetup {
    private HighLevelClientSetup() {}

    /**
     * A client whose base URL and credentials come from the environment variables the README names.
     *
     * @return the client
     */
    public static HighLevelClient fromEnvironment() {
        HighLevelClient client = HighLevelClient.fromEnv();
        return client;
    }

    /**
     * A client for a gateway that adds the credentials itself.
     *
     * @param gatewayUrl the URL of the gateway
     * @return the client
     */
    public static HighLevelClient throughGateway(String gatewayUrl) {
        HighLevelClient client = HighLevelClient.builder()
            .baseUrl(gatewayUrl)
            .build();
        return client;
    }

    /**
     * A client with its own timeouts, retries and an extra header.
     *
     * @return the client
     */
    public static HighLevelClient tuned() {
        HighLevelClient client = HighLevelClient.builder()
            .bearerToken(System.getenv("HIGHLEVEL_API_TOKEN"))
            .connectTimeout(Duration.ofSeconds(5))
            .requestTimeout(Duration.ofSeconds(30))
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
            .header("X-Request-Source", "specgen-docs")
            .build();
        return client;
    }
}
