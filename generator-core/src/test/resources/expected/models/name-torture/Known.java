// Source: name-torture.yaml#/components/schemas/Known
package dev.specgen.models.nametorture;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

/** An enum whose name is the one its nested Java enum would take. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Known extends OpenEnum<String, Known.Known2> {
    public static final Known KNOWN = new Known("known", Known2.KNOWN);
    public static final Known KNOWN_VALUES = new Known("KNOWN_VALUES", Known2.KNOWN_VALUES);
    public static final Known UNKNOWN = new Known("_unknown", Known2.UNKNOWN);
    public static final Known VALUES = new Known("values", Known2.VALUES);
    public static final Known VALUE = new Known("value", Known2.VALUE);
    public static final Known OF = new Known("of", Known2.OF);
    private static final List<Known> KNOWN_VALUES_2 = List.of(KNOWN, KNOWN_VALUES, UNKNOWN, VALUES, VALUE, OF);

    private Known(String value, Known2 known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Known of(String value) {
        return lookup(KNOWN_VALUES_2, value, unknown -> new Known(unknown, Known2._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<Known> values() {
        return KNOWN_VALUES_2;
    }

    public enum Known2 {
        KNOWN,
        KNOWN_VALUES,
        UNKNOWN,
        VALUES,
        VALUE,
        OF,
        _UNKNOWN
    }
}
