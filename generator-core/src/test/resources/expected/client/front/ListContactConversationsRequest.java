// Source: front.yaml#/paths/~1contacts~1{contact_id}~1conversations/get
package dev.specgen.flagship.front;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The parameters of {@code listContactConversations}. Build one with {@link #builder()}.
 *
 * @param contactId Required path parameter {@code contact_id}. The Contact ID. Alternatively, you can supply the contact's source and handle as a [resource alias](https://dev.frontapp.com/docs/resource-aliases-1), such as `alt:email:leela&#64;planet-express.com`. A resource alias must be percent-encoded in the path (`alt%3Aemail%3Aleela%40planet-express.com`).
 * @param q Optional query parameter {@code q}. [Search query object](https://dev.frontapp.com/docs/query-object-q) with a property `statuses`, whose value should be a list of conversation statuses (`assigned`, `unassigned`, `archived`, or `trashed`). If ticketing is enabled, this endpoint accepts either `status_categories` (`open`, `waiting`, `resolved`) or `status_ids` as an alternative. Sent as repeated keys, e.g. `q[statuses]=assigned&amp;q[statuses]=archived`.
 * @param limit Optional query parameter {@code limit}. Max number of results per [page](https://dev.frontapp.com/docs/pagination)
 * @param pageToken Optional query parameter {@code page_token}. Token to use to request the [next page](https://dev.frontapp.com/docs/pagination)
 */
@Generated("dev.specgen.emit.client.ClientEmitter")
public record ListContactConversationsRequest(String contactId, ConversationQuery q, Integer limit,
        String pageToken) {
    /**
     * A builder with no values set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values, to derive a changed copy.
     */
    public Builder toBuilder() {
        return new Builder()
                    .contactId(contactId)
                    .q(q)
                    .limit(limit)
                    .pageToken(pageToken);
    }

    /**
     * Builds a {@link ListContactConversationsRequest}.
     */
    public static final class Builder {
        private String contactId;

        private ConversationQuery q;

        private Integer limit;

        private String pageToken;

        private Builder() {
        }

        /**
         * Required path parameter {@code contact_id}. The Contact ID. Alternatively, you can supply the contact's source and handle as a [resource alias](https://dev.frontapp.com/docs/resource-aliases-1), such as `alt:email:leela&#64;planet-express.com`. A resource alias must be percent-encoded in the path (`alt%3Aemail%3Aleela%40planet-express.com`).
         *
         * @return this builder
         */
        public Builder contactId(String contactId) {
            this.contactId = contactId;
            return this;
        }

        /**
         * Optional query parameter {@code q}. [Search query object](https://dev.frontapp.com/docs/query-object-q) with a property `statuses`, whose value should be a list of conversation statuses (`assigned`, `unassigned`, `archived`, or `trashed`). If ticketing is enabled, this endpoint accepts either `status_categories` (`open`, `waiting`, `resolved`) or `status_ids` as an alternative. Sent as repeated keys, e.g. `q[statuses]=assigned&amp;q[statuses]=archived`.
         *
         * @return this builder
         */
        public Builder q(ConversationQuery q) {
            this.q = q;
            return this;
        }

        /**
         * Optional query parameter {@code limit}. Max number of results per [page](https://dev.frontapp.com/docs/pagination)
         *
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Optional query parameter {@code page_token}. Token to use to request the [next page](https://dev.frontapp.com/docs/pagination)
         *
         * @return this builder
         */
        public Builder pageToken(String pageToken) {
            this.pageToken = pageToken;
            return this;
        }

        /**
         * The request.
         *
         * @throws IllegalStateException if a required value is missing
         */
        public ListContactConversationsRequest build() {
            List<String> missing = new ArrayList<>();
            if (contactId == null) {
                missing.add("contactId");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("ListContactConversationsRequest is missing required values: " + String.join(", ", missing));
            }
            return new ListContactConversationsRequest(contactId, q, limit, pageToken);
        }
    }
}
