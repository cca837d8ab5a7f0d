// Source: hostile-text.yaml#/components/schemas/Hostile
package dev.specgen.models.hostiletext;

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
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Hostile(@JsonProperty("text") @Nullable String text,
        @JsonProperty("mood") @Nullable Mood mood,
        @JsonProperty("tagged") @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) @Nullable Tagged tagged,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties) {
    public Hostile {
        additionalProperties = ModelSupport.copyOrEmpty(additionalProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().text(text).mood(mood).tagged(tagged)
                .additionalProperties(additionalProperties);
    }

    public static final class Builder extends ModelBuilder<Builder, Object> {
        private @Nullable String text;
        private @Nullable Mood mood;
        private @Nullable Tagged tagged;

        private Builder() {}

        public Builder text(@Nullable String text) {
            this.text = text;
            return this;
        }

        public Builder mood(@Nullable Mood mood) {
            this.mood = mood;
            return this;
        }

        public Builder tagged(@Nullable Tagged tagged) {
            this.tagged = tagged;
            return this;
        }

        public Hostile build() {
            return new Hostile(this.text, this.mood, this.tagged, this.additionalProperties);
        }
    }
}
