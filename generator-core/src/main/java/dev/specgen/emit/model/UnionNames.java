package dev.specgen.emit.model;

import dev.specgen.ir.TypeDef.UnionType;
import dev.specgen.ir.TypeDef.UnionVariant;
import dev.specgen.naming.NameScope;
import java.util.HashMap;
import java.util.Map;

/**
 * The member names a union gives each variant: the factory {@code ofCat}, the tests {@code isCat}
 * and {@code asCat}, and the visitor method {@code visitCat}. One place, so that the docs'
 * snippets call the factories the model emitter generates.
 */
public final class UnionNames {

  /** The visitor method of values no variant reads: {@code visitUnknown}. */
  static final String UNKNOWN = "Unknown";

  private final Map<UnionVariant, String> stems = new HashMap<>();

  private UnionNames(UnionType union) {
    NameScope scope = new NameScope();
    scope.reserve(UNKNOWN);
    for (UnionVariant variant : union.variants()) {
      stems.put(variant, scope.allocate(variant.javaName()));
    }
  }

  /**
   * The names of {@code union}'s variants.
   *
   * @param union a union of the API
   * @return its variants' names
   */
  public static UnionNames of(UnionType union) {
    return new UnionNames(union);
  }

  /**
   * The static factory of a variant.
   *
   * @param variant one of the union's variants
   * @return {@code ofCat}
   */
  public String factory(UnionVariant variant) {
    return "of" + stem(variant);
  }

  /** {@code Cat}: what the variant's members are named after, unique within the union. */
  String stem(UnionVariant variant) {
    String stem = stems.get(variant);
    if (stem == null) {
      throw new IllegalArgumentException("not a variant of this union: " + variant.javaName());
    }
    return stem;
  }
}
