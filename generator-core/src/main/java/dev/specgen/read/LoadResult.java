package dev.specgen.read;

import dev.specgen.diag.Diagnostics;
import dev.specgen.ir.ApiModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of loading one spec.
 *
 * @param model the API model; empty when any error was reported
 * @param diagnostics every error and warning found
 * @param files the root file and every file its {@code $ref}s reached
 */
public record LoadResult(Optional<ApiModel> model, Diagnostics diagnostics, Set<Path> files) {

  public boolean succeeded() {
    return model.isPresent();
  }
}
