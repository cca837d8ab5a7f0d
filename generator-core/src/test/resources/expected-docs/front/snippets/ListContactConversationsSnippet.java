// Source: front.yaml#/paths/~1contacts~1{contact_id}~1conversations/get
package com.example.conversations.front.snippets;

import com.example.conversations.front.Conversation;
import com.example.conversations.front.ConversationPage;
import com.example.conversations.front.ConversationQuery;
import com.example.conversations.front.ConversationStatus;
import com.example.conversations.front.FrontClient;
import com.example.conversations.front.ListContactConversationsRequest;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The Java examples of <code>listContactConversations</code> in the docs (front/listContactConversations.md).
 */
@Generated("dev.specgen.emit.docs.DocsEmitter")
public final class ListContactConversationsSnippet {
    private ListContactConversationsSnippet() {}

    /**
     * Calls <code>listContactConversations</code> once with the example values.
     *
     * @param client the client to call
     * @return the response
     */
    public static ConversationPage run(FrontClient client) {
        ListContactConversationsRequest request = ListContactConversationsRequest.builder()
            .contactId("crd_123")
            .q(ConversationQuery.builder()
                .statuses(List.of(ConversationStatus.ASSIGNED, ConversationStatus.ARCHIVED))
                .build())
            .limit(25)
            .pageToken("7b7d1c0f5a2e4b3c9d8e")
            .build();
        ConversationPage response = client.listContactConversations(request);
        return response;
    }

    /**
     * Iterates over every item of <code>listContactConversations</code>, page after page, from the first page.
     *
     * @param client the client to call
     * @return the items of every page
     */
    public static List<Conversation> runAll(FrontClient client) {
        ListContactConversationsRequest request = ListContactConversationsRequest.builder()
            .contactId("crd_123")
            .q(ConversationQuery.builder()
                .statuses(List.of(ConversationStatus.ASSIGNED, ConversationStatus.ARCHIVED))
                .build())
            .limit(25)
            .build();
        List<Conversation> conversations = new ArrayList<>();
        for (Conversation conversation : client.listContactConversationsAll(request)) {
            conversations.add(conversation);
        }
        return conversations;
    }
}
