// Source: shape-union.yaml#/components/schemas/Ambiguous
package dev.specgen.models.shapeunion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.specgen.runtime.model.UnionJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Two objects with nothing to tell them apart; the reader warns.
 *
 * <p>One of: {@link NoteVariant}, {@link MemoVariant}. A value no variant reads is kept as {@link
 * Unknown} and written back unchanged.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public sealed interface Ambiguous permits Ambiguous.NoteVariant, Ambiguous.MemoVariant, Ambiguous.Unknown {
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
     * A {@code Ambiguous} holding the variant {@code Note}.
     *
     * @param value the value
     * @return the union value
     */
    static Ambiguous ofNote(Note value) {
        Objects.requireNonNull(value, "value");
        return new NoteVariant(value);
    }

    /**
     * A {@code Ambiguous} holding the variant {@code Memo}.
     *
     * @param value the value
     * @return the union value
     */
    static Ambiguous ofMemo(Memo value) {
        Objects.requireNonNull(value, "value");
        return new MemoVariant(value);
    }

    /**
     * Whether this value holds the variant {@code Note}.
     *
     * @return {@code true} if it does
     */
    default boolean isNote() {
        return this instanceof NoteVariant;
    }

    /**
     * The value of the variant {@code Note}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Note asNote() {
        if (this instanceof NoteVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Ambiguous holds " + getClass().getSimpleName() + ", not Note");
    }

    /**
     * Whether this value holds the variant {@code Memo}.
     *
     * @return {@code true} if it does
     */
    default boolean isMemo() {
        return this instanceof MemoVariant;
    }

    /**
     * The value of the variant {@code Memo}.
     *
     * @return the value
     * @throws IllegalStateException if this value holds another variant
     */
    default Memo asMemo() {
        if (this instanceof MemoVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Ambiguous holds " + getClass().getSimpleName() + ", not Memo");
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
    static Ambiguous read(UnionJson json) {
        if (json.isObject()) {
            try {
                return new NoteVariant(json.as(Note.class));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
            try {
                return new MemoVariant(json.as(Memo.class));
            } catch (IllegalArgumentException e) {
                // the value does not fit this variant: try the next one
            }
        }
        return new Unknown(json.plain());
    }

    /**
     * What to do with each variant of a {@link Ambiguous}, for {@link Ambiguous#accept}: a method per variant,
     * so a caller needs no {@code instanceof} chain.
     *
     * @param <R> what the methods return
     */
    interface Visitor<R> {
        /**
         * Called for the variant {@code Note}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitNote(Note value);

        /**
         * Called for the variant {@code Memo}.
         *
         * @param value the variant's value
         * @return the result
         */
        R visitMemo(Memo value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         * @return the result
         */
        R visitUnknown(Object json);
    }

    /**
     * A value of variant {@code Note}.
     *
     * @param value the value
     */
    record NoteVariant(Note value) implements Ambiguous {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNote(value);
        }
    }

    /**
     * A value of variant {@code Memo}.
     *
     * @param value the value
     */
    record MemoVariant(Memo value) implements Ambiguous {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMemo(value);
        }
    }

    /**
     * A value no variant reads, such as an object with a discriminator value this version does not know.
     * It holds the plain JSON values ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}) and is written back unchanged.
     *
     * @param value the JSON value as read
     */
    record Unknown(Object value) implements Ambiguous {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
