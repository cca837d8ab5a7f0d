// Source: front.yaml
package dev.specgen.flagship.front;

import dev.specgen.runtime.ApiClientCore;
import dev.specgen.runtime.ApiRequest;
import dev.specgen.runtime.ApiResponse;
import dev.specgen.runtime.ClientConfig;
import dev.specgen.runtime.ClientEnvironment;
import dev.specgen.runtime.ClientSettings;
import dev.specgen.runtime.RequestOptions;
import dev.specgen.runtime.auth.Auth;
import dev.specgen.runtime.error.ApiExceptionFactory;
import dev.specgen.runtime.http.HttpMethod;
import dev.specgen.runtime.pagination.AsyncPaginator;
import dev.specgen.runtime.pagination.Paginator;
import dev.specgen.runtime.param.QueryStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
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
 *
 * <p>Each operation's main method, {@code op(request, options)}, documents it; the shorter
 * forms use default options or build the request from the path values. An error status raises
 * the exception the method names; a call that fails without a response (connection, timeout,
 * undecodable body) throws {@link dev.specgen.runtime.error.SpecgenException}.
 *
 * <p>{@code FrontClient.fromEnv()} reads {@code FRONT_BASE_URL} (optional) and {@code FRONT_API_TOKEN}. Close a client that is no longer needed: {@link #close()} ends its threads.
 */
@Generated("dev.specgen.emit.client.ClientEmitter")
public final class FrontClient implements AutoCloseable {
    private static final ApiExceptionFactory FRONT_UNAUTHORIZED_EXCEPTION = FrontUnauthorizedException::new;
    private static final ApiExceptionFactory FRONT_FORBIDDEN_EXCEPTION = FrontForbiddenException::new;
    private static final ApiExceptionFactory FRONT_NOT_FOUND_EXCEPTION = FrontNotFoundException::new;
    private static final ApiExceptionFactory FRONT_TOO_MANY_REQUESTS_EXCEPTION = FrontTooManyRequestsException::new;
    private static final ApiExceptionFactory FRONT_API_EXCEPTION = FrontApiException::new;
    private final ApiClientCore core;
    private final WithRawResponse withRawResponse = new WithRawResponse();
    private final Async async = new Async();

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
     * The client's operations returning the status and headers along with the body, e.g.
     * {@code client.withRawResponse().op(request).headers()}.
     *
     * @return the view, shared by every call
     */
    public WithRawResponse withRawResponse() {
        return withRawResponse;
    }

    /**
     * The client's operations without blocking: each returns a {@code CompletableFuture} that fails
     * with the exception the blocking call throws; {@code cancel(true)} aborts the call.
     *
     * @return the view, shared by every call
     */
    public Async async() {
        return async;
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
     * @throws FrontUnauthorizedException on 401 (The token is missing, invalid or expired.)
     * @throws FrontForbiddenException on 403 (The token does not have the scope or the permissions this operation needs.)
     * @throws FrontNotFoundException on 404 (No contact matches the given ID or resource alias.)
     * @throws FrontTooManyRequestsException on 429 (The rate limit is exceeded; retry after the number of seconds in <code>Retry-After</code>.)
     * @throws FrontApiException on any other error status
     */
    public ConversationPage listContactConversations(ListContactConversationsRequest request,
            RequestOptions options) {
        return core.execute("listContactConversations", listContactConversationsRequest(request), options, ConversationPage.class);
    }

    public ConversationPage listContactConversations(ListContactConversationsRequest request) {
        return listContactConversations(request, RequestOptions.defaults());
    }

    public ConversationPage listContactConversations(String contactId) {
        return listContactConversations(ListContactConversationsRequest.builder().contactId(contactId).build());
    }

    public ConversationPage listContactConversations(String contactId,
            UnaryOperator<ListContactConversationsRequest.Builder> params) {
        return listContactConversations(params.apply(ListContactConversationsRequest.builder().contactId(contactId)).build());
    }

    /**
     * Every item of {@code listContactConversations}, page after page: pages are fetched lazily as the items are
     * consumed, one page at a time; {@code pages()} gives the pages.
     */
    public Paginator<ConversationPage, Conversation> listContactConversationsAll(
            ListContactConversationsRequest request, RequestOptions options) {
        return Paginator.nextUrl(request, r -> listContactConversations(r, options),
                    url -> core.execute("listContactConversations", ApiRequest.getUrl(url)
                        .error(401, ErrorResponse.class, FRONT_UNAUTHORIZED_EXCEPTION)
                        .error(403, ErrorResponse.class, FRONT_FORBIDDEN_EXCEPTION)
                        .error(404, ErrorResponse.class, FRONT_NOT_FOUND_EXCEPTION)
                        .error(429, ErrorResponse.class, FRONT_TOO_MANY_REQUESTS_EXCEPTION)
                        .otherErrors(FRONT_API_EXCEPTION).build(), options, ConversationPage.class),
                    page -> listContactConversationsItems(page), page -> listContactConversationsNextUrl(page));
    }

    public Paginator<ConversationPage, Conversation> listContactConversationsAll(
            ListContactConversationsRequest request) {
        return listContactConversationsAll(request, RequestOptions.defaults());
    }

    public Paginator<ConversationPage, Conversation> listContactConversationsAll(String contactId) {
        return listContactConversationsAll(ListContactConversationsRequest.builder().contactId(contactId).build());
    }

    public Paginator<ConversationPage, Conversation> listContactConversationsAll(String contactId,
            UnaryOperator<ListContactConversationsRequest.Builder> params) {
        return listContactConversationsAll(params.apply(ListContactConversationsRequest.builder().contactId(contactId)).build());
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
                .error(401, ErrorResponse.class, FRONT_UNAUTHORIZED_EXCEPTION)
                .error(403, ErrorResponse.class, FRONT_FORBIDDEN_EXCEPTION)
                .error(404, ErrorResponse.class, FRONT_NOT_FOUND_EXCEPTION)
                .error(429, ErrorResponse.class, FRONT_TOO_MANY_REQUESTS_EXCEPTION)
                .otherErrors(FRONT_API_EXCEPTION).build();
    }

    /**
     * A client set up from environment variables: {@code FRONT_BASE_URL} (optional; the spec's first server otherwise) and {@code FRONT_API_TOKEN}.
     *
     * @return the client, to be closed when no longer needed
     * @throws IllegalStateException if a variable needed is not set, or one is set but blank; the message names it
     */
    public static FrontClient fromEnv() {
        return fromEnv(System::getenv);
    }

    /**
     * Like {@link #fromEnv()}, with the variables read from {@code environment} instead of the process
     * environment, for tests and other sources of configuration: {@code FRONT_BASE_URL} (optional; the spec's first server otherwise) and {@code FRONT_API_TOKEN}.
     *
     * @param environment yields a variable's value, or null when it is not set
     * @return the client, to be closed when no longer needed
     * @throws IllegalStateException if a variable needed is not set, or one is set but blank; the message names it
     */
    public static FrontClient fromEnv(Function<String, String> environment) {
        ClientEnvironment variables = ClientEnvironment.of(environment, "FrontClient");
        Builder builder = new Builder();
        variables.optional("FRONT_BASE_URL").ifPresent(url -> builder.baseUrl(url));
        builder.bearerToken(variables.required("FRONT_API_TOKEN", "the bearer token"));
        return builder.build();
    }

    /**
     * A client with other settings, derived from this one: the builder starts from this client's settings
     * (credentials, timeouts, retries, headers, observer) and the new client shares this one's HTTP
     * transport, so deriving is cheap. Credentials set in {@code change} replace all of this client's.
     * Closing the derived client leaves the shared transport open; closing this client ends the
     * derived client's calls too.
     *
     * @param change sets what differs, e.g. {@code options -> options.requestTimeout(Duration.ofSeconds(5))}
     * @return the derived client
     * @throws IllegalStateException if this client is closed
     */
    public FrontClient withOptions(Consumer<Builder> change) {
        if (core.isClosed()) {
            throw new IllegalStateException("FrontClient is closed; withOptions needs an open client");
        }
        Builder builder = new Builder(core.config());
        change.accept(builder);
        return builder.build();
    }

    /**
     * Closes this client: the threads of the HTTP client it created end, and calls made afterwards fail
     * with {@code IllegalStateException}. A client from {@link #withOptions} leaves the transport it shares
     * open, and a transport set on the builder is left to its owner. Closing twice does nothing more.
     */
    @Override
    public void close() {
        core.close();
    }

    /**
     * The operations of {@link FrontClient}, returning status and headers with the body. Get it with
     * {@link FrontClient#withRawResponse()}.
     *
     * <p>Each method is documented on the client's method of the same name and returns an
     * {@code ApiResponse}: the status, the headers (rate limits, request ids) and the decoded body
     * (for a streamed body, read as it arrives; the caller closes it). It fails as the client's
     * method does.
     */
    public final class WithRawResponse {
        private WithRawResponse() {}

        public ApiResponse<ConversationPage> listContactConversations(
                ListContactConversationsRequest request, RequestOptions options) {
            return core.executeWithResponse("listContactConversations", listContactConversationsRequest(request), options, ConversationPage.class);
        }

        public ApiResponse<ConversationPage> listContactConversations(
                ListContactConversationsRequest request) {
            return listContactConversations(request, RequestOptions.defaults());
        }

        public ApiResponse<ConversationPage> listContactConversations(String contactId) {
            return listContactConversations(ListContactConversationsRequest.builder().contactId(contactId).build());
        }

        public ApiResponse<ConversationPage> listContactConversations(String contactId,
                UnaryOperator<ListContactConversationsRequest.Builder> params) {
            return listContactConversations(params.apply(ListContactConversationsRequest.builder().contactId(contactId)).build());
        }
    }

    /**
     * The operations of {@link FrontClient}, without blocking. Get it with {@link FrontClient#async()}.
     *
     * <p>Each method is documented on the client's method of the same name and returns a future of
     * its body. The future completes exceptionally with the very exception the blocking call throws
     * (not wrapped in a {@code CompletionException}); {@code cancel(true)} aborts the HTTP exchange and
     * any pending retry. A paginator's {@code forEach} fetches each page once the previous one has
     * been handled.
     */
    public final class Async {
        private Async() {}

        public CompletableFuture<ConversationPage> listContactConversations(
                ListContactConversationsRequest request, RequestOptions options) {
            return core.executeAsync("listContactConversations", listContactConversationsRequest(request), options, ConversationPage.class);
        }

        public CompletableFuture<ConversationPage> listContactConversations(
                ListContactConversationsRequest request) {
            return listContactConversations(request, RequestOptions.defaults());
        }

        public CompletableFuture<ConversationPage> listContactConversations(String contactId) {
            return listContactConversations(ListContactConversationsRequest.builder().contactId(contactId).build());
        }

        public CompletableFuture<ConversationPage> listContactConversations(String contactId,
                UnaryOperator<ListContactConversationsRequest.Builder> params) {
            return listContactConversations(params.apply(ListContactConversationsRequest.builder().contactId(contactId)).build());
        }

        public AsyncPaginator<ConversationPage, Conversation> listContactConversationsAll(
                ListContactConversationsRequest request, RequestOptions options) {
            return AsyncPaginator.nextUrl(request, r -> listContactConversations(r, options),
                        url -> core.executeAsync("listContactConversations", ApiRequest.getUrl(url)
                            .error(401, ErrorResponse.class, FRONT_UNAUTHORIZED_EXCEPTION)
                            .error(403, ErrorResponse.class, FRONT_FORBIDDEN_EXCEPTION)
                            .error(404, ErrorResponse.class, FRONT_NOT_FOUND_EXCEPTION)
                            .error(429, ErrorResponse.class, FRONT_TOO_MANY_REQUESTS_EXCEPTION)
                            .otherErrors(FRONT_API_EXCEPTION)
                            .build(), options, ConversationPage.class),
                        page -> listContactConversationsItems(page), page -> listContactConversationsNextUrl(page));
        }

        public AsyncPaginator<ConversationPage, Conversation> listContactConversationsAll(
                ListContactConversationsRequest request) {
            return listContactConversationsAll(request, RequestOptions.defaults());
        }

        public AsyncPaginator<ConversationPage, Conversation> listContactConversationsAll(
                String contactId) {
            return listContactConversationsAll(ListContactConversationsRequest.builder().contactId(contactId).build());
        }

        public AsyncPaginator<ConversationPage, Conversation> listContactConversationsAll(
                String contactId, UnaryOperator<ListContactConversationsRequest.Builder> params) {
            return listContactConversationsAll(params.apply(ListContactConversationsRequest.builder().contactId(contactId)).build());
        }
    }

    /**
     * Configures a {@link FrontClient}. Only the base URL has to be right; everything else has a default.
     */
    public static final class Builder extends ClientSettings<Builder> {
        /** The spec's first server: Front Core API */
        public static final String DEFAULT_BASE_URL = "https://api2.frontapp.com";
        private final Map<String, Auth> credentials = new LinkedHashMap<>();

        /** True when this builder starts from a client's settings, credentials included. */
        private final boolean derived;

        private Builder() {
            super(ClientConfig.builder().clientName("FrontClient"));
            derived = false;
            config.baseUrl(DEFAULT_BASE_URL);
        }

        private Builder(ClientConfig base) {
            super(base.toBuilder());
            derived = true;
        }

        /**
         * The bearer token sent as {@code Authorization: Bearer ...}.
         *
         * @param credential the credential; {@code fromEnv()} reads it from {@code FRONT_API_TOKEN}
         * @return this builder
         * @throws IllegalArgumentException if the credential is null or blank
         */
        public Builder bearerToken(String credential) {
            credentials.put("bearer", Auth.bearer(ClientEnvironment.checkedCredential(credential, "FrontClient.Builder.bearerToken", "FRONT_API_TOKEN")));
            return this;
        }

        /**
         * The bearer token sent as {@code Authorization: Bearer ...}. Called for every request, so rotating credentials work.
         *
         * @param credential yields the current credential
         * @return this builder
         */
        public Builder bearerToken(Supplier<String> credential) {
            credentials.put("bearer", Auth.bearer(credential));
            return this;
        }

        /**
         * The client. With no credentials set, requests go out without any, for a gateway that adds them;
         * a builder from {@code withOptions} keeps the client's credentials unless new ones are set.
         *
         * @return the client, to be closed when no longer needed
         */
        public FrontClient build() {
            if (!derived || !credentials.isEmpty()) {
                config.auth(credentials.isEmpty() ? Auth.none() : Auth.all(credentials.values().toArray(Auth[]::new)));
            }
            return new FrontClient(new ApiClientCore(config.build()));
        }
    }
}
