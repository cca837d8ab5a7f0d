// Source: recursion.yaml#/components/schemas/Tree
package dev.specgen.models.recursion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.specgen.runtime.model.UnionJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * One of: {@link LeafVariant}, {@link BranchVariant}. A value no variant reads is kept as {@link
 * Unknown} and written back unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Tree permits Tree.LeafVariant, Tree.BranchVariant, Tree.Unknown {
    /**
     * The variant's value, which is what is written as JSON.
     *
     * @return the value
     */
    @JsonValue
    Object value();

    /**
     * Calls the method of {@code visitor} for the variant this value holds.
     *
     * @param <R> what the visitor returns
     * @param visitor the code to run per variant
     * @return what the visitor returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * A {@code Tree} holding the variant {@code Leaf}.
     *
     * @param value the value
     * @return the union value
     */
    static Tree ofLeaf(Leaf value) {
        Objects.requireNonNull(value, "value");
        return new LeafVariant(value);
    }

    /**
     * A {@code Tree} holding the variant {@code Branch}.
     *
     * @param value the value
     * @return the union value
     */
    static Tree ofBranch(Branch value) {
        Objects.requireNonNull(value, "value");
        return new BranchVariant(value);
    }

    /**
     * Whether this value holds the variant {@code Leaf}.
     *
     * @return {@code true} if it does
     */
    default boolean isLeaf() {
        return this instanceof LeafVariant;
    }

    /**
     * The value of the variant {@code Leaf}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Leaf asLeaf() {
        if (this instanceof LeafVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Tree holds " + getClass().getSimpleName() + ", not Leaf");
    }

    /**
     * Whether this value holds the variant {@code Branch}.
     *
     * @return {@code true} if it does
     */
    default boolean isBranch() {
        return this instanceof BranchVariant;
    }

    /**
     * The value of the variant {@code Branch}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Branch asBranch() {
        if (this instanceof BranchVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Tree holds " + getClass().getSimpleName() + ", not Branch");
    }

    /**
     * Picks the variant {@code json} holds, {@code Unknown} when none reads it; Jackson calls it.
     *
     * @param json the JSON value being read
     * @return the variant
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static Tree read(UnionJson json) {
        if (json.isObject()) {
            if (json.hasAnyKey("value")) {
                try {
                    return new LeafVariant(json.as(Leaf.class));
                } catch (IllegalArgumentException e) {
                    // the value does not fit this variant: try the next one
                }
            }
            if (json.hasAnyKey("children")) {
                try {
                    return new BranchVariant(json.as(Branch.class));
                } catch (IllegalArgumentException e) {
                    // the value does not fit this variant: try the next one
                }
            }
        }
        return new Unknown(json.plain());
    }

    /**
     * What to do with each variant of a {@link Tree}, for {@link Tree#accept}: a method per variant,
     * so a caller needs no {@code instanceof} chain.
     *
     * @param <R> what the methods return
     */
    interface Visitor<R> {
        /**
         * Called for the variant {@code Leaf}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitLeaf(Leaf value);

        /**
         * Called for the variant {@code Branch}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitBranch(Branch value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         * @return the result
         */
        R visitUnknown(Object json);
    }

    /**
     * A value of variant {@code Leaf}.
     *
     * @param value the value
     */
    record LeafVariant(Leaf value) implements Tree {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLeaf(value);
        }
    }

    /**
     * A value of variant {@code Branch}.
     *
     * @param value the value
     */
    record BranchVariant(Branch value) implements Tree {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBranch(value);
        }
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown(Object value) implements Tree {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
