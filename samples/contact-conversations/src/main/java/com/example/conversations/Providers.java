package com.example.conversations;

import com.example.chatwoot.ChatwootClient;
import com.example.conversations.Settings.ChatwootTarget;
import com.example.conversations.Settings.FrontTarget;
import com.example.conversations.Settings.HighLevelTarget;
import com.example.front.FrontClient;
import com.example.highlevel.HighLevelClient;
import com.example.highlevel.SearchConversationsRequest;
import com.example.inquirly.InquirlyClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists a contact's conversations on each provider with its generated client, following every page
 * ({@code ...All} methods), and turns them into table rows.
 */
public final class Providers {

  static final String NONE = "-";
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private Providers() {}

  /** Front: {@code GET /contacts/{contact_id}/conversations}, pages linked by {@code _pagination.next}. */
  public static List<Row> front(FrontTarget target, Optional<Integer> pageSize) {
    FrontClient.Builder builder = FrontClient.builder().baseUrl(target.baseUrl());
    target.token().ifPresent(builder::bearerToken);
    FrontClient front = builder.build();

    List<Row> rows = new ArrayList<>();
    for (com.example.front.Conversation c
        : front.listContactConversationsAll(target.contactId(), params -> params.limit(pageSize.orElse(null)))) {
      rows.add(new Row("Front", c.id(),
          c.status() == null ? NONE : c.status().value(),
          firstOf(c.subject(), c.lastMessage() == null ? null : c.lastMessage().blurb()),
          c.assignee() == null ? NONE : name(c.assignee().firstName(), c.assignee().lastName(),
              c.assignee().email()),
          c.createdAtInstant() == null ? NONE : UTC.format(c.createdAtInstant())));
    }
    return rows;
  }

  /** Chatwoot: {@code GET /api/v1/accounts/{account_id}/contacts/{id}/conversations}, one response. */
  public static List<Row> chatwoot(ChatwootTarget target) {
    ChatwootClient.Builder builder = ChatwootClient.builder().baseUrl(target.baseUrl());
    target.token().ifPresent(builder::apiAccessToken);
    ChatwootClient chatwoot = builder.build();

    List<Row> rows = new ArrayList<>();
    for (com.example.chatwoot.ContactConversation c : chatwoot.listContactConversations(target.accountId(), target.contactId())) {
      var assignee = c.meta() == null ? null : c.meta().assignee();
      var messages = c.messages(); // empty, never null, when absent
      rows.add(new Row("Chatwoot", plain(c.id()),
          c.status() == null ? NONE : c.status().value(),
          firstOf(messages.isEmpty() ? null : messages.get(messages.size() - 1).content()),
          assignee == null ? NONE : name(assignee.name(), null, assignee.email()),
          created(c.timestamp(), messages.isEmpty() ? null : messages.get(0).createdAtInstant())));
    }
    return rows;
  }

  /** HighLevel: {@code GET /conversations/search?locationId=&contactId=}, keyset pages. */
  public static List<Row> highLevel(HighLevelTarget target, Optional<Integer> pageSize) {
    HighLevelClient.Builder builder = HighLevelClient.builder().baseUrl(target.baseUrl());
    target.token().ifPresent(builder::bearerToken);
    HighLevelClient highLevel = builder.build();

    SearchConversationsRequest request = SearchConversationsRequest.builder()
        .locationId(target.locationId())
        .contactId(target.contactId())
        .limit(pageSize.orElse(null))
        .build();
    List<Row> rows = new ArrayList<>();
    for (com.example.highlevel.Conversation c : highLevel.searchConversationsAll(request)) {
      int unread = c.unreadCount() == null ? 0 : c.unreadCount();
      rows.add(new Row("HighLevel", c.id(),
          unread > 0 ? "unread (" + unread + ")" : "read",
          firstOf(c.lastMessageBody()),
          NONE,
          c.lastMessageDate() == null ? NONE : UTC.format(Instant.ofEpochMilli(c.lastMessageDate())) + " *"));
    }
    return rows;
  }

  /** Inquirly: the same operation as Chatwoot's, on the account's own host. */
  public static List<Row> inquirly(ChatwootTarget target) {
    InquirlyClient.Builder builder = InquirlyClient.builder().baseUrl(target.baseUrl());
    target.token().ifPresent(builder::apiAccessToken);
    InquirlyClient inquirly = builder.build();

    List<Row> rows = new ArrayList<>();
    for (com.example.inquirly.ContactConversation c : inquirly.listContactConversations(target.accountId(), target.contactId())) {
      var assignee = c.meta() == null ? null : c.meta().assignee();
      var messages = c.messages();
      rows.add(new Row("Inquirly", plain(c.id()),
          c.status() == null ? NONE : c.status().value(),
          firstOf(messages.isEmpty() ? null : messages.get(messages.size() - 1).content()),
          assignee == null ? NONE : name(assignee.name(), null, assignee.email()),
          created(c.timestamp(), messages.isEmpty() ? null : messages.get(0).createdAtInstant())));
    }
    return rows;
  }

  private static String firstOf(String... texts) {
    for (String text : texts) {
      if (text != null && !text.isBlank()) {
        return text;
      }
    }
    return NONE;
  }

  private static String name(String first, String last, String email) {
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    return firstOf(name, email);
  }

  private static String plain(BigDecimal number) {
    return number == null ? NONE : number.toPlainString();
  }

  /** Front's times: seconds since the epoch, with a fraction. */
  private static String seconds(BigDecimal epochSeconds) {
    return UTC.format(Instant.ofEpochMilli(epochSeconds.movePointRight(3).longValue()));
  }

  /**
   * Chatwoot's {@code timestamp} is typed as a string: seconds since the epoch or an ISO-8601
   * time; anything else is shown as it is. Without it, the first message's time is used.
   */
  private static String created(String timestamp, Instant firstMessage) {
    if (timestamp != null && timestamp.matches("\\d{1,12}(\\.\\d+)?")) {
      return seconds(new BigDecimal(timestamp));
    }
    if (timestamp != null && !timestamp.isBlank()) {
      try {
        return UTC.format(OffsetDateTime.parse(timestamp));
      } catch (RuntimeException e) {
        return timestamp;
      }
    }
    return firstMessage == null ? NONE : UTC.format(firstMessage);
  }
}
