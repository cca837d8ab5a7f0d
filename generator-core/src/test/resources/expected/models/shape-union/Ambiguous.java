// Source: shape-union.yaml#/components/schemas/Ambiguous
package dev.specgen.models.shapeunion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Two objects with nothing to tell them apart; the reader warns.
 *
 * <p>One of: {@link Note}, {@link Memo}. A value no variant reads is kept as {@link Unknown} and
 * written back unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Ambiguous permits Ambiguous.Note, Ambiguous.Memo, Ambiguous.Unknown {
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
    static Ambiguous fromJson(Object json) {
        if (json == null) {
            return null;
        }
        if (json instanceof Map<?, ?>) {
            try {
                return new Note(dev.specgen.models.shapeunion.Note.fromJson(json));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
            try {
                return new Memo(dev.specgen.models.shapeunion.Memo.fromJson(json));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        }
        return new Unknown(json);
    }

    /**
     * A value of variant {@code Note}.
     *
     * @param value the value
     */
    record Note(dev.specgen.models.shapeunion.Note value) implements Ambiguous {
    }

    /**
     * A value of variant {@code Memo}.
     *
     * @param value the value
     */
    record Memo(dev.specgen.models.shapeunion.Memo value) implements Ambiguous {
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown(Object value) implements Ambiguous {
    }
}
