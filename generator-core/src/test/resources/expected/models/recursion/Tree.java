// Source: recursion.yaml#/components/schemas/Tree
package dev.specgen.models.recursion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * One of: {@link Leaf}, {@link Branch}. A value no variant reads is kept as {@link Unknown} and
 * written back unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Tree permits Tree.Leaf, Tree.Branch, Tree.Unknown {
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
    static Tree fromJson(Object json) {
        if (json == null) {
            return null;
        }
        if (json instanceof Map<?, ?>) {
            if (ModelSupport.hasAnyKey(json, "value")) {
                try {
                    return new Leaf(dev.specgen.models.recursion.Leaf.fromJson(json));
                } catch (IllegalArgumentException e) {
                    // the value does not fit this variant: try the next one
                }
            }
            if (ModelSupport.hasAnyKey(json, "children")) {
                try {
                    return new Branch(dev.specgen.models.recursion.Branch.fromJson(json));
                } catch (IllegalArgumentException e) {
                    // the value does not fit this variant: try the next one
                }
            }
        }
        return new Unknown(json);
    }

    /**
     * A value of variant {@code Leaf}.
     *
     * @param value the value
     */
    record Leaf(dev.specgen.models.recursion.Leaf value) implements Tree {
    }

    /**
     * A value of variant {@code Branch}.
     *
     * @param value the value
     */
    record Branch(dev.specgen.models.recursion.Branch value) implements Tree {
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown(Object value) implements Tree {
    }
}
