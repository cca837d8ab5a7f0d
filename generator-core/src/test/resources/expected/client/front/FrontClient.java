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
import dev.specgen.runtime.pagination.AsyncPaginator;
import dev.specgen.runtime.pagination.Paginator;
import dev.specgen.runtime.param.QueryStyle;
import dev.specgen.runtime.retry.RetryPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Generated;

/**
 * A client of Front API (version 1.0.0).
 *
 * The part of Front's Core API that lists a contact's conversations.
 * A conversation is a unique thread of messages. It can appear in one or more inboxes
 * (e.g. if you receive an email on one of your addresses where another of your addresses is CC'd).
 * To open a conversation in Front, open the URL `https://app.frontapp.com/open/{conversation_id}`.
 *
 * <p>Create one with {@code FrontClient.builder()...build()}; it is thread-safe and meant to be shared.
 */
@Generated("dev.specgen.emit.client.ClientEmitter")
public final class FrontClient {
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
     * List contact conversations: {@code GET /contacts/{contact_id}/conversations}.
     *
     * <p>List the conversations for a contact in reverse chronological order (newest first). For more advanced filtering, see the [search endpoint](https://dev.frontapp.com/reference/conversations#search-conversations). Required scope: `conversations:read`
     *
     * <p>Required scopes: {@code conversations:read}.
     *
     * <p>Example:
     * <pre>{@code
     * var result = client.listContactConversations(ListContactConversationsRequest.builder()
     *     .contactId(...)
     *     .build());}</pre>
     *
     * @param request the operation's parameters
     * @param options timeouts, retries and headers for this call
     * @return the decoded response body
     * @throws FrontUnauthorizedException on 401 (The token is missing, invalid or expired.)
     * @throws FrontForbiddenException on 403 (The token does not have the scope or the permissions this operation needs.)
     * @throws FrontNotFoundException on 404 (No contact matches the given ID or resource alias.)
     * @throws FrontTooManyRequestsException on 429 (The rate limit is exceeded; retry after the number of seconds in `Retry-After`.)
     * @throws FrontApiException on any other error status
     * @throws dev.specgen.runtime.error.SpecgenException if the call fails in any other way
     */
    public ConversationPage listContactConversations(ListContactConversationsRequest request,
            RequestOptions options) {
        return core.execute("listContactConversations", listContactConversationsRequest(request), options, ConversationPage.class);
    }

    /**
     * Like {@link #listContactConversations(ListContactConversationsRequest, RequestOptions)}, with default options.
     *
     * @param request the operation's parameters
     * @return the decoded response body
     * @throws dev.specgen.runtime.error.SpecgenException if the call fails
     */
    public ConversationPage listContactConversations(ListContactConversationsRequest request) {
        return listContactConversations(request, RequestOptions.defaults());
    }

    /**
     * Like {@link #listContactConversations(ListContactConversationsRequest)}, for a request of just the path parameter.
     *
     * @param contactId the path parameter {@code contact_id}
     * @return the decoded response body
     * @throws dev.specgen.runtime.error.SpecgenException if the call fails
     */
    public ConversationPage listContactConversations(String contactId) {
        return listContactConversations(ListContactConversationsRequest.builder().contactId(contactId).build());
    }

    /**
     * Like {@link #listContactConversations(ListContactConversationsRequest)}, with the path parameter given directly and the other parameters set by
     * {@code params}, e.g. {@code params -> params.limit(...)}.
     *
     * @param contactId the path parameter {@code contact_id}
     * @param params sets the optional parameters on a builder that holds the path values
     * @return the decoded response body
     * @throws dev.specgen.runtime.error.SpecgenException if the call fails
     */
    public ConversationPage listContactConversations(String contactId,
            UnaryOperator<ListContactConversationsRequest.Builder> params) {
        return listContactConversations(params.apply(ListContactConversationsRequest.builder().contactId(contactId)).build());
    }

    /**
     * Every item of {@code listContactConversations}, page after page: pages are fetched lazily as the items are consumed, one page at a time.
     *
     * @param request the operation's parameters
     * @param options timeouts, retries and headers for this call
     * @return the items, fetched page by page as they are consumed; {@code pages()} gives the pages
     */
    public Paginator<ConversationPage, Conversation> listContactConversationsAll(
            ListContactConversationsRequest request, RequestOptions options) {
        return Paginator.nextUrl(request, r -> listContactConversations(r, options),
                    url -> core.execute("listContactConversations", ApiRequest.getUrl(url)
                    .error(401, ErrorResponse.class, FrontUnauthorizedException::new)
                    .error(403, ErrorResponse.class, FrontForbiddenException::new)
                    .error(404, ErrorResponse.class, FrontNotFoundException::new)
                    .error(429, ErrorResponse.class, FrontTooManyRequestsException::new)
                    .otherErrors(FrontApiException::new)
                    .build(), options, ConversationPage.class),
                    page -> listContactConversationsItems(page), page -> listContactConversationsNextUrl(page));
    }

    /**
     * Like {@link #listContactConversationsAll(ListContactConversationsRequest, RequestOptions)}, with default options.
     *
     * @param request the operation's parameters
     * @return the items, fetched page by page as they are consumed; {@code pages()} gives the pages
     */
    public Paginator<ConversationPage, Conversation> listContactConversationsAll(
            ListContactConversationsRequest request) {
        return listContactConversationsAll(request, RequestOptions.defaults());
    }

    /**
     * Like {@link #listContactConversationsAll(ListContactConversationsRequest)}, for a request of just the path parameter.
     *
     * @param contactId the path parameter {@code contact_id}
     * @return the items, fetched page by page as they are consumed; {@code pages()} gives the pages
     */
    public Paginator<ConversationPage, Conversation> listContactConversationsAll(String contactId) {
        return listContactConversationsAll(ListContactConversationsRequest.builder().contactId(contactId).build());
    }

    /**
     * Like {@link #listContactConversationsAll(ListContactConversationsRequest)}, with the path parameter given directly and the other parameters set by
     * {@code params}, e.g. {@code params -> params.limit(...)}.
     *
     * @param contactId the path parameter {@code contact_id}
     * @param params sets the optional parameters on a builder that holds the path values
     * @return the items, fetched page by page as they are consumed; {@code pages()} gives the pages
     */
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
                    .error(401, ErrorResponse.class, FrontUnauthorizedException::new)
                    .error(403, ErrorResponse.class, FrontForbiddenException::new)
                    .error(404, ErrorResponse.class, FrontNotFoundException::new)
                    .error(429, ErrorResponse.class, FrontTooManyRequestsException::new)
                    .otherErrors(FrontApiException::new)
                    .build();
    }

    /**
     * The operations of {@link FrontClient}, returning status and headers with the body. Get it with
     * {@link FrontClient#withRawResponse()}.
     */
    public final class WithRawResponse {
        private WithRawResponse() {
        }

        /**
         * Like {@link FrontClient#listContactConversations(ListContactConversationsRequest, RequestOptions)}, but returns the status and headers (rate limits, request ids) with the body.
         *
         * @param request the operation's parameters
         * @param options timeouts, retries and headers for this call
         * @return the status, the headers and the decoded body
         * @throws dev.specgen.runtime.error.SpecgenException if the call fails
         */
        public ApiResponse<ConversationPage> listContactConversations(
                ListContactConversationsRequest request, RequestOptions options) {
            return core.executeWithResponse("listContactConversations", listContactConversationsRequest(request), options, ConversationPage.class);
        }

        /**
         * Like {@link #listContactConversations(ListContactConversationsRequest, RequestOptions)}, with default options.
         *
         * @param request the operation's parameters
         * @return the status, the headers and the decoded body
         * @throws dev.specgen.runtime.error.SpecgenException if the call fails
         */
        public ApiResponse<ConversationPage> listContactConversations(
                ListContactConversationsRequest request) {
            return listContactConversations(request, RequestOptions.defaults());
        }

        /**
         * Like {@link #listContactConversations(ListContactConversationsRequest)}, for a request of just the path parameter.
         *
         * @param contactId the path parameter {@code contact_id}
         * @return the status, the headers and the decoded body
         * @throws dev.specgen.runtime.error.SpecgenException if the call fails
         */
        public ApiResponse<ConversationPage> listContactConversations(String contactId) {
            return listContactConversations(ListContactConversationsRequest.builder().contactId(contactId).build());
        }

        /**
         * Like {@link #listContactConversations(ListContactConversationsRequest)}, with the path parameter given directly and the other parameters set by
         * {@code params}, e.g. {@code params -> params.limit(...)}.
         *
         * @param contactId the path parameter {@code contact_id}
         * @param params sets the optional parameters on a builder that holds the path values
         * @return the status, the headers and the decoded body
         * @throws dev.specgen.runtime.error.SpecgenException if the call fails
         */
        public ApiResponse<ConversationPage> listContactConversations(String contactId,
                UnaryOperator<ListContactConversationsRequest.Builder> params) {
            return listContactConversations(params.apply(ListContactConversationsRequest.builder().contactId(contactId)).build());
        }
    }

    /**
     * The operations of {@link FrontClient}, without blocking. Get it with {@link FrontClient#async()}.
     */
    public final class Async {
        private Async() {
        }

        /**
         * Like {@link FrontClient#listContactConversations(ListContactConversationsRequest, RequestOptions)}, without blocking. The future completes with the body, or exceptionally with the very
         * exception the blocking call throws (not wrapped in a {@code CompletionException});
         * {@code cancel(true)} aborts the HTTP exchange and any pending retry.
         *
         * @param request the operation's parameters
         * @param options timeouts, retries and headers for this call
         * @return a future of the decoded body, failing with the exception the blocking call throws
         */
        public CompletableFuture<ConversationPage> listContactConversations(
                ListContactConversationsRequest request, RequestOptions options) {
            return core.executeAsync("listContactConversations", listContactConversationsRequest(request), options, ConversationPage.class);
        }

        /**
         * Like {@link #listContactConversations(ListContactConversationsRequest, RequestOptions)}, with default options.
         *
         * @param request the operation's parameters
         * @return a future of the decoded body, failing with the exception the blocking call throws
         */
        public CompletableFuture<ConversationPage> listContactConversations(
                ListContactConversationsRequest request) {
            return listContactConversations(request, RequestOptions.defaults());
        }

        /**
         * Like {@link #listContactConversations(ListContactConversationsRequest)}, for a request of just the path parameter.
         *
         * @param contactId the path parameter {@code contact_id}
         * @return a future of the decoded body, failing with the exception the blocking call throws
         */
        public CompletableFuture<ConversationPage> listContactConversations(String contactId) {
            return listContactConversations(ListContactConversationsRequest.builder().contactId(contactId).build());
        }

        /**
         * Like {@link #listContactConversations(ListContactConversationsRequest)}, with the path parameter given directly and the other parameters set by
         * {@code params}, e.g. {@code params -> params.limit(...)}.
         *
         * @param contactId the path parameter {@code contact_id}
         * @param params sets the optional parameters on a builder that holds the path values
         * @return a future of the decoded body, failing with the exception the blocking call throws
         */
        public CompletableFuture<ConversationPage> listContactConversations(String contactId,
                UnaryOperator<ListContactConversationsRequest.Builder> params) {
            return listContactConversations(params.apply(ListContactConversationsRequest.builder().contactId(contactId)).build());
        }

        /**
         * Every item of {@code listContactConversations}, page after page, without blocking: a page is requested when the previous one has been handled.
         *
         * @param request the operation's parameters
         * @param options timeouts, retries and headers for this call
         * @return a paginator whose {@code forEach} fetches each page once the previous one has been handled
         */
        public AsyncPaginator<ConversationPage, Conversation> listContactConversationsAll(
                ListContactConversationsRequest request, RequestOptions options) {
            return AsyncPaginator.nextUrl(request, r -> listContactConversations(r, options),
                        url -> core.executeAsync("listContactConversations", ApiRequest.getUrl(url)
                        .errorBody(401, ErrorResponse.class)
                        .errorBody(403, ErrorResponse.class)
                        .errorBody(404, ErrorResponse.class)
                        .errorBody(429, ErrorResponse.class)
                        .build(), options, ConversationPage.class),
                        page -> listContactConversationsItems(page), page -> listContactConversationsNextUrl(page));
        }

        /**
         * Like {@link #listContactConversationsAll(ListContactConversationsRequest, RequestOptions)}, with default options.
         *
         * @param request the operation's parameters
         * @return a paginator whose {@code forEach} fetches each page once the previous one has been handled
         */
        public AsyncPaginator<ConversationPage, Conversation> listContactConversationsAll(
                ListContactConversationsRequest request) {
            return listContactConversationsAll(request, RequestOptions.defaults());
        }

        /**
         * Like {@link #listContactConversationsAll(ListContactConversationsRequest)}, for a request of just the path parameter.
         *
         * @param contactId the path parameter {@code contact_id}
         * @return a paginator whose {@code forEach} fetches each page once the previous one has been handled
         */
        public AsyncPaginator<ConversationPage, Conversation> listContactConversationsAll(
                String contactId) {
            return listContactConversationsAll(ListContactConversationsRequest.builder().contactId(contactId).build());
        }

        /**
         * Like {@link #listContactConversationsAll(ListContactConversationsRequest)}, with the path parameter given directly and the other parameters set by
         * {@code params}, e.g. {@code params -> params.limit(...)}.
         *
         * @param contactId the path parameter {@code contact_id}
         * @param params sets the optional parameters on a builder that holds the path values
         * @return a paginator whose {@code forEach} fetches each page once the previous one has been handled
         */
        public AsyncPaginator<ConversationPage, Conversation> listContactConversationsAll(
                String contactId, UnaryOperator<ListContactConversationsRequest.Builder> params) {
            return listContactConversationsAll(params.apply(ListContactConversationsRequest.builder().contactId(contactId)).build());
        }
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
         * @return this builder
         */
        public Builder baseUrl(String url) {
            config.baseUrl(url);
            return this;
        }

        /**
         * The bearer token sent as {@code Authorization: Bearer ...}.
         *
         * @return this builder
         */
        public Builder bearerToken(String credential) {
            credentials.put("bearer", Auth.bearer(credential));
            return this;
        }

        /**
         * The bearer token sent as {@code Authorization: Bearer ...}. Called for every request, so rotating credentials work.
         *
         * @return this builder
         */
        public Builder bearerToken(Supplier<String> credential) {
            credentials.put("bearer", Auth.bearer(credential));
            return this;
        }

        /**
         * How long to wait for a connection.
         *
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
         * @return this builder
         */
        public Builder maxResponseBytes(int bytes) {
            config.maxResponseBytes(bytes);
            return this;
        }

        /**
         * How much of an error body is read and kept by the exception (default 64 KiB).
         *
         * @return this builder
         */
        public Builder maxErrorBodyBytes(int bytes) {
            config.maxErrorBodyBytes(bytes);
            return this;
        }

        /**
         * When and how often to retry; {@code RetryPolicy.none()} switches retries off.
         *
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            config.retryPolicy(policy);
            return this;
        }

        /**
         * A header sent with every request.
         *
         * @return this builder
         */
        public Builder header(String name, String value) {
            config.header(name, value);
            return this;
        }

        /**
         * The HTTP transport; by default the JDK's {@code java.net.http.HttpClient}.
         *
         * @return this builder
         */
        public Builder transport(HttpTransport transport) {
            config.transport(transport);
            return this;
        }

        /**
         * The client. With no credentials set, requests go out without any, for a gateway that adds them.
         */
        public FrontClient build() {
            config.auth(credentials.isEmpty() ? Auth.none() : Auth.all(credentials.values().toArray(Auth[]::new)));
            return new FrontClient(new ApiClientCore(config.build()));
        }
    }
}
