package com.example.checked.callers;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.checked.front.Conversation;
import com.example.checked.front.ConversationStatus;
import com.example.checked.front.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationDigestTest {

  @Test
  void aConversationWithEverythingSet() {
    Conversation conversation = Conversation.builder()
        .subject(" Refund ")
        .status(ConversationStatus.of("open"))
        .tags(List.of(Tag.builder().name("vip").build()))
        .createdAt(new BigDecimal("1453770984.123"))
        .build();

    assertThat(ConversationDigest.line(conversation)).isEqualTo("Refund [open] tags=vip 2016-01-26T01:16:24.123Z");
  }

  @Test
  void aConversationWithNothingSetNeedsNoNullChecksForItsLists() {
    assertThat(ConversationDigest.line(Conversation.builder().build())).isEqualTo("(no subject) [-] tags=");
  }
}
