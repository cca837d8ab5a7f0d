// Source: highlevel.yaml#/paths/~1conversations~1search/get
package com.example.conversations.highlevel.snippets;

import com.example.conversations.highlevel.Conversation;
import com.example.conversations.highlevel.HighLevelClient;
import com.example.conversations.highlevel.LastMessageType;
import com.example.conversations.highlevel.SearchConversationsLastMessageAction;
import com.example.conversations.highlevel.SearchConversationsLastMessageDirection;
import com.example.conversations.highlevel.SearchConversationsRequest;
import com.example.conversations.highlevel.SearchConversationsResponse;
import com.example.conversations.highlevel.SearchConversationsSort;
import com.example.conversations.highlevel.SearchConversationsSortBy;
import com.example.conversations.highlevel.SearchConversationsStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The Java examples of <code>searchConversations</code> in the docs (highlevel/searchConversations.md).
 */
@Generated("dev.specgen.emit.docs.DocsEmitter")
public final class SearchConversationsSnippet {
    private SearchConversationsSnippet() {}

    /**
     * Calls <code>searchConversations</code> once with the example values.
     *
     * @param client the client to call
     * @return the response
     */
    public static SearchConversationsResponse run(HighLevelClient client) {
        SearchConversationsRequest request = SearchConversationsRequest.builder()
            .locationId("ABCHkzuJQ8ZMd4Te84GK")
            .contactId("9VEmS0si86GW6gXWU89b")
            .assignedTo(List.of("ABCHkzuJQ8ZMd4Te84GK", "fGiae4CHkzoskh8thsik"))
            .followers(List.of("ABCHkzuJQ8ZMd4Te84GK", "fGiae4CHkzoskh8thsik"))
            .mentions(List.of("ABCHkzuJQ8ZMd4Te84GK", "fGiae4CHkzoskh8thsik"))
            .id("ABCHkzuJQ8ZMd4Te84GK")
            .lastMessageAction(SearchConversationsLastMessageAction.MANUAL)
            .lastMessageDirection(SearchConversationsLastMessageDirection.INBOUND)
            .lastMessageType(LastMessageType.TYPE_SMS)
            .limit(20)
            .query("Search string")
            .scoreProfile("ABCHkzuJQ8ZMd4Te84GK")
            .scoreProfileMin(new BigDecimal("20"))
            .scoreProfileMax(new BigDecimal("80"))
            .sort(SearchConversationsSort.ASC)
            .sortBy(SearchConversationsSortBy.LAST_MESSAGE_DATE)
            .sortScoreProfile("ABCHkzuJQ8ZMd4Te84GK")
            .startAfterDate(1628008053263L)
            .status(SearchConversationsStatus.ALL)
            .build();
        SearchConversationsResponse response = client.searchConversations(request);
        return response;
    }

    /**
     * Iterates over every item of <code>searchConversations</code>, page after page, from the first page.
     *
     * @param client the client to call
     * @return the items of every page
     */
    public static List<Conversation> runAll(HighLevelClient client) {
        SearchConversationsRequest request = SearchConversationsRequest.builder()
            .locationId("ABCHkzuJQ8ZMd4Te84GK")
            .contactId("9VEmS0si86GW6gXWU89b")
            .assignedTo(List.of("ABCHkzuJQ8ZMd4Te84GK", "fGiae4CHkzoskh8thsik"))
            .followers(List.of("ABCHkzuJQ8ZMd4Te84GK", "fGiae4CHkzoskh8thsik"))
            .mentions(List.of("ABCHkzuJQ8ZMd4Te84GK", "fGiae4CHkzoskh8thsik"))
            .id("ABCHkzuJQ8ZMd4Te84GK")
            .lastMessageAction(SearchConversationsLastMessageAction.MANUAL)
            .lastMessageDirection(SearchConversationsLastMessageDirection.INBOUND)
            .lastMessageType(LastMessageType.TYPE_SMS)
            .limit(20)
            .query("Search string")
            .scoreProfile("ABCHkzuJQ8ZMd4Te84GK")
            .scoreProfileMin(new BigDecimal("20"))
            .scoreProfileMax(new BigDecimal("80"))
            .sort(SearchConversationsSort.ASC)
            .sortBy(SearchConversationsSortBy.LAST_MESSAGE_DATE)
            .sortScoreProfile("ABCHkzuJQ8ZMd4Te84GK")
            .status(SearchConversationsStatus.ALL)
            .build();
        List<Conversation> conversations = new ArrayList<>();
        for (Conversation conversation : client.searchConversationsAll(request)) {
            conversations.add(conversation);
        }
        return conversations;
    }
}
