// Source: hostile-text.yaml#/components/schemas/Mood
package dev.specgen.models.hostiletext;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Values with quotes and backslashes: &quot; &#92; &#42;/
 *
 * <p>Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Mood {
    /**
     * The value <code>"say "hi""</code>.
     */
    public static final Mood SAY_HI = new Mood("say \"hi\"", Known.SAY_HI);

    /**
     * The value <code>"back&#92;slash"</code>.
     */
    public static final Mood BACK_SLASH = new Mood("back\\slash", Known.BACK_SLASH);

    /**
     * The value <code>"&#92;u0022"</code>.
     */
    public static final Mood U0022 = new Mood("\\u0022", Known.U0022);

    /**
     * The value <code>"new line"</code>.
     */
    public static final Mood NEW_LINE = new Mood("new line", Known.NEW_LINE);

    /**
     * The value <code>"&#42;/"</code>.
     */
    public static final Mood EMPTY = new Mood("*/", Known.EMPTY);

    /**
     * The value <code>"$L"</code>.
     */
    public static final Mood L = new Mood("$L", Known.L);

    private static final List<Mood> KNOWN_VALUES = List.of(SAY_HI, BACK_SLASH, U0022, NEW_LINE, EMPTY, L);

    private final String value;

    private final Known known;

    private Mood(String value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     *
     * @param value the value as sent
     * @return the matching constant, or an unknown value
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static Mood of(String value) {
        Objects.requireNonNull(value, "value");
        for (Mood candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new Mood(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<Mood> values() {
        return KNOWN_VALUES;
    }

    /**
     * The value as sent, known or not.
     *
     * @return the raw value
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Whether the spec lists this value.
     *
     * @return {@code false} for values added after the spec was written
     */
    public boolean isKnown() {
        return known != Known._UNKNOWN;
    }

    /**
     * This value as a Java enum, to switch on.
     *
     * @return the matching constant, or {@code _UNKNOWN} for a value the spec does not list
     */
    public Known known() {
        return known;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Mood that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    /**
     * The values of {@link Mood} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link Mood#SAY_HI}.
         */
        SAY_HI,

        /**
         * {@link Mood#BACK_SLASH}.
         */
        BACK_SLASH,

        /**
         * {@link Mood#U0022}.
         */
        U0022,

        /**
         * {@link Mood#NEW_LINE}.
         */
        NEW_LINE,

        /**
         * {@link Mood#EMPTY}.
         */
        EMPTY,

        /**
         * {@link Mood#L}.
         */
        L,

        /**
         * A value the spec does not list; {@link Mood#value()} holds it.
         */
        _UNKNOWN
    }
}
