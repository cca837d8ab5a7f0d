package com.example.checked.callers;

import com.example.checked.front.Conversation;
import org.jspecify.annotations.NullMarked;

/** Dereferences a nullable accessor without a check: NullAway must reject it. */
@NullMarked
public final class BadCaller {

  private BadCaller() {}

  public static int subjectLength(Conversation conversation) {
    return conversation.subject().length();
  }
}
