// Source: chatwoot.yaml#/paths/~1api~1v1~1accounts~1{account_id}~1contacts~1{id}~1conversations/get
package com.example.conversations.chatwoot.snippets;

import com.example.conversations.chatwoot.ChatwootClient;
import com.example.conversations.chatwoot.ContactConversation;
import com.example.conversations.chatwoot.ListContactConversationsRequest;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The Java examples of <code>listContactConversations</code> in the docs (chatwoot/listContactConversations.md).
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
    public static List<ContactConversation> run(ChatwootClient client) {
        ListContactConversationsRequest request = ListContactConversationsRequest.builder()
            .accountId(1)
            .id(new BigDecimal("42"))
            .build();
        List<ContactConversation> response = client.listContactConversations(request);
        return response;
    }
}
