package dev.specgen.generate;

import dev.specgen.diag.Diagnostics;
import dev.specgen.ir.ApiModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What happened to one spec in a run.
 *
 * @param input the spec and its package
 * @param model the loaded model; empty when the spec had errors
 * @param diagnostics its errors and warnings
 * @param referencedFiles the spec and every file its {@code $ref}s reached
 */
public record SpecReport(
    SpecInput input, Optional<ApiModel> model, Diagnostics diagnostics, Set<Path> referencedFiles) {

  /** The operations of the spec the client leaves a part of out. */
  public long operationsWithUnsupportedParts() {
    return model.map(m -> m.operations().stream().filter(o -> !o.unsupportedParts().isEmpty()).count()).orElse(0L);
  }
}
