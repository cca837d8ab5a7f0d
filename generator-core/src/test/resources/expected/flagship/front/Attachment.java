// Source: front.yaml#/components/schemas/Attachment
package dev.specgen.flagship.front;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.model.ModelSupport;
import java.util.LinkedHashMap;
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
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(@JsonProperty("filename") @Nullable String filename,
        @JsonProperty("url") @Nullable String url,
        @JsonProperty("content_type") @Nullable String contentType,
        @JsonProperty("size") @Nullable Integer size,
        @JsonProperty("metadata") @Nullable AttachmentMetadata metadata,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param filename see {@link #filename()}
     * @param url see {@link #url()}
     * @param contentType see {@link #contentType()}
     * @param size see {@link #size()}
     * @param metadata see {@link #metadata()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Attachment {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    /**
     * A builder with no values set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Attachment}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String filename;

        private @Nullable String url;

        private @Nullable String contentType;

        private @Nullable Integer size;

        private @Nullable AttachmentMetadata metadata;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Attachment source) {
            this.filename = source.filename();
            this.url = source.url();
            this.contentType = source.contentType();
            this.size = source.size();
            this.metadata = source.metadata();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>filename</code>.
         *
         * @param filename the value, or {@code null} for none
         * @return this builder
         */
        public Builder filename(@Nullable String filename) {
            this.filename = filename;
            return this;
        }

        /**
         * Sets <code>url</code>.
         *
         * @param url the value, or {@code null} for none
         * @return this builder
         */
        public Builder url(@Nullable String url) {
            this.url = url;
            return this;
        }

        /**
         * Sets <code>content_type</code>.
         *
         * @param contentType the value, or {@code null} for none
         * @return this builder
         */
        public Builder contentType(@Nullable String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * Sets <code>size</code>.
         *
         * @param size the value, or {@code null} for none
         * @return this builder
         */
        public Builder size(@Nullable Integer size) {
            this.size = size;
            return this;
        }

        /**
         * Sets <code>metadata</code>.
         *
         * @param metadata the value, or {@code null} for none
         * @return this builder
         */
        public Builder metadata(@Nullable AttachmentMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Adds a property the spec does not declare; it is written as given.
         *
         * @param name the property's JSON name
         * @param value its value
         * @return this builder
         */
        public Builder additionalProperty(String name, @Nullable Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        /**
         * Replaces every property the spec does not declare.
         *
         * @param values the properties by JSON name
         * @return this builder
         */
        public Builder additionalProperties(Map<String, Object> values) {
            this.additionalProperties.clear();
            this.additionalProperties.putAll(values);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new record
         */
        public Attachment build() {
            return new Attachment(
                    this.filename,
                    this.url,
                    this.contentType,
                    this.size,
                    this.metadata,
                    this.additionalProperties);
        }
    }
}
