// Source: highlevel.yaml#/paths/~1conversations~1search/get
package dev.specgen.flagship.highlevel;

import dev.specgen.runtime.RequiredValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of <code>searchConversations</code>. Build one with {@link #builder()}.
 *
 * @param locationId Required query parameter <code>locationId</code>. Location Id
 * @param contactId Optional query parameter <code>contactId</code>. Contact Id
 * @param assignedTo Optional query parameter <code>assignedTo</code>. User IDs that conversations are assigned to. Multiple IDs can be provided as comma-separated values. Use &quot;unassigned&quot; to fetch conversations not assigned to any user.
 * @param followers Optional query parameter <code>followers</code>. User IDs of followers to filter conversations by. Multiple IDs can be provided as comma-separated values.
 * @param mentions Optional query parameter <code>mentions</code>. User Id of the mention. Multiple values are comma separated.
 * @param id Optional query parameter <code>id</code>. Id of the conversation
 * @param lastMessageAction Optional query parameter <code>lastMessageAction</code>. Action of the last outbound message in the conversation as string.
 * @param lastMessageDirection Optional query parameter <code>lastMessageDirection</code>. Direction of the last message in the conversation as string.
 * @param lastMessageType Optional query parameter <code>lastMessageType</code>. Type of the last message in the conversation as a string
 * @param limit Optional query parameter <code>limit</code>. Limit of conversations - Default is 20
 * @param query Optional query parameter <code>query</code>. Search paramater as a string
 * @param scoreProfile Optional query parameter <code>scoreProfile</code>. Id of score profile on which conversations should get filtered out, works with scoreProfileMin &amp; scoreProfileMax
 * @param scoreProfileMin Optional query parameter <code>scoreProfileMin</code>. Minimum value for score
 * @param scoreProfileMax Optional query parameter <code>scoreProfileMax</code>. Maximum value for score
 * @param sort Optional query parameter <code>sort</code>. Sort paramater - asc or desc
 * @param sortBy Optional query parameter <code>sortBy</code>. The sorting of the conversation to be filtered as - manual messages or all messages
 * @param sortScoreProfile Optional query parameter <code>sortScoreProfile</code>. Id of score profile on which sortBy.ScoreProfile should sort on
 * @param startAfterDate Optional query parameter <code>startAfterDate</code>. Search to begin after the specified date - should contain the sort value of the last document. The sort value is in epoch milliseconds; with the default sort (<code>sortBy=last_message_date</code>) it is the <code>lastMessageDate</code> of the last conversation of the previous page. For other <code>sortBy</code> values, pass the first element of that conversation's <code>sort</code>.
 * @param status Optional query parameter <code>status</code>. The status of the conversation to be filtered - all, read, unread, starred (the API also accepts recents)
 */
@Generated("dev.specgen.emit.client.ClientEmitter")
public record SearchConversationsRequest(String locationId, @Nullable String contactId,
        @Nullable List<String> assignedTo, @Nullable List<String> followers,
        @Nullable List<String> mentions, @Nullable String id,
        @Nullable SearchConversationsLastMessageAction lastMessageAction,
        @Nullable SearchConversationsLastMessageDirection lastMessageDirection,
        @Nullable LastMessageType lastMessageType, @Nullable Integer limit, @Nullable String query,
        @Nullable String scoreProfile, @Nullable BigDecimal scoreProfileMin,
        @Nullable BigDecimal scoreProfileMax, @Nullable SearchConversationsSort sort,
        @Nullable SearchConversationsSortBy sortBy, @Nullable String sortScoreProfile,
        @Nullable Long startAfterDate, @Nullable SearchConversationsStatus status) {
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().locationId(locationId).contactId(contactId).assignedTo(assignedTo)
                .followers(followers).mentions(mentions).id(id).lastMessageAction(lastMessageAction)
                .lastMessageDirection(lastMessageDirection).lastMessageType(lastMessageType)
                .limit(limit).query(query).scoreProfile(scoreProfile)
                .scoreProfileMin(scoreProfileMin).scoreProfileMax(scoreProfileMax).sort(sort)
                .sortBy(sortBy).sortScoreProfile(sortScoreProfile).startAfterDate(startAfterDate)
                .status(status);
    }

    public static final class Builder {
        private @Nullable String locationId;
        private @Nullable String contactId;
        private @Nullable List<String> assignedTo;
        private @Nullable List<String> followers;
        private @Nullable List<String> mentions;
        private @Nullable String id;
        private @Nullable SearchConversationsLastMessageAction lastMessageAction;
        private @Nullable SearchConversationsLastMessageDirection lastMessageDirection;
        private @Nullable LastMessageType lastMessageType;
        private @Nullable Integer limit;
        private @Nullable String query;
        private @Nullable String scoreProfile;
        private @Nullable BigDecimal scoreProfileMin;
        private @Nullable BigDecimal scoreProfileMax;
        private @Nullable SearchConversationsSort sort;
        private @Nullable SearchConversationsSortBy sortBy;
        private @Nullable String sortScoreProfile;
        private @Nullable Long startAfterDate;
        private @Nullable SearchConversationsStatus status;

        private Builder() {}

        public Builder locationId(String locationId) {
            this.locationId = locationId;
            return this;
        }

        public Builder contactId(@Nullable String contactId) {
            this.contactId = contactId;
            return this;
        }

        public Builder assignedTo(@Nullable List<String> assignedTo) {
            this.assignedTo = assignedTo;
            return this;
        }

        public Builder followers(@Nullable List<String> followers) {
            this.followers = followers;
            return this;
        }

        public Builder mentions(@Nullable List<String> mentions) {
            this.mentions = mentions;
            return this;
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder lastMessageAction(
                @Nullable SearchConversationsLastMessageAction lastMessageAction) {
            this.lastMessageAction = lastMessageAction;
            return this;
        }

        public Builder lastMessageDirection(
                @Nullable SearchConversationsLastMessageDirection lastMessageDirection) {
            this.lastMessageDirection = lastMessageDirection;
            return this;
        }

        public Builder lastMessageType(@Nullable LastMessageType lastMessageType) {
            this.lastMessageType = lastMessageType;
            return this;
        }

        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        public Builder query(@Nullable String query) {
            this.query = query;
            return this;
        }

        public Builder scoreProfile(@Nullable String scoreProfile) {
            this.scoreProfile = scoreProfile;
            return this;
        }

        public Builder scoreProfileMin(@Nullable BigDecimal scoreProfileMin) {
            this.scoreProfileMin = scoreProfileMin;
            return this;
        }

        public Builder scoreProfileMax(@Nullable BigDecimal scoreProfileMax) {
            this.scoreProfileMax = scoreProfileMax;
            return this;
        }

        public Builder sort(@Nullable SearchConversationsSort sort) {
            this.sort = sort;
            return this;
        }

        public Builder sortBy(@Nullable SearchConversationsSortBy sortBy) {
            this.sortBy = sortBy;
            return this;
        }

        public Builder sortScoreProfile(@Nullable String sortScoreProfile) {
            this.sortScoreProfile = sortScoreProfile;
            return this;
        }

        public Builder startAfterDate(@Nullable Long startAfterDate) {
            this.startAfterDate = startAfterDate;
            return this;
        }

        public Builder status(@Nullable SearchConversationsStatus status) {
            this.status = status;
            return this;
        }

        public Builder addAssignedToItem(String assignedToItem) {
            this.assignedTo = this.assignedTo == null ? new ArrayList<>() : new ArrayList<>(this.assignedTo);
            this.assignedTo.add(assignedToItem);
            return this;
        }

        public Builder addFollower(String follower) {
            this.followers = this.followers == null ? new ArrayList<>() : new ArrayList<>(this.followers);
            this.followers.add(follower);
            return this;
        }

        public Builder addMention(String mention) {
            this.mentions = this.mentions == null ? new ArrayList<>() : new ArrayList<>(this.mentions);
            this.mentions.add(mention);
            return this;
        }

        public SearchConversationsRequest build() {
            RequiredValues required = new RequiredValues("SearchConversationsRequest");
            return required.check(new SearchConversationsRequest(required.of(locationId, "locationId"),
                    contactId, assignedTo, followers, mentions, id, lastMessageAction,
                    lastMessageDirection, lastMessageType, limit, query, scoreProfile,
                    scoreProfileMin, scoreProfileMax, sort, sortBy, sortScoreProfile,
                    startAfterDate, status));
        }
    }
}
