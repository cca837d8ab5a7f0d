// Source: hostile-text.yaml#/components/schemas/Hostile
package dev.specgen.models.hostiletext;

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
 * Ends the comment <em>/ int broken = 1; /</em>
 *
 * <p>Unicode escapes &#92;u002a/ and &#92;u000a break comments; $L and $S and $$ are JavaPoet's;
 * &#64;param tags and {&#64;code braces} and &#64;deprecated at a line start;
 * HTML &lt;script&gt;alert('x')&lt;/script&gt; &amp; entities &amp; &#42;/ &#92;u0041 and a lone
 * &#92; backslash.
 *
 * <p>Example:
 * <pre>
 * {
 *   "text": "&#42;/ &#92;&#92;u002a/ &lt;/pre&gt; &#64;see"
 * }
 * </pre>
 *
 * @param text <em>/ class Injected {} /</em> &#92;u000d&#92;u000a &#64;return nothing Example:
 *     <code>"&#42;/ &lt;b&gt;bold&lt;/b&gt; &#92;&#92;u0022 $T"</code>.
 * @param mood Values with quotes and backslashes: &quot; &#92; &#42;/
 * @param tagged the <code>tagged</code> property.
 * @param additionalProperties the properties the spec does not declare, written back as read
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Hostile(@JsonProperty("text") @Nullable String text,
        @JsonProperty("mood") @Nullable Mood mood,
        @JsonProperty("tagged") @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) @Nullable Tagged tagged,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param text see {@link #text()}
     * @param mood see {@link #mood()}
     * @param tagged see {@link #tagged()}
     * @param additionalProperties see {@link #additionalProperties()}
     */
    public Hostile {
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
     * Builds a {@link Hostile}; {@link #build()} checks that required properties are set.
     */
    public static final class Builder {
        private @Nullable String text;

        private @Nullable Mood mood;

        private @Nullable Tagged tagged;

        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Hostile source) {
            this.text = source.text();
            this.mood = source.mood();
            this.tagged = source.tagged();
            this.additionalProperties.putAll(source.additionalProperties());
        }

        /**
         * Sets <code>text</code>.
         *
         * @param text the value, or {@code null} for none
         * @return this builder
         */
        public Builder text(@Nullable String text) {
            this.text = text;
            return this;
        }

        /**
         * Sets <code>mood</code>.
         *
         * @param mood the value, or {@code null} for none
         * @return this builder
         */
        public Builder mood(@Nullable Mood mood) {
            this.mood = mood;
            return this;
        }

        /**
         * Sets <code>tagged</code>.
         *
         * @param tagged the value, or {@code null} for none
         * @return this builder
         */
        public Builder tagged(@Nullable Tagged tagged) {
            this.tagged = tagged;
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
        public Hostile build() {
            return new Hostile(
                    this.text,
                    this.mood,
                    this.tagged,
                    this.additionalProperties);
        }
    }
}
