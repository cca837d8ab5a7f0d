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
    @JsonValue
    Object value();

    <R> R accept(Visitor<R> visitor);

    static Tree ofLeaf(Leaf value) {
        Objects.requireNonNull(value, "value");
        return new LeafVariant(value);
    }

    static Tree ofBranch(Branch value) {
        Objects.requireNonNull(value, "value");
        return new BranchVariant(value);
    }

    default boolean isLeaf() {
        return this instanceof LeafVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default Leaf asLeaf() {
        if (this instanceof LeafVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Tree holds " + getClass().getSimpleName() + ", not Leaf");
    }

    default boolean isBranch() {
        return this instanceof BranchVariant;
    }

    /**
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
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

    interface Visitor<R> {
        R visitLeaf(Leaf value);
        R visitBranch(Branch value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         */
        R visitUnknown(Object json);
    }

    record LeafVariant(Leaf value) implements Tree {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLeaf(value);
        }
    }

    record BranchVariant(Branch value) implements Tree {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBranch(value);
        }
    }

    /**
     * A value no variant reads, such as an unknown discriminator value, kept as plain JSON values
     * ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}) and written back unchanged.
     */
    record Unknown(Object value) implements Tree {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
