// Source: inquirly.yaml
package com.example.conversations.inquirly.snippets;

import com.example.conversations.inquirly.InquirlyClient;
import dev.specgen.runtime.retry.RetryPolicy;
import java.time.Duration;
import javax.annotation.processing.Generated;

/** The client set-up examples of the docs (inquirly/README.md). */
@Generated("dev.specgen.emit.docs.DocsEmitter")
public final class InquirlyClientSetup {
    private InquirlyClientSetup() {}

    /**
     * A client whose base URL and credentials come from the environment variables the README names.
     *
     * @return the client
     */
    public static InquirlyClient fromEnvironment() {
        InquirlyClient client = InquirlyClient.fromEnv();
        return client;
    }

    /**
     * A client for a gateway that adds the credentials itself.
     *
     * @param gatewayUrl the URL of the gateway
     * @return the client
     */
    public static InquirlyClient throughGateway(String gatewayUrl) {
        InquirlyClient client = InquirlyClient.builder()
            .baseUrl(gatewayUrl)
            .build();
        return client;
    }

    /**
     * A client with its own timeouts, retries and an extra header.
     *
     * @return the client
     */
    public static InquirlyClient tuned() {
        InquirlyClient client = InquirlyClient.builder()
            .apiAccessToken(System.getenv("INQUIRLY_API_ACCESS_TOKEN"))
            .connectTimeout(Duration.ofSeconds(5))
            .requestTimeout(Duration.ofSeconds(30))
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
            .header("X-Request-Source", "specgen-docs")
            .build();
        return client;
    }
}
