package dev.specgen.bench.front;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Hand-written records for Front's conversation page, decoded with plain Jackson: the baseline
 * that generated models are compared with. Numbers with a fraction are {@link BigDecimal}, as in
 * Specgen's mapper; unknown properties are ignored, as in Specgen's mapper.
 */
public final class PlainFront {

  private PlainFront() {}

  /** A plain Jackson mapper: defaults plus ignoring unknown properties and BigDecimal decimals. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
  }

  public record Page(
      @JsonProperty("_pagination") Pagination pagination,
      @JsonProperty("_links") SelfLinks links,
      @JsonProperty("_results") List<Conversation> results) {}

  public record Pagination(String next) {}

  public record SelfLinks(String self) {}

  public record Links(String self, Map<String, String> related) {}

  public record Conversation(
      @JsonProperty("_links") Links links,
      String id,
      String subject,
      Status status,
      Teammate assignee,
      Recipient recipient,
      List<Tag> tags,
      @JsonProperty("last_message") Message lastMessage,
      @JsonProperty("created_at") BigDecimal createdAt,
      @JsonProperty("is_private") Boolean isPrivate) {}

  public enum Status {
    @JsonProperty("assigned") ASSIGNED,
    @JsonProperty("unassigned") UNASSIGNED,
    @JsonProperty("archived") ARCHIVED,
    @JsonProperty("trashed") TRASHED,
    @JsonProperty("deleted") DELETED
  }

  public record Teammate(
      @JsonProperty("_links") Links links,
      String id,
      String email,
      String username,
      @JsonProperty("first_name") String firstName,
      @JsonProperty("last_name") String lastName,
      @JsonProperty("is_admin") Boolean isAdmin,
      @JsonProperty("is_available") Boolean isAvailable,
      @JsonProperty("is_blocked") Boolean isBlocked) {}

  public record Recipient(@JsonProperty("_links") Links links, String handle, String role) {}

  public record Tag(
      @JsonProperty("_links") Links links,
      String id,
      String name,
      String highlight,
      @JsonProperty("is_private") Boolean isPrivate,
      @JsonProperty("created_at") BigDecimal createdAt,
      @JsonProperty("updated_at") BigDecimal updatedAt) {}

  public record Message(
      @JsonProperty("_links") Links links,
      String id,
      String type,
      @JsonProperty("is_inbound") Boolean isInbound,
      @JsonProperty("is_draft") Boolean isDraft,
      @JsonProperty("created_at") BigDecimal createdAt,
      String blurb,
      Teammate author,
      List<Recipient> recipients,
      String body,
      String text,
      List<Attachment> attachments,
      Map<String, Object> metadata) {}

  public record Attachment(
      String filename,
      String url,
      @JsonProperty("content_type") String contentType,
      Long size,
      AttachmentMetadata metadata) {}

  public record AttachmentMetadata(@JsonProperty("is_inline") Boolean isInline, String cid) {}
}
