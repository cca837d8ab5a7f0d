// Source: hostile-text.yaml#/components/schemas/Mood
package dev.specgen.models.hostiletext;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** Values with quotes and backslashes: &quot; &#92; &#42;/ */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Mood extends OpenEnum<String, Mood.Known> {
    public static final Mood SAY_HI = new Mood("say \"hi\"", Known.SAY_HI);
    public static final Mood BACK_SLASH = new Mood("back\\slash", Known.BACK_SLASH);
    public static final Mood U0022 = new Mood("\\u0022", Known.U0022);
    public static final Mood NEW_LINE = new Mood("new line", Known.NEW_LINE);
    public static final Mood EMPTY = new Mood("*/", Known.EMPTY);
    public static final Mood L = new Mood("$L", Known.L);
    private static final List<Mood> KNOWN_VALUES = List.of(SAY_HI, BACK_SLASH, U0022, NEW_LINE, EMPTY, L);

    private Mood(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Mood of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new Mood(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<Mood> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        SAY_HI,
        BACK_SLASH,
        U0022,
        NEW_LINE,
        EMPTY,
        L,
        _UNKNOWN
    }
}
