package dev.specgen.ir;

import java.util.List;
import java.util.Map;

/**
 * One way of satisfying an operation's security: every scheme named here applies together.
 * An operation lists alternatives; an empty list of alternatives means no authentication.
 *
 * @param schemes scheme keys mapped to the scopes they require (in order)
 */
public record SecurityRequirement(Map<String, List<String>> schemes) {

  public SecurityRequirement {
    schemes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(schemes));
  }
}
