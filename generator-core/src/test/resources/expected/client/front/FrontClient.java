// Source: front.yaml
package dev.specgen.flagship.front;

import dev.specgen.runtime.ApiClientCore;
import dev.specgen.runtime.ApiRequest;
import dev.specgen.runtime.ApiResponse;
import dev.specgen.runtime.ClientConfig;
import dev.specgen.runtime.RequestOptions;
import dev.specgen.runtime.auth.Auth;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.http.HttpTransport;
import dev.specgen.runtime.pagination.Paginator;
import dev.specgen.runtime.param.QueryStyle;
import dev.specgen.runtime.retry.RetryPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;

/**
 * A client of Front API (version 1.0.0).
 *
 * <p>The part of Front's Core API that lists a contact's conversations.
 * A conversation is a unique thread of messages. It can appear in one or more inboxes
 * (e.g. if you receive an email on one of your addresses where another of your addresses is CC'd).
 * To open a conversation in Front, open the URL <code>https://app.frontapp.com/open/{conversation_id}</code>.
 *
 * <p>Create one with {@code FrontClient.builder()...build()}; it is thread-safe and meant to be shared.
 */
@Generated("dev.specgen.emit.client.ClientEmitter")
public final class FrontClient {
    private final ApiClientCore core;

    private FrontClient(ApiClientCore core) {
        this.core = core;
    }

    /**
     * A builder for a client of Front API.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Like {@link #listContactConversations(ListContactConversationsRequest, RequestOptions)}, with default options.
     *
     * @param request the operation's parameters, built with {@link ListContactConversationsRequest#builder()}
     * @return the decoded response body
     * @throws dev.specgen.runtime.error.SpecgenException when the call fails, as {@link #listContactConversations} describes
     */
    public ConversationPage listContactConversations(ListContactConversationsRequest request) {
        return listContactConversations(request, RequestOptions.defaults());
    }

    /**
     * List contact conversations: <code>GET /contacts/{contact_id}/conversations</code>.
     *
     * <p>List the conversations for a contact in reverse chronological order (newest first). For more advanced filtering, see the <a href="https://dev.frontapp.com/reference/conversations#search-conversations">search endpoint</a>. Required scope: <code>conversations:read</code>
     *
     * <p>Example, with the spec's example values:
     * <pre>{@code
     * ListContactConversationsRequest request = ListContactConversationsRequest.builder()
     *     .contactId("crd_123")
     *     .q(ConversationQuery.builder()
     *         .statuses(List.of(ConversationStatus.ASSIGNED, ConversationStatus.ARCHIVED))
     *         .build())
     *     .limit(25)
     *     .pageToken("7b7d1c0f5a2e4b3c9d8e")
     *     .build();
     * ConversationPage response = client.listContactConversations(request);
     * }</pre>
     *
     * @param request the operation's parameters, built with {@link ListContactConversationsRequest#builder()}
     * @param options timeouts, retries and headers for this call
     * @return the decoded response body
     * @throws dev.specgen.runtime.error.UnauthorizedException on 401 (The token is missing, invalid or expired.)
     * @throws dev.specgen.runtime.error.ForbiddenException on 403 (The token does not have the scope or the permissions this operation needs.)
     * @throws dev.specgen.runtime.error.NotFoundException on 404 (No contact matches the given ID or resource alias.)
     * @throws dev.specgen.runtime.error.TooManyRequestsException on 429 (The rate limit is exceeded; retry after the number of seconds in <code>Retry-After</code>.)
     * @throws dev.specgen.runtime.error.SpecgenException if the call fails in any other way
     */
    public ConversationPage listContactConversations(ListContactConversationsRequest request,
            RequestOptions options) {
        return core.execute("listContactConversations", listContactConversationsRequest(request), options, ConversationPage.class);
    }

    /**
     * Like {@link #listContactConversationsWithResponse(ListContactConversationsRequest, RequestOptions)}, with default options.
     *
     * @param request the operation's parameters, built with {@link ListContactConversationsRequest#builder()}
     * @return the status, the headers and the body
     * @throws dev.specgen.runtime.error.SpecgenException when the call fails, as {@link #listContactConversations} describes
     */
    public ApiResponse<ConversationPage> listContactConversationsWithResponse(
            ListContactConversationsRequest request) {
        return listContactConversationsWithResponse(request, RequestOptions.defaults());
    }

    /**
     * Like {@link #listContactConversations}, but also returns the status and headers (rate limits, for example).
     *
     * @param request the operation's parameters, built with {@link ListContactConversationsRequest#builder()}
     * @param options timeouts, retries and headers for this call
     * @return the status, the headers and the body
     * @throws dev.specgen.runtime.error.SpecgenException when the call fails, as {@link #listContactConversations} describes
     */
    public ApiResponse<ConversationPage> listContactConversationsWithResponse(
            ListContactConversationsRequest request, RequestOptions options) {
        return core.executeWithResponse("listContactConversations", listContactConversationsRequest(request), options, ConversationPage.class);
    }

    /**
     * Like {@link #listContactConversationsAsync(ListContactConversationsRequest, RequestOptions)}, with default options.
     *
     * @param request the operation's parameters, built with {@link ListContactConversationsRequest#builder()}
     * @return the future result of the call
     */
    public CompletableFuture<ConversationPage> listContactConversationsAsync(
            ListContactConversationsRequest request) {
        return listContactConversationsAsync(request, RequestOptions.defaults());
    }

    /**
     * Like {@link #listContactConversations}, but without blocking: the future completes with the body or with the exception the blocking call would throw.
     *
     * @param request the operation's parameters, built with {@link ListContactConversationsRequest#builder()}
     * @param options timeouts, retries and headers for this call
     * @return the future result of the call
     */
    public CompletableFuture<ConversationPage> listContactConversationsAsync(
            ListContactConversationsRequest request, RequestOptions options) {
        return core.executeAsync("listContactConversations", listContactConversationsRequest(request), options, ConversationPage.class);
    }

    /**
     * Like {@link #listContactConversationsAll(ListContactConversationsRequest, RequestOptions)}, with default options.
     *
     * @param request the operation's parameters, built with {@link ListContactConversationsRequest#builder()}
     * @return the items; iterating throws what {@link #listContactConversations} throws when a page cannot be fetched
     */
    public Paginator<ConversationPage, Conversation> listContactConversationsAll(
            ListContactConversationsRequest request) {
        return listContactConversationsAll(request, RequestOptions.defaults());
    }

    /**
     * Every item of <code>listContactConversations</code>, page after page: pages are fetched lazily as the items are consumed, one page at a time.
     *
     * @param request the operation's parameters, built with {@link ListContactConversationsRequest#builder()}
     * @param options timeouts, retries and headers for this call
     * @return the items; iterating throws what {@link #listContactConversations} throws when a page cannot be fetched
     */
    public Paginator<ConversationPage, Conversation> listContactConversationsAll(
            ListContactConversationsRequest request, RequestOptions options) {
        return Paginator.nextUrl(request, r -> listContactConversations(r, options),
                    url -> core.execute("listContactConversations", ApiRequest.getUrl(url)
                    .errorBody(401, ErrorResponse.class)
                    .errorBody(403, ErrorResponse.class)
                    .errorBody(404, ErrorResponse.class)
                    .errorBody(429, ErrorResponse.class)
                    .build(), options, ConversationPage.class),
                    page -> listContactConversationsItems(page), page -> listContactConversationsNextUrl(page));
    }

    private static List<Conversation> listContactConversationsItems(ConversationPage owner) {
        if (owner == null) {
            return null;
        }
        return owner.results();
    }

    private static String listContactConversationsNextUrl(ConversationPage owner) {
        if (owner == null || owner.pagination() == null) {
            return null;
        }
        return owner.pagination().next();
    }

    private static ApiRequest listContactConversationsRequest(
            ListContactConversationsRequest request) {
        return ApiRequest.builder(HttpMethod.GET, "/contacts/{contact_id}/conversations")
                    .pathParam("contact_id", request.contactId())
                    .query("q", request.q(), QueryStyle.DEEP_OBJECT)
                    .query("limit", request.limit(), QueryStyle.FORM)
                    .query("page_token", request.pageToken(), QueryStyle.FORM)
                    .errorBody(401, ErrorResponse.class)
                    .errorBody(403, ErrorResponse.class)
                    .errorBody(404, ErrorResponse.class)
                    .errorBody(429, ErrorResponse.class)
                    .build();
    }

    /**
     * Configures a {@link FrontClient}. Only the base URL has to be right; everything else has a default.
     */
    public static final class Builder {
        /**
         * The spec's first server: Front Core API
         */
        public static final String DEFAULT_BASE_URL = "https://api2.frontapp.com";

        private final ClientConfig.Builder config = ClientConfig.builder().clientName("FrontClient");

        private final Map<String, Auth> credentials = new LinkedHashMap<>();

        private Builder() {
            config.baseUrl(DEFAULT_BASE_URL);
        }

        /**
         * The URL requests go to, e.g. a self-hosted installation or a gateway that adds credentials.
         *
         * @param url an absolute {@code http} or {@code https} URL
         * @return this builder
         */
        public Builder baseUrl(String url) {
            config.baseUrl(url);
            return this;
        }

        /**
         * The bearer token sent as <code>Authorization: Bearer ...</code>.
         *
         * @param credential the credential
         * @return this builder
         */
        public Builder bearerToken(String credential) {
            credentials.put("bearer", Auth.bearer(credential));
            return this;
        }

        /**
         * The bearer token sent as <code>Authorization: Bearer ...</code>. Called for every request, so rotating credentials work.
         *
         * @param credential gives the credential
         * @return this builder
         */
        public Builder bearerToken(Supplier<String> credential) {
            credentials.put("bearer", Auth.bearer(credential));
            return this;
        }

        /**
         * How long to wait for a connection.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            config.connectTimeout(timeout);
            return this;
        }

        /**
         * The deadline of each attempt (default 60 s): connecting, sending, the response headers and the
         * whole body must fit in it; a call can override it.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            config.requestTimeout(timeout);
            return this;
        }

        /**
         * A deadline for a whole call, every attempt and every wait between attempts (default: none);
         * a call can override it.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            config.callTimeout(timeout);
            return this;
        }

        /**
         * The largest success body a call reads into memory (default 32 MiB); a larger one fails the call
         * with {@code ResponseTooLargeException}.
         *
         * @param bytes a positive number of bytes
         * @return this builder
         */
        public Builder maxResponseBytes(int bytes) {
            config.maxResponseBytes(bytes);
            return this;
        }

        /**
         * How much of an error body is read and kept by the exception (default 64 KiB).
         *
         * @param bytes a positive number of bytes
         * @return this builder
         */
        public Builder maxErrorBodyBytes(int bytes) {
            config.maxErrorBodyBytes(bytes);
            return this;
        }

        /**
         * When and how often to retry; {@code RetryPolicy.none()} switches retries off.
         *
         * @param policy the policy of every call that does not set its own
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            config.retryPolicy(policy);
            return this;
        }

        /**
         * A header sent with every request.
         *
         * @param name the header's name
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            config.header(name, value);
            return this;
        }

        /**
         * The HTTP transport; by default the JDK's {@code java.net.http.HttpClient}.
         *
         * @param transport sends the requests; tests and special networks plug in here
         * @return this builder
         */
        public Builder transport(HttpTransport transport) {
            config.transport(transport);
            return this;
        }

        /**
         * The client. With no credentials set, requests go out without any, for a gateway that adds them.
         *
         * @return a new client with this builder's settings
         */
        public FrontClient build() {
            config.auth(credentials.isEmpty() ? Auth.none() : Auth.all(credentials.values().toArray(Auth[]::new)));
            return new FrontClient(new ApiClientCore(config.build()));
        }
    }
}
