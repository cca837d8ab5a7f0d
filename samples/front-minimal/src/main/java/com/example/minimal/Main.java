package com.example.minimal;

import com.example.front.Conversation;
import com.example.front.FrontClient;

/** Lists a Front contact's conversations: {@code Main crd_123} with FRONT_API_TOKEN set. */
public final class Main {
  public static void main(String[] args) {
    try (FrontClient front = FrontClient.fromEnv()) {
      for (Conversation conversation : front.listContactConversationsAll(args[0])) {
        System.out.println(conversation.id() + "  " + conversation.status() + "  " + conversation.subject());
      }
    }
  }
}
