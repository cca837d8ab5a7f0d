// Source: front.yaml#/components/schemas/Attachment
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
 * A file attached to a message.
 *
 * @param filename Name of the file.
 * @param url URL to download the file.
 * @param contentType MIME type of the file. JSON name <code>content_type</code>.
 * @param size Size of the file in bytes.
 * @param metadata Metadata of an attachment.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(@JsonProperty("filename") @Nullable String filename,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("content_type") @Nullable String contentType,
        @JsonProperty("size") @Nullable Integer size,
        @JsonProperty("metadata") @Nullable AttachmentMetadata metadata,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Attachment {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().filename(filename).url(url).contentType(contentType).size(size)
                .metadata(metadata).additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String filename;
        private @Nullable String url;
        private @Nullable String contentType;
        private @Nullable Integer size;
        private @Nullable AttachmentMetadata metadata;

        private Builder() {}

        public Builder filename(@Nullable String filename) {
            this.filename = filename;
            return this;
        }

        public Builder url(@Nullable String url) {
            this.url = url;
            return this;
        }

        public Builder contentType(@Nullable String contentType) {
            this.contentType = contentType;
            return this;
        }

        public Builder size(@Nullable Integer size) {
            this.size = size;
            return this;
        }

        public Builder metadata(@Nullable AttachmentMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public Attachment build() {
            return new Attachment(this.filename, this.url, this.contentType, this.size,
                    this.metadata, this.additionalProperties);
        }
    }
}
