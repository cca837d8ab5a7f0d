// Source: chatwoot.yaml
package com.example.conversations.chatwoot.snippets;

import com.example.conversations.chatwoot.ChatwootClient;
import dev.specgen.runtime.retry.RetryPolicy;
import java.time.Duration;
import javax.annotation.processing.Generated;

/** The client set-up examples of the docs (chatwoot/README.md). */
@Generated("dev.specgen.emit.docs.DocsEmitter")
public final class ChatwootClientSetup {
    private ChatwootClientSetup() {}

    /**
     * A client whose base URL and credentials come from the environment variables the README names.
     *
     * @return the client
     */
    public static ChatwootClient fromEnvironment() {
        ChatwootClient client = ChatwootClient.fromEnv();
        return client;
    }

    /**
     * A client for a gateway that adds the credentials itself.
     *
     * @param gatewayUrl the URL of the gateway
     * @return the client
     */
    public static ChatwootClient throughGateway(String gatewayUrl) {
        ChatwootClient client = ChatwootClient.builder()
            .baseUrl(gatewayUrl)
            .build();
        return client;
    }

    /**
     * A client with its own timeouts, retries and an extra header.
     *
     * @return the client
     */
    public static ChatwootClient tuned() {
        ChatwootClient client = ChatwootClient.builder()
            .apiAccessToken(System.getenv("CHATWOOT_API_ACCESS_TOKEN"))
            .connectTimeout(Duration.ofSeconds(5))
            .requestTimeout(Duration.ofSeconds(30))
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
            .header("X-Request-Source", "specgen-docs")
            .build();
        return client;
    }
}
