// Source: front.yaml#/components/schemas/AttachmentMetadata
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelBuilder;
import dev.specgen.runtime.model.ModelSupport;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of an attachment.
 *
 * @param isInline Whether the file is displayed inline in the message body. JSON name
 *     <code>is_inline</code>.
 * @param cid Content ID of an inline file.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachmentMetadata(@JsonProperty("is_inline") @Nullable Boolean isInline,
        @JsonProperty("cid") @Nullable String cid,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public AttachmentMetadata {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().isInline(isInline).cid(cid).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable Boolean isInline;
        private @Nullable String cid;

        private Builder() {}

        public Builder isInline(@Nullable Boolean isInline) {
            this.isInline = isInline;
            return this;
        }

        public Builder cid(@Nullable String cid) {
            this.cid = cid;
            return this;
        }

        public AttachmentMetadata build() {
            return new AttachmentMetadata(this.isInline, this.cid, this.additionalProperties);
        }
    }
}
