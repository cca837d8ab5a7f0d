// Source: hostile-text.yaml#/components/schemas/Tagged
package dev.specgen.models.hostiletext;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import javax.annotation.processing.Generated;

/**
 * One of: {@link Quoted}, {@link Plain}, told apart by the property <code>kind"</code>. A value no
 * variant reads is kept as {@link Unknown} and written back unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Tagged permits Tagged.Quoted, Tagged.Plain, Tagged.Unknown {
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
     * @return the variant, {@code Unknown} when none reads the value, or {@code null} for {@code null}
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static Tagged fromJson(Object json) {
        if (json == null) {
            return null;
        }
        if (!(ModelSupport.property(json, "kind\"") instanceof String tag)) {
            return new Unknown(json);
        }
        try {
            return switch (tag) {
                case "a\"b", "\\u0022" -> new Quoted(dev.specgen.models.hostiletext.Quoted.fromJson(json));
                case "Plain" -> new Plain(dev.specgen.models.hostiletext.Plain.fromJson(json));
                default -> new Unknown(json);
            };
        } catch (IllegalArgumentException e) {
            // the tag is known but the fields do not fit its variant: keep the JSON as it is
            return new Unknown(json);
        }
    }

    /**
     * A value of variant {@code Quoted} (discriminator <code>a"b</code>, <code>&#92;u0022</code>).
     *
     * @param value the value
     */
    record Quoted(dev.specgen.models.hostiletext.Quoted value) implements Tagged {
    }

    /**
     * A value of variant {@code Plain} (discriminator <code>Plain</code>).
     *
     * @param value the value
     */
    record Plain(dev.specgen.models.hostiletext.Plain value) implements Tagged {
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown(Object value) implements Tagged {
    }
}
