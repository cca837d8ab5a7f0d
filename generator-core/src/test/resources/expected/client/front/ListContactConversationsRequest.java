// Source: front.yaml#/paths/~1contacts~1{contact_id}~1conversations/get
package dev.specgen.flagship.front;

import dev.specgen.runtime.RequiredValues;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of <code>listContactConversations</code>. Build one with {@link #builder()}.
 *
 * @param contactId Required path parameter <code>contact_id</code>. The Contact ID. Alternatively, you can supply the contact's source and handle as a <a href="https://dev.frontapp.com/docs/resource-aliases-1">resource alias</a>, such as <code>alt:email:leela&#64;planet-express.com</code>. A resource alias must be percent-encoded in the path (<code>alt%3Aemail%3Aleela%40planet-express.com</code>).
 * @param q Optional query parameter <code>q</code>. <a href="https://dev.frontapp.com/docs/query-object-q">Search query object</a> with a property <code>statuses</code>, whose value should be a list of conversation statuses (<code>assigned</code>, <code>unassigned</code>, <code>archived</code>, or <code>trashed</code>). If ticketing is enabled, this endpoint accepts either <code>status_categories</code> (<code>open</code>, <code>waiting</code>, <code>resolved</code>) or <code>status_ids</code> as an alternative. Sent as repeated keys, e.g. <code>q[statuses]=assigned&amp;q[statuses]=archived</code>.
 * @param limit Optional query parameter <code>limit</code>. Max number of results per <a href="https://dev.frontapp.com/docs/pagination">page</a>
 * @param pageToken Optional query parameter <code>page_token</code>. Token to use to request the <a href="https://dev.frontapp.com/docs/pagination">next page</a>
 */
@Generated("dev.specgen.emit.client.ClientEmitter")
public record ListContactConversationsRequest(String contactId, @Nullable ConversationQuery q,
        @Nullable Integer limit, @Nullable String pageToken) {
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().contactId(contactId).q(q).limit(limit).pageToken(pageToken);
    }

    public static final class Builder {
        private @Nullable String contactId;
        private @Nullable ConversationQuery q;
        private @Nullable Integer limit;
        private @Nullable String pageToken;

        private Builder() {}

        public Builder contactId(String contactId) {
            this.contactId = contactId;
            return this;
        }

        public Builder q(@Nullable ConversationQuery q) {
            this.q = q;
            return this;
        }

        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        public Builder pageToken(@Nullable String pageToken) {
            this.pageToken = pageToken;
            return this;
        }

        public ListContactConversationsRequest build() {
            RequiredValues required = new RequiredValues("ListContactConversationsRequest");
            return required.check(new ListContactConversationsRequest(required.of(contactId, "contactId"),
                    q, limit, pageToken));
        }
    }
}
