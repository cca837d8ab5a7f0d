// Source: highlevel.yaml
package dev.specgen.flagship.highlevel;

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
 * A client of HighLevel API (version 1.0).
 *
 * <p>The conversation search of the HighLevel (LeadConnector) API v2.
 *
 * <p>Create one with {@code HighLevelClient.builder()...build()}; it is thread-safe and meant to be shared.
 */
@Generated("dev.specgen.emit.client.ClientEmitter")
public final class HighLevelClient {
    private final ApiClientCore core;

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
     * Like {@link #searchConversations(SearchConversationsRequest, RequestOptions)}, with default options.
     *
     * @param request the operation's parameters, built with {@link SearchConversationsRequest#builder()}
     * @return the decoded response body
     * @throws dev.specgen.runtime.error.SpecgenException when the call fails, as {@link #searchConversations} describes
     */
    public SearchConversationsResponse searchConversations(SearchConversationsRequest request) {
        return searchConversations(request, RequestOptions.defaults());
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
     * @param request the operation's parameters, built with {@link SearchConversationsRequest#builder()}
     * @param options timeouts, retries and headers for this call
     * @return the decoded response body
     * @throws dev.specgen.runtime.error.BadRequestException on 400 (Bad Request)
     * @throws dev.specgen.runtime.error.UnauthorizedException on 401 (Unauthorized)
     * @throws dev.specgen.runtime.error.UnprocessableEntityException on 422 (Unprocessable Entity)
     * @throws dev.specgen.runtime.error.SpecgenException if the call fails in any other way
     */
    public SearchConversationsResponse searchConversations(SearchConversationsRequest request,
            RequestOptions options) {
        return core.execute("searchConversations", searchConversationsRequest(request), options, SearchConversationsResponse.class);
    }

    /**
     * Like {@link #searchConversationsWithResponse(SearchConversationsRequest, RequestOptions)}, with default options.
     *
     * @param request the operation's parameters, built with {@link SearchConversationsRequest#builder()}
     * @return the status, the headers and the body
     * @throws dev.specgen.runtime.error.SpecgenException when the call fails, as {@link #searchConversations} describes
     */
    public ApiResponse<SearchConversationsResponse> searchConversationsWithResponse(
            SearchConversationsRequest request) {
        return searchConversationsWithResponse(request, RequestOptions.defaults());
    }

    /**
     * Like {@link #searchConversations}, but also returns the status and headers (rate limits, for example).
     *
     * @param request the operation's parameters, built with {@link SearchConversationsRequest#builder()}
     * @param options timeouts, retries and headers for this call
     * @return the status, the headers and the body
     * @throws dev.specgen.runtime.error.SpecgenException when the call fails, as {@link #searchConversations} describes
     */
    public ApiResponse<SearchConversationsResponse> searchConversationsWithResponse(
            SearchConversationsRequest request, RequestOptions options) {
        return core.executeWithResponse("searchConversations", searchConversationsRequest(request), options, SearchConversationsResponse.class);
    }

    /**
     * Like {@link #searchConversationsAsync(SearchConversationsRequest, RequestOptions)}, with default options.
     *
     * @param request the operation's parameters, built with {@link SearchConversationsRequest#builder()}
     * @return the future result of the call
     */
    public CompletableFuture<SearchConversationsResponse> searchConversationsAsync(
            SearchConversationsRequest request) {
        return searchConversationsAsync(request, RequestOptions.defaults());
    }

    /**
     * Like {@link #searchConversations}, but without blocking: the future completes with the body or with the exception the blocking call would throw.
     *
     * @param request the operation's parameters, built with {@link SearchConversationsRequest#builder()}
     * @param options timeouts, retries and headers for this call
     * @return the future result of the call
     */
    public CompletableFuture<SearchConversationsResponse> searchConversationsAsync(
            SearchConversationsRequest request, RequestOptions options) {
        return core.executeAsync("searchConversations", searchConversationsRequest(request), options, SearchConversationsResponse.class);
    }

    /**
     * Like {@link #searchConversationsAll(SearchConversationsRequest, RequestOptions)}, with default options.
     *
     * @param request the operation's parameters, built with {@link SearchConversationsRequest#builder()}
     * @return the items; iterating throws what {@link #searchConversations} throws when a page cannot be fetched
     */
    public Paginator<SearchConversationsResponse, Conversation> searchConversationsAll(
            SearchConversationsRequest request) {
        return searchConversationsAll(request, RequestOptions.defaults());
    }

    /**
     * Every item of <code>searchConversations</code>, page after page: pages are fetched lazily as the items are consumed, one page at a time.
     *
     * @param request the operation's parameters, built with {@link SearchConversationsRequest#builder()}
     * @param options timeouts, retries and headers for this call
     * @return the items; iterating throws what {@link #searchConversations} throws when a page cannot be fetched
     */
    public Paginator<SearchConversationsResponse, Conversation> searchConversationsAll(
            SearchConversationsRequest request, RequestOptions options) {
        return Paginator.keyset(request, r -> searchConversations(r, options), page -> searchConversationsItems(page), item -> searchConversationsKey(item),
                    (r, key) -> r.toBuilder().startAfterDate(key).build());
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
                    .errorBody(400, BadRequestError.class)
                    .errorBody(401, UnauthorizedError.class)
                    .errorBody(422, UnprocessableEntityError.class)
                    .build();
    }

    /**
     * Configures a {@link HighLevelClient}. Only the base URL has to be right; everything else has a default.
     */
    public static final class Builder {
        /**
         * The spec's first server: HighLevel API v2
         */
        public static final String DEFAULT_BASE_URL = "https://services.leadconnectorhq.com";

        private final ClientConfig.Builder config = ClientConfig.builder().clientName("HighLevelClient");

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
        public HighLevelClient build() {
            config.auth(credentials.isEmpty() ? Auth.none() : Auth.all(credentials.values().toArray(Auth[]::new)));
            return new HighLevelClient(new ApiClientCore(config.build()));
        }
    }
}
