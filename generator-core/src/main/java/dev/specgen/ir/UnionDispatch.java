package dev.specgen.ir;

import dev.specgen.ir.TypeDef.EnumKind;
import dev.specgen.ir.TypeDef.EnumType;
import dev.specgen.ir.TypeDef.ObjectType;
import dev.specgen.ir.TypeDef.UnionType;
import dev.specgen.ir.TypeDef.UnionVariant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How a union without a discriminator tells its variants apart from the JSON alone: by the kind
 * of JSON value (object, array, string, integer, other number, boolean) and, among objects, by a
 * required property that only one variant declares.
 *
 * <p>The reader uses the plan to warn about variants that cannot be told apart, and the model
 * emitter generates the dispatch from the same plan, so the warning and the code agree. For every
 * kind, generated code tries the candidates in plan order and takes the first that reads the value;
 * a value no candidate reads is kept as raw JSON.
 */
public final class UnionDispatch {

  /** The kinds of JSON value a union reader tells apart. */
  public enum JsonKind {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    /** A number without a fraction; numbers with one are {@link #NUMBER}. */
    INTEGER("an integer"),
    NUMBER("a number"),
    BOOLEAN("a boolean");

    private final String phrase;

    JsonKind(String phrase) {
      this.phrase = phrase;
    }

    /** {@code an object}, {@code a string}, ...: for messages. */
    public String phrase() {
      return phrase;
    }
  }

  /**
   * A variant tried for one kind of JSON value.
   *
   * @param variant the variant
   * @param keys for objects: the variant is only tried when the object has one of these
   *     properties; empty means it is always tried
   * @param rank candidates of a lower rank are tried first; two unguarded candidates of the same
   *     rank cannot be told apart
   */
  public record Candidate(UnionVariant variant, List<String> keys, int rank) {

    public Candidate {
      keys = List.copyOf(keys);
    }
  }

  /**
   * Variants that read the same kind of JSON value and that nothing tells apart.
   *
   * @param kind the kind of JSON value they share
   * @param variants their Java names, in declaration order
   */
  public record Ambiguity(JsonKind kind, List<String> variants) {

    public Ambiguity {
      variants = List.copyOf(variants);
    }
  }

  /**
   * The dispatch of a union.
   *
   * @param candidates for each kind of JSON value, the variants to try, in order
   * @param ambiguities the kinds for which the first matching variant is a guess
   */
  public record Plan(Map<JsonKind, List<Candidate>> candidates, List<Ambiguity> ambiguities) {

    public Plan {
      EnumMap<JsonKind, List<Candidate>> copy = new EnumMap<>(JsonKind.class);
      candidates.forEach((kind, list) -> copy.put(kind, List.copyOf(list)));
      candidates = copy;
      ambiguities = List.copyOf(ambiguities);
    }

    public List<Candidate> candidates(JsonKind kind) {
      return candidates.getOrDefault(kind, List.of());
    }
  }

  // Ranks: how specific a candidate is for a kind of JSON value.
  private static final int GUARDED = 0; // an object with a property only it requires
  private static final int PARSED = 1; // strings that must parse (date-time, date, uuid), int32
  private static final int WIDER = 2; // int64: reads what int32 cannot
  private static final int PLAIN = 3; // any value of the kind: string, enum, object, array, ...
  private static final int NUMERIC = 4; // a number type reading an integer
  private static final int ANYTHING = 9; // an untyped variant

  private final Function<String, Optional<TypeDef>> types;

  private UnionDispatch(Function<String, Optional<TypeDef>> types) {
    this.types = types;
  }

  /**
   * Plans how {@code union} is read; its discriminator, if any, is not used.
   *
   * @param types looks up the named types variants refer to
   */
  public static Plan plan(UnionType union, Function<String, Optional<TypeDef>> types) {
    return new UnionDispatch(types).plan(union);
  }

  private Plan plan(UnionType union) {
    Map<JsonKind, List<Candidate>> byKind = new EnumMap<>(JsonKind.class);
    List<Ambiguity> ambiguities = new ArrayList<>();
    for (JsonKind kind : JsonKind.values()) {
      List<Candidate> candidates = candidates(union, kind);
      if (!candidates.isEmpty()) {
        byKind.put(kind, candidates);
      }
      ambiguity(kind, candidates).ifPresent(ambiguities::add);
    }
    return new Plan(byKind, ambiguities);
  }

  private List<Candidate> candidates(UnionType union, JsonKind kind) {
    List<Candidate> candidates = new ArrayList<>();
    for (UnionVariant variant : union.variants()) {
      int rank = rank(variant.type(), kind, new HashSet<>());
      if (rank >= 0) {
        List<String> keys = kind == JsonKind.OBJECT ? uniqueRequired(union, variant) : List.of();
        candidates.add(new Candidate(variant, keys, keys.isEmpty() ? rank : GUARDED));
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::rank)); // stable: declaration order kept
    return candidates;
  }

  /** Two unguarded candidates of the same rank: the first one always wins, which is a guess. */
  private static Optional<Ambiguity> ambiguity(JsonKind kind, List<Candidate> candidates) {
    for (Candidate candidate : candidates) {
      List<String> tied = candidates.stream()
          .filter(c -> c.rank() == candidate.rank() && c.rank() != GUARDED)
          .map(c -> c.variant().javaName())
          .toList();
      if (tied.size() > 1) {
        return Optional.of(new Ambiguity(kind, tied));
      }
    }
    return Optional.empty();
  }

  /** The rank of {@code type} for JSON values of {@code kind}; -1 when it cannot read them. */
  private int rank(TypeRef type, JsonKind kind, Set<String> seen) {
    if (type instanceof TypeRef.Primitive primitive) {
      return primitiveRank(primitive.kind(), kind);
    }
    if (type instanceof TypeRef.ArrayOf) {
      return kind == JsonKind.ARRAY ? PLAIN : -1;
    }
    if (type instanceof TypeRef.MapOf) {
      return kind == JsonKind.OBJECT ? PLAIN : -1;
    }
    if (type instanceof TypeRef.Named named) {
      return namedRank(named.name(), kind, seen);
    }
    return ANYTHING;
  }

  private static int primitiveRank(PrimitiveType primitive, JsonKind kind) {
    return switch (primitive) {
      case STRING, BYTES -> kind == JsonKind.STRING ? PLAIN : -1;
      case DATE, DATE_TIME, UUID -> kind == JsonKind.STRING ? PARSED : -1;
      case INT32 -> kind == JsonKind.INTEGER ? PARSED : -1;
      case INT64 -> kind == JsonKind.INTEGER ? WIDER : -1;
      case FLOAT, DOUBLE, DECIMAL -> kind == JsonKind.NUMBER ? PLAIN : kind == JsonKind.INTEGER ? NUMERIC : -1;
      case BOOLEAN -> kind == JsonKind.BOOLEAN ? PLAIN : -1;
    };
  }

  private int namedRank(String name, JsonKind kind, Set<String> seen) {
    Optional<TypeDef> def = types.apply(name);
    if (def.isEmpty() || !seen.add(name)) {
      return kind == JsonKind.OBJECT ? PLAIN : -1; // unknown or recursive: assume an object
    }
    if (def.get() instanceof ObjectType) {
      return kind == JsonKind.OBJECT ? PLAIN : -1;
    }
    if (def.get() instanceof EnumType enumType) {
      JsonKind enumKind = enumType.kind() == EnumKind.STRING ? JsonKind.STRING : JsonKind.INTEGER;
      return kind == enumKind ? PLAIN : -1;
    }
    UnionType nested = (UnionType) def.get();
    if (nested.discriminator().isPresent()) {
      return kind == JsonKind.OBJECT ? PLAIN : -1;
    }
    boolean reads = nested.variants().stream().anyMatch(v -> rank(v.type(), kind, seen) >= 0);
    return reads ? PLAIN : -1;
  }

  /** Required properties of an object variant that no other object variant declares. */
  private List<String> uniqueRequired(UnionType union, UnionVariant variant) {
    Optional<ObjectType> object = objectType(variant);
    if (object.isEmpty()) {
      return List.of();
    }
    Set<String> declaredElsewhere = new LinkedHashSet<>();
    for (UnionVariant other : union.variants()) {
      if (other != variant) {
        objectType(other).ifPresent(o -> o.properties().forEach(p -> declaredElsewhere.add(p.wireName())));
      }
    }
    return object.get().properties().stream()
        .filter(p -> p.required() && !declaredElsewhere.contains(p.wireName()))
        .map(Property::wireName)
        .toList();
  }

  private Optional<ObjectType> objectType(UnionVariant variant) {
    if (variant.type() instanceof TypeRef.Named named) {
      return types.apply(named.name()).filter(ObjectType.class::isInstance).map(ObjectType.class::cast);
    }
    return Optional.empty();
  }
}
