// Source: enums.yaml#/components/schemas/Huge
package dev.specgen.models.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * A value beyond 64 bits is held as a BigInteger.
 *
 * <p>Values the spec does not list are kept as they are, and written back unchanged: {@link
 * #isKnown()} tells them apart, and {@link #known()} gives a {@link Known} to switch on.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
public final class Huge {
    /**
     * The value <code>1</code>.
     */
    public static final Huge VALUE_1 = new Huge(new BigInteger("1"), Known.VALUE_1);

    /**
     * The value <code>18446744073709551616</code>.
     */
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
     *
     * @param value the value as sent
     * @return the matching constant, or an unknown value
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    public static Huge of(BigInteger value) {
        Objects.requireNonNull(value, "value");
        for (Huge candidate : KNOWN_VALUES) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        return new Huge(value, Known._UNKNOWN);
    }

    /**
     * The values the spec lists, in its order.
     *
     * @return an unmodifiable list
     */
    public static List<Huge> values() {
        return KNOWN_VALUES;
    }

    /**
     * The value as sent, known or not.
     *
     * @return the raw value
     */
    @JsonValue
    public BigInteger value() {
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

    /**
     * The values of {@link Huge} the spec lists, and {@code _UNKNOWN} for all others.
     */
    public enum Known {
        /**
         * {@link Huge#VALUE_1}.
         */
        VALUE_1,

        /**
         * {@link Huge#VALUE_18446744073709551616}.
         */
        VALUE_18446744073709551616,

        /**
         * A value the spec does not list; {@link Huge#value()} holds it.
         */
        _UNKNOWN
    }
}
