// Source: enums.yaml#/components/schemas/Window
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Values that are not identifiers.
 *
 * <p>Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Window {
    /**
     * The value <code>"0-1h"</code>.
     */
    public static final Window _0_1H = new Window("0-1h", Known._0_1H);

    /**
     * The value <code>"24h+"</code>.
     */
    public static final Window _24H = new Window("24h+", Known._24H);

    /**
     * The value <code>"Captain::Assistant"</code>.
     */
    public static final Window CAPTAIN_ASSISTANT = new Window("Captain::Assistant", Known.CAPTAIN_ASSISTANT);

    /**
     * The value <code>"a-b"</code>.
     */
    public static final Window A_B = new Window("a-b", Known.A_B);

    /**
     * The value <code>"a_b"</code>.
     */
    public static final Window A_B_2 = new Window("a_b", Known.A_B_2);

    /**
     * The value <code>""</code>.
     */
    public static final Window EMPTY = new Window("", Known.EMPTY);

    private static final List<Window> KNOWN_VALUES = List.of(_0_1H, _24H, CAPTAIN_ASSISTANT, A_B, A_B_2, EMPTY);

    private final String value;

    private final Known known;

    private Window(String value, Known known) {
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
    public static Window of(String value) {
        Objects.requireNonNull(value, "value");
        for (Window candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new Window(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<Window> values() {
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
        return other instanceof Window that && value.equals(that.value);
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
     * The values of {@link Window} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link Window#_0_1H}.
         */
        _0_1H,

        /**
         * {@link Window#_24H}.
         */
        _24H,

        /**
         * {@link Window#CAPTAIN_ASSISTANT}.
         */
        CAPTAIN_ASSISTANT,

        /**
         * {@link Window#A_B}.
         */
        A_B,

        /**
         * {@link Window#A_B_2}.
         */
        A_B_2,

        /**
         * {@link Window#EMPTY}.
         */
        EMPTY,

        /**
         * A value the spec does not list; {@link Window#value()} holds it.
         */
        _UNKNOWN
    }
}
