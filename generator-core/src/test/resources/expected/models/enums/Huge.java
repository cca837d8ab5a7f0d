// Source: enums.yaml#/components/schemas/Huge
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/** A value beyond 64 bits is held as a BigInteger. */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Huge {
    public static final Huge VALUE_1 = new Huge(new BigInteger("1"), Known.VALUE_1);
    public static final Huge VALUE_18446744073709551616 = new Huge(new BigInteger("18446744073709551616"), Known.VALUE_18446744073709551616);
    private static final List<Huge> KNOWN_VALUES = List.of(VALUE_1, VALUE_18446744073709551616);
    private final BigInteger value;
    private final Known known;

    private Huge(BigInteger value, Known known) {
        this.value = value;
        this.known = known;
    }

    /**
     * The constant for {@code value}, or a new instance holding a value the spec does not list.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Huge of(BigInteger value) {
        Objects.requireNonNull(value, "value");
        for (Huge candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new Huge(value, Known._UNKNOWN);
    }

    /** The values the spec lists, in its order. */
    public static List<Huge> values() {
        return KNOWN_VALUES;
    }

    @JsonValue
    public BigInteger value() {
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
        return other instanceof Huge that && value.equals(that.value);
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
        VALUE_1,
        VALUE_18446744073709551616,
        _UNKNOWN
    }
}
