// Source: caller-api.yaml#/components/schemas/AnimalKind
package dev.specgen.models.callerapi;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.specgen.runtime.model.OpenEnum;
import java.util.List;
import javax.annotation.processing.Generated;

@Generated("dev.specgen.emit.model.ModelEmitter")
public final class AnimalKind extends OpenEnum<String, AnimalKind.Known> {
    public static final AnimalKind BIRD = new AnimalKind("bird", Known.BIRD);
    public static final AnimalKind FISH = new AnimalKind("fish", Known.FISH);
    private static final List<AnimalKind> KNOWN_VALUES = List.of(BIRD, FISH);

    private AnimalKind(String value, Known known) {
        super(value, known);
    }

    /** The constant for this value, or a new instance of a value the spec does not list. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AnimalKind of(String value) {
        return lookup(KNOWN_VALUES, value, unknown -> new AnimalKind(unknown, Known._UNKNOWN));
    }

    /** The values the spec lists, in its order. */
    public static List<AnimalKind> values() {
        return KNOWN_VALUES;
    }

    public enum Known {
        BIRD,
        FISH,
        _UNKNOWN
    }
}
