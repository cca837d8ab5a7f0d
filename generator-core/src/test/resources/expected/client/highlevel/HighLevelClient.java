// Source: highlevel.yaml
package dev.specgen.flagship.highlevel;

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
import javax.annotation.processing.Generated;

/**
 * A client of HighLevel API (version 1.0).
 *
 * <p>The conversation search of the HighLevel (LeadConnector) API v2.
 *
 * <p>Create one with {@code HighLevelClient.builder()...build()}; it is thread-safe and meant to be shared.
 *
 * <p>Each operation's main method, {@code op(request, options)}, documents it; the shorter
 * forms use default options or build the request from the path values. An error status raises
 * the exception the method names; a call that fails without a response (connection, timeout,
 * undecodable body) throws {@link dev.specgen.runtime.error.SpecgenException}.
 *
 * <p>{@code HighLevelClient.fromEnv()} reads {@code HIGHLEVEL_BASE_URL} (optional) and {@code HIGHLEVEL_API_TOKEN}. Close a client that is no longer needed: {@link #close()} ends its threads.
 */
@Generated("dev.specgen.emit.client.ClientEmitter")
public final class HighLevelClient implements AutoCloseable {
    private static final ApiExceptionFactory HIGH_LEVEL_BAD_REQUEST_EXCEPTION = HighLevelBadRequestException::new;
    private static final ApiExceptionFactory HIGH_LEVEL_UNAUTHORIZED_EXCEPTION = HighLevelUnauthorizedException::new;
    private static final ApiExceptionFactory HIGH_LEVEL_UNPROCESSABLE_ENTITY_EXCEPTION = HighLevelUnprocessableEntityException::new;
    private static final ApiExceptionFactory HIGH_LEVEL_API_EXCEPTION = HighLevelApiException::new;
    private final ApiClientCore core;
    private final WithRawResponse withRawResponse = new WithRawResponse();
    private final Async async = new Async();

    private HighLevelClient(ApiClientCore core) {
        this.core = core;
    }

    /**
     * A builder for a client of HighLevel API.
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
     * Search Conversations: <code>GET /conversations/search</code>.
     *
     * <p>Returns a list of all conversations matching the search criteria along with the sort and filter options selected.
     *
     * <p>Required scopes: <code>conversations.readonly</code>.
     *
     * <p>Example, with the spec's example values:
     * <pre>{@code
     * SearchConversationsRequest request = SearchConversationsRequest.builder()
     *     .locationId("ABCHkzuJQ8ZMd4Te84GK")
     *     .contactId("9VEmS0si86GW6gXWU89b")
     *     .assignedTo(List.of("ABCHkzuJQ8ZMd4Te84GK", "fGiae4CHkzoskh8thsik"))
     *     .followers(List.of("ABCHkzuJQ8ZMd4Te84GK", "fGiae4CHkzoskh8thsik"))
     *     .mentions(List.of("ABCHkzuJQ8ZMd4Te84GK", "fGiae4CHkzoskh8thsik"))
     *     .id("ABCHkzuJQ8ZMd4Te84GK")
     *     .lastMessageAction(SearchConversationsLastMessageAction.MANUAL)
     *     .lastMessageDirection(SearchConversationsLastMessageDirection.INBOUND)
     *     .lastMessageType(LastMessageType.TYPE_SMS)
     *     .limit(20)
     *     .query("Search string")
     *     .scoreProfile("ABCHkzuJQ8ZMd4Te84GK")
     *     .scoreProfileMin(new BigDecimal("20"))
     *     .scoreProfileMax(new BigDecimal("80"))
     *     .sort(SearchConversationsSort.ASC)
     *     .sortBy(SearchConversationsSortBy.LAST_MESSAGE_DATE)
     *     .sortScoreProfile("ABCHkzuJQ8ZMd4Te84GK")
     *     .startAfterDate(1628008053263L)
     *     .status(SearchConversationsStatus.ALL)
     *     .build();
     * SearchConversationsResponse response = client.searchConversations(request);
     * }</pre>
     *
     * @throws HighLevelBadRequestException on 400 (Bad Request)
     * @throws HighLevelUnauthorizedException on 401 (Unauthorized)
     * @throws HighLevelUnprocessableEntityException on 422 (Unprocessable Entity)
     * @throws HighLevelApiException on any other error status
     */
    public SearchConversationsResponse searchConversations(SearchConversationsRequest request,
            RequestOptions options) {
        return core.execute("searchConversations", searchConversationsRequest(request), options, SearchConversationsResponse.class);
    }

    public SearchConversationsResponse searchConversations(SearchConversationsRequest request) {
        return searchConversations(request, RequestOptions.defaults());
    }

    /**
     * Every item of {@code searchConversations}, page after page: pages are fetched lazily as the items are
     * consumed, one page at a time; {@code pages()} gives the pages.
     */
    public Paginator<SearchConversationsResponse, Conversation> searchConversationsAll(
            SearchConversationsRequest request, RequestOptions options) {
        return Paginator.keyset(request, r -> searchConversations(r, options), page -> searchConversationsItems(page), item -> searchConversationsKey(item),
                    (r, key) -> r.toBuilder().startAfterDate(key).build());
    }

    public Paginator<SearchConversationsResponse, Conversation> searchConversationsAll(
            SearchConversationsRequest request) {
        return searchConversationsAll(request, RequestOptions.defaults());
    }

    private static List<Conversation> searchConversationsItems(SearchConversationsResponse owner) {
        if (owner == null) {
            return null;
        }
        return owner.conversations();
    }

    private static Long searchConversationsKey(Conversation owner) {
        if (owner == null) {
            return null;
        }
        return owner.lastMessageDate();
    }

    private static ApiRequest searchConversationsRequest(SearchConversationsRequest request) {
        return ApiRequest.builder(HttpMethod.GET, "/conversations/search")
                .header("Version", "2021-04-15")
                .query("locationId", request.locationId(), QueryStyle.FORM)
                .query("contactId", request.contactId(), QueryStyle.FORM)
                .query("assignedTo", request.assignedTo(), QueryStyle.FORM_UNEXPLODED)
                .query("followers", request.followers(), QueryStyle.FORM_UNEXPLODED)
                .query("mentions", request.mentions(), QueryStyle.FORM_UNEXPLODED)
                .query("id", request.id(), QueryStyle.FORM)
                .query("lastMessageAction", request.lastMessageAction(), QueryStyle.FORM)
                .query("lastMessageDirection", request.lastMessageDirection(), QueryStyle.FORM)
                .query("lastMessageType", request.lastMessageType(), QueryStyle.FORM)
                .query("limit", request.limit(), QueryStyle.FORM)
                .query("query", request.query(), QueryStyle.FORM)
                .query("scoreProfile", request.scoreProfile(), QueryStyle.FORM)
                .query("scoreProfileMin", request.scoreProfileMin(), QueryStyle.FORM)
                .query("scoreProfileMax", request.scoreProfileMax(), QueryStyle.FORM)
                .query("sort", request.sort(), QueryStyle.FORM)
                .query("sortBy", request.sortBy(), QueryStyle.FORM)
                .query("sortScoreProfile", request.sortScoreProfile(), QueryStyle.FORM)
                .query("startAfterDate", request.startAfterDate(), QueryStyle.FORM)
                .query("status", request.status(), QueryStyle.FORM)
                .error(400, BadRequestError.class, HIGH_LEVEL_BAD_REQUEST_EXCEPTION)
                .error(401, UnauthorizedError.class, HIGH_LEVEL_UNAUTHORIZED_EXCEPTION)
                .error(422, UnprocessableEntityError.class, HIGH_LEVEL_UNPROCESSABLE_ENTITY_EXCEPTION)
                .otherErrors(HIGH_LEVEL_API_EXCEPTION).build();
    }

    /**
     * A client set up from environment variables: {@code HIGHLEVEL_BASE_URL} (optional; the spec's first server otherwise) and {@code HIGHLEVEL_API_TOKEN}.
     *
     * @return the client, to be closed when no longer needed
     * @throws IllegalStateException if a variable needed is not set, or one is set but blank; the message names it
     */
    public static HighLevelClient fromEnv() {
        return fromEnv(System::getenv);
    }

    /**
     * Like {@link #fromEnv()}, with the variables read from {@code environment} instead of the process
     * environment, for tests and other sources of configuration: {@code HIGHLEVEL_BASE_URL} (optional; the spec's first server otherwise) and {@code HIGHLEVEL_API_TOKEN}.
     *
     * @param environment yields a variable's value, or null when it is not set
     * @return the client, to be closed when no longer needed
     * @throws IllegalStateException if a variable needed is not set, or one is set but blank; the message names it
     */
    public static HighLevelClient fromEnv(Function<String, String> environment) {
        ClientEnvironment variables = ClientEnvironment.of(environment, "HighLevelClient");
        Builder builder = new Builder();
        variables.optional("HIGHLEVEL_BASE_URL").ifPresent(url -> builder.baseUrl(url));
        builder.bearerToken(variables.required("HIGHLEVEL_API_TOKEN", "the bearer token"));
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
    public HighLevelClient withOptions(Consumer<Builder> change) {
        if (core.isClosed()) {
            throw new IllegalStateException("HighLevelClient is closed; withOptions needs an open client");
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
     * The operations of {@link HighLevelClient}, returning status and headers with the body. Get it with
     * {@link HighLevelClient#withRawResponse()}.
     *
     * <p>Each method is documented on the client's method of the same name and returns an
     * {@code ApiResponse}: the status, the headers (rate limits, request ids) and the decoded body
     * (for a streamed body, read as it arrives; the caller closes it). It fails as the client's
     * method does.
     */
    public final class WithRawResponse {
        private WithRawResponse() {}

        public ApiResponse<SearchConversationsResponse> searchConversations(
                SearchConversationsRequest request, RequestOptions options) {
            return core.executeWithResponse("searchConversations", searchConversationsRequest(request), options, SearchConversationsResponse.class);
        }

        public ApiResponse<SearchConversationsResponse> searchConversations(
                SearchConversationsRequest request) {
            return searchConversations(request, RequestOptions.defaults());
        }
    }

    /**
     * The operations of {@link HighLevelClient}, without blocking. Get it with {@link HighLevelClient#async()}.
     *
     * <p>Each method is documented on the client's method of the same name and returns a future of
     * its body. The future completes exceptionally with the very exception the blocking call throws
     * (not wrapped in a {@code CompletionException}); {@code cancel(true)} aborts the HTTP exchange and
     * any pending retry. A paginator's {@code forEach} fetches each page once the previous one has
     * been handled.
     */
    public final class Async {
        private Async() {}

        public CompletableFuture<SearchConversationsResponse> searchConversations(
                SearchConversationsRequest request, RequestOptions options) {
            return core.executeAsync("searchConversations", searchConversationsRequest(request), options, SearchConversationsResponse.class);
        }

        public CompletableFuture<SearchConversationsResponse> searchConversations(
                SearchConversationsRequest request) {
            return searchConversations(request, RequestOptions.defaults());
        }

        public AsyncPaginator<SearchConversationsResponse, Conversation> searchConversationsAll(
                SearchConversationsRequest request, RequestOptions options) {
            return AsyncPaginator.keyset(request, r -> searchConversations(r, options), page -> searchConversationsItems(page), item -> searchConversationsKey(item),
                        (r, key) -> r.toBuilder().startAfterDate(key).build());
        }

        public AsyncPaginator<SearchConversationsResponse, Conversation> searchConversationsAll(
                SearchConversationsRequest request) {
            return searchConversationsAll(request, RequestOptions.defaults());
        }
    }

    /**
     * Configures a {@link HighLevelClient}. Only the base URL has to be right; everything else has a default.
     */
    public static final class Builder extends ClientSettings<Builder> {
        /** The spec's first server: HighLevel API v2 */
        public static final String DEFAULT_BASE_URL = "https://services.leadconnectorhq.com";
        private final Map<String, Auth> credentials = new LinkedHashMap<>();

        /** True when this builder starts from a client's settings, credentials included. */
        private final boolean derived;

        private Builder() {
            super(ClientConfig.builder().clientName("HighLevelClient"));
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
         * @param credential the credential; {@code fromEnv()} reads it from {@code HIGHLEVEL_API_TOKEN}
         * @return this builder
         * @throws IllegalArgumentException if the credential is null or blank
         */
        public Builder bearerToken(String credential) {
            credentials.put("bearer", Auth.bearer(ClientEnvironment.checkedCredential(credential, "HighLevelClient.Builder.bearerToken", "HIGHLEVEL_API_TOKEN")));
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
        public HighLevelClient build() {
            if (!derived || !credentials.isEmpty()) {
                config.auth(credentials.isEmpty() ? Auth.none() : Auth.all(credentials.values().toArray(Auth[]::new)));
            }
            return new HighLevelClient(new ApiClientCore(config.build()));
        }
    }
}
