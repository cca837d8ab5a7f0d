// Source: enums.yaml#/components/schemas/Window
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** Values that are not identifiers. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Window extends OpenEnum<String, Window.Known> {
    public static final Window _0_1H = new Window("0-1h", Known._0_1H);
    public static final Window _24H = new Window("24h+", Known._24H);
    public static final Window CAPTAIN_ASSISTANT = new Window("Captain::Assistant", Known.CAPTAIN_ASSISTANT);
    public static final Window A_B = new Window("a-b", Known.A_B);
    public static final Window A_B_2 = new Window("a_b", Known.A_B_2);
    public static final Window EMPTY = new Window("", Known.EMPTY);
    private static final List<Window> KNOWN_VALUES = List.of(_0_1H, _24H, CAPTAIN_ASSISTANT, A_B, A_B_2, EMPTY);

    private Window(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Window of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new Window(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<Window> values() {
        return KNOWN_VALUES;
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
