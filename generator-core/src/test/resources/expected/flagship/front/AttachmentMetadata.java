// Source: front.yaml#/components/schemas/AttachmentMetadata
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
 * Metadata of an attachment.
 *
 * @param isInline Whether the file is displayed inline in the message body. JSON name
 *     <code>is_inline</code>.
 * @param cid Content ID of an inline file.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachmentMetadata(@JsonProperty("is_inline") @Nullable Boolean isInline,
        @JsonProperty("cid") @Nullable String cid,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param isInline see {@link #isInline()}
     * @param cid see {@link #cid()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public AttachmentMetadata {
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
     * Builds a {@link AttachmentMetadata}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable Boolean isInline;

        private @Nullable String cid;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(AttachmentMetadata source) {
            this.isInline = source.isInline();
            this.cid = source.cid();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>is_inline</code>.
         *
         * @param isInline the value, or {@code null} for none
         * @return this builder
         */
        public Builder isInline(@Nullable Boolean isInline) {
            this.isInline = isInline;
            return this;
        }

        /**
         * Sets <code>cid</code>.
         *
         * @param cid the value, or {@code null} for none
         * @return this builder
         */
        public Builder cid(@Nullable String cid) {
            this.cid = cid;
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
        public AttachmentMetadata build() {
            return new AttachmentMetadata(
                    this.isInline,
                    this.cid,
                    this.additionalProperties);
        }
    }
}
