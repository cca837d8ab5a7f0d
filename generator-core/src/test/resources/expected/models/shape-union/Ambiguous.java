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
    @JsonValue
    Object value();

    <R> R accept(Visitor<R> visitor);

    static Ambiguous ofNote(Note value) {
        Objects.requireNonNull(value, "value");
        return new NoteVariant(value);
    }

    static Ambiguous ofMemo(Memo value) {
        Objects.requireNonNull(value, "value");
        return new MemoVariant(value);
    }

    default boolean isNote() {
        return this instanceof NoteVariant;
    }

    /**
     * @throws IllegalStateException if this value holds another variant
     */
    default Note asNote() {
        if (this instanceof NoteVariant variant) {
            return variant.value();
        }
        throw new IllegalStateException("Ambiguous holds " + getClass().getSimpleName() + ", not Note");
    }

    default boolean isMemo() {
        return this instanceof MemoVariant;
    }

    /**
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
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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

    interface Visitor<R> {
        R visitNote(Note value);
        R visitMemo(Memo value);

        /**
         * Called for a value no variant reads, such as a discriminator value this version does not know.
         *
         * @param json the plain JSON value, as read
         */
        R visitUnknown(Object json);
    }

    record NoteVariant(Note value) implements Ambiguous {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNote(value);
        }
    }

    record MemoVariant(Memo value) implements Ambiguous {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMemo(value);
        }
    }

    /**
     * A value no variant reads, such as an unknown discriminator value, kept as plain JSON values
     * ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}) and written back unchanged.
     */
    record Unknown(Object value) implements Ambiguous {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnknown(value);
        }
    }
}
