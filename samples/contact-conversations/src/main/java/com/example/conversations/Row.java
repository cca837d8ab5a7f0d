package com.example.conversations;

/**
 * One conversation as the table shows it. Every text is already formatted; absent values are
 * {@code "-"}.
 *
 * @param provider the provider's name, e.g. {@code Front}
 * @param id the conversation's id at the provider
 * @param status the conversation's status
 * @param summary its subject or its last message
 * @param assignee who it is assigned to
 * @param created when it was created, in UTC (HighLevel: when its last message was, marked *)
 */
public record Row(String provider, String id, String status, String summary, String assignee,
    String created) {}
