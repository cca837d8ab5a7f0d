// Source: enums.yaml#/components/schemas/Huge
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.math.BigInteger;
import java.util.List;
import javax.annotation.processing.Generated;

/** A value beyond 64 bits is held as a BigInteger. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Huge extends OpenEnum<BigInteger, Huge.Known> {
    public static final Huge VALUE_1 = new Huge(new BigInteger("1"), Known.VALUE_1);
    public static final Huge VALUE_18446744073709551616 = new Huge(new BigInteger("18446744073709551616"), Known.VALUE_18446744073709551616);
    private static final List<Huge> KNOWN_VALUES = List.of(VALUE_1, VALUE_18446744073709551616);

    private Huge(BigInteger value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Huge of(BigInteger value) {
        return lookup(KNOWN_VALUES, value, unknown -> new Huge(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<Huge> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        VALUE_1,
        VALUE_18446744073709551616,
        _UNKNOWN
    }
}
