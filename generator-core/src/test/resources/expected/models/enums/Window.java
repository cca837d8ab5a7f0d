// Source: enums.yaml#/components/schemas/Window
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** Values that are not identifiers. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Window {
    public static final Window _0_1H = new Window("0-1h", Known._0_1H);
    public static final Window _24H = new Window("24h+", Known._24H);
    public static final Window CAPTAIN_ASSISTANT = new Window("Captain::Assistant", Known.CAPTAIN_ASSISTANT);
    public static final Window A_B = new Window("a-b", Known.A_B);
    public static final Window A_B_2 = new Window("a_b", Known.A_B_2);
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
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Window of(String value) {
        Objects.requireNonNull(value, "value");
        for (Window candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new Window(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<Window> values() {
        return KNOWN_VALUES;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public boolean isKnown() {
        return known != Known._UNKNOWN;
    }

    /**
     * This value as a Java enum, to switch on; {@code _UNKNOWN} for a value the spec does not list.
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

    public enum Known {
        _0_1H,
        _24H,
        CAPTAIN_ASSISTANT,
        A_B,
        A_B_2,
        EMPTY,
        _UNKNOWN
    }
}
