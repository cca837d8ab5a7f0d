// Source: hostile-text.yaml#/components/schemas/Mood
package dev.specgen.models.hostiletext;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** Values with quotes and backslashes: &quot; &#92; &#42;/ */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Mood {
    public static final Mood SAY_HI = new Mood("say \"hi\"", Known.SAY_HI);
    public static final Mood BACK_SLASH = new Mood("back\\slash", Known.BACK_SLASH);
    public static final Mood U0022 = new Mood("\\u0022", Known.U0022);
    public static final Mood NEW_LINE = new Mood("new line", Known.NEW_LINE);
    public static final Mood EMPTY = new Mood("*/", Known.EMPTY);
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
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Mood of(String value) {
        Objects.requireNonNull(value, "value");
        for (Mood candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new Mood(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<Mood> values() {
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
