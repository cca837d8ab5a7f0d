// Source: name-torture.yaml#/components/schemas/Either
package dev.specgen.models.nametorture;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * A variant named Unknown, so the fallback record needs another name.
 *
 * <p>One of: {@link Unknown}, {@link JsonProperty}, {@link StringValue}. A value no variant reads
 * is kept as {@link Unknown2} and written back unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Either permits Either.Unknown, Either.JsonProperty, Either.StringValue, Either.Unknown2 {
    /**
     * The variant's value, which is what is written as JSON.
     *
     * @return the value
     */
    @JsonValue
    Object value();

    /**
     * Reads the variant {@code json} holds; Jackson calls it with the JSON read as plain values.
     *
     * @param json plain JSON values, or {@code null}
     * @return the variant, {@code Unknown2} when none reads the value, or {@code null} for {@code null}
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static Either fromJson(Object json) {
        if (json == null) {
            return null;
        }
        if (json instanceof Map<?, ?>) {
            if (ModelSupport2.hasAnyKey(json, "mystery")) {
                try {
                    return new Unknown(dev.specgen.models.nametorture.Unknown.fromJson(json));
                } catch (java.lang.IllegalArgumentException e) {
                    // the value does not fit this variant: try the next one
                }
            }
            try {
                return new JsonProperty(dev.specgen.models.nametorture.JsonProperty.fromJson(json));
            } catch (java.lang.IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        } else if (json instanceof String) {
            try {
                return new StringValue(ModelSupport2.string(json));
            } catch (java.lang.IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        }
        return new Unknown2(json);
    }

    /**
     * A value of variant {@code Unknown}.
     *
     * @param value the value
     */
    record Unknown(dev.specgen.models.nametorture.Unknown value) implements Either {
    }

    /**
     * A value of variant {@code JsonProperty}.
     *
     * @param value the value
     */
    record JsonProperty(dev.specgen.models.nametorture.JsonProperty value) implements Either {
    }

    /**
     * A value of variant {@code StringValue}.
     *
     * @param value the value
     */
    record StringValue(String value) implements Either {
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown2(Object value) implements Either {
    }
}
