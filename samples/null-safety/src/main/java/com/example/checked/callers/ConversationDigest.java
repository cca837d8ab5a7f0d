package com.example.checked.callers;

import com.example.checked.front.Conversation;
import com.example.checked.front.ConversationPage;
import com.example.checked.front.ConversationStatus;
import com.example.checked.front.FrontClient;
import com.example.checked.front.ListContactConversationsRequest;
import com.example.checked.front.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One line per conversation of a Front contact. Lists are used without null checks (the
 * generated models never return {@code null} for them); every {@code @Nullable} scalar is checked
 * before it is used, as NullAway demands.
 */
public final class ConversationDigest {

  private ConversationDigest() {}

  /**
   * The first page of a contact's conversations, one line each.
   *
   * @param front the client
   * @param contactId the contact, e.g. {@code crd_123}
   * @return a line per conversation
   */
  public static List<String> lines(FrontClient front, String contactId) {
    ConversationPage page = front.listContactConversations(
        ListContactConversationsRequest.builder().contactId(contactId).build());
    List<String> lines = new ArrayList<>();
    for (Conversation conversation : page.results()) {
      lines.add(line(conversation));
    }
    return lines;
  }

  /**
   * A conversation's subject, status, tags and creation time.
   *
   * @param conversation a conversation as read or built
   * @return e.g. {@code Refund [open] tags=vip 2016-01-26T01:16:24.123Z}
   */
  public static String line(Conversation conversation) {
    String subject = conversation.subject();
    ConversationStatus status = conversation.status();
    Instant created = conversation.createdAtInstant();
    List<String> tags = new ArrayList<>();
    for (Tag tag : conversation.tags()) {
      String name = tag.name();
      tags.add(name == null ? "?" : name);
    }
    return (subject == null ? "(no subject)" : subject.strip())
        + " [" + (status == null ? "-" : status.value()) + "]"
        + " tags=" + String.join(",", tags)
        + (created == null ? "" : " " + created);
  }
}
